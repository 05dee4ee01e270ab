// Loaded by bench.html?n=<events>&mode=<element|api>, the page a newsroom would write:
// - element: a <cable-timeline src> whose data file is preloaded, so that it downloads while
//   the library loads;
// - api: createTimeline(container, data), the data fetched while the library loads.
// Records when the first full paint happened: the task right after the frame that follows the
// render (a rAF callback runs just before its frame is painted; a message posted from it is
// handled once the frame is done). The benchmark waits for the console message rather than
// polling the page, which would run its scripts in the middle of the load being measured.
const params = new URLSearchParams(location.search);
const src = `/data/synthetic-${params.get('n')}.json`;
const chart = document.getElementById('chart');

function recordFirstPaint() {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.benchFirstPaint = performance.now();
      console.log('bench: first paint');
    };
    channel.port2.postMessage(null);
  });
}

if (params.get('mode') === 'api') {
  const [{ createTimeline }, data] = await Promise.all([
    import('/lib/cable-timeline.js'),
    fetch(src).then((response) => response.json()),
  ]);
  createTimeline(chart, data, { hashParam: false });
  recordFirstPaint();
} else {
  document.head.append(
    Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      href: src,
      crossOrigin: 'anonymous',
    }),
  );
  const timeline = document.createElement('cable-timeline');
  timeline.setAttribute('src', src);
  timeline.setAttribute('hash-param', 'none');
  timeline.addEventListener('ready', recordFirstPaint);
  chart.append(timeline);
  await import('/lib/cable-timeline.js');
}
