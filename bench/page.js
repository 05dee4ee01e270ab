// Loaded by bench.html: the page a newsroom would write, a <cable-timeline> whose data file is
// preloaded so that it downloads while the library loads. Records when the first full paint
// happened: the task right after the frame that follows the element's `ready` event (a rAF
// callback runs just before its frame is painted; a message posted from it is handled once
// the frame is done).
const n = new URLSearchParams(location.search).get('n');
const src = `/data/synthetic-${n}.json`;
const preload = Object.assign(document.createElement('link'), {
  rel: 'preload',
  as: 'fetch',
  href: src,
  crossOrigin: 'anonymous',
});
document.head.append(preload);
const timeline = document.createElement('cable-timeline');
timeline.setAttribute('src', src);
timeline.setAttribute('hash-param', 'none');
timeline.addEventListener('ready', () =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.benchFirstPaint = performance.now());
    channel.port2.postMessage(null);
  }),
);
document.getElementById('chart').append(timeline);
await import('/lib/cable-timeline.js');
