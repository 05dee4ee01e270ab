// Loaded by bench.html: fetch the dataset named in ?n=, render it, and record when the first
// full paint happened (two animation frames after createTimeline returns).
import { createTimeline } from '/lib/cable-timeline.js';

const n = new URLSearchParams(location.search).get('n');
const response = await fetch(`/data/synthetic-${n}.json`);
const data = await response.json();
const handle = createTimeline(document.getElementById('chart'), data);
window.benchHandle = handle;
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    window.benchFirstPaint = performance.now();
  }),
);
