// data-only.html: what any page that shows this file pays before it can draw anything of it.
import { recordFirstPaint } from './first-paint.js';

const src = document.querySelector('link[rel="preload"]').href;
const data = await fetch(src).then((response) => response.json());
document.getElementById('count').textContent = `${data.events.length} events`;
recordFirstPaint();
