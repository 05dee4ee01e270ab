// When the first full paint happened: the task right after the frame that follows the render
// (a rAF callback runs just before its frame is painted; a message posted from it is handled
// once the frame is done). The benchmark waits for the console message rather than polling
// the page, which would run its scripts in the middle of the load being measured.
export function recordFirstPaint() {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.benchFirstPaint = performance.now();
      console.log('bench: first paint');
    };
    channel.port2.postMessage(null);
  });
}
