// api.html: createTimeline(container, data) with the preloaded data file.
import { createTimeline } from '/lib/cable-timeline.js';
import { recordFirstPaint } from './first-paint.js';

const src = document.querySelector('link[rel="preload"]').href;
const data = await fetch(src).then((response) => response.json());
createTimeline(document.getElementById('chart'), data, { hashParam: false });
recordFirstPaint();
