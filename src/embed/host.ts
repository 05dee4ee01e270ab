// embed.js, for pages that embed the timeline in an iframe:
//   <iframe data-cable-timeline src="https://example.org/embed.html?event=asat-test"
//     title="Timeline" width="100%" height="620" style="border:0"></iframe>
//   <script src="https://example.org/embed.js" defer></script>
// For each such iframe it
//   - sizes the iframe to its content: the child posts its document height (pym.js v1 height
//     strings from other children are accepted too), so the reader never scrolls inside it;
//   - keeps deep links in sync: `#event=<id>` on this page selects the event in the iframe (and
//     scrolls the page to the iframe, as for an anchor), an emptied hash closes its panel, a
//     hash that does not name it (`#top`, a footnote) leaves it alone; a selection in the
//     iframe is written back here with replaceState (no history entries).
//     Several iframes get several keys: `event`, `event-2`, … or their `data-hash-param`
//     (`none` turns it off).
// A message counts only when it comes from the iframe's own window and from its src's origin.
// One self-contained classic script (no imports at run time): it can be served from anywhere.
// vite.config.ts bundles deeplink.ts into it, so the host's hash is read and written as the
// element's own deep links do it: the page's anchors and other parts are kept verbatim.
import { hashRequest, readHashParam, writeHashParam } from '../interaction/deeplink';
import type { ChildMessage, HostMessage, PymDelimiter } from './protocol';

interface Frame {
  iframe: HTMLIFrameElement;
  /** hash parameter of this iframe's deep link, or null for none */
  key: string | null;
  /** the event the iframe last said it shows */
  selected: string | null;
  /** the page was opened with a link to one of the frame's events, not yet brought into sight */
  linked: boolean;
}

(() => {
  const SELECTOR = 'iframe[data-cable-timeline]';
  const PYM: PymDelimiter = 'xPYMx';
  const frames: Frame[] = [];

  function originOf(iframe: HTMLIFrameElement): string | null {
    try {
      const origin = new URL(iframe.src, location.href).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }

  function post(frame: Frame, message: HostMessage): void {
    const origin = originOf(frame.iframe);
    if (origin !== null) frame.iframe.contentWindow?.postMessage(message, origin);
  }

  /** Sets the iframe's height so its content box is `height` px tall. */
  function setHeight(iframe: HTMLIFrameElement, height: number): void {
    if (!Number.isFinite(height) || height <= 0 || height > 100_000) return;
    const style = getComputedStyle(iframe);
    const box =
      style.boxSizing === 'border-box'
        ? ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
            (sum, p) => sum + (Number.parseFloat(style.getPropertyValue(kebab(p))) || 0),
            0,
          )
        : 0;
    const value = `${Math.ceil(height + box)}px`;
    if (iframe.style.height !== value) iframe.style.height = value;
  }

  function kebab(name: string): string {
    return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  }

  function isChildMessage(data: unknown): data is ChildMessage {
    return (
      typeof data === 'object' &&
      data !== null &&
      (data as { source?: unknown }).source === 'cable-timeline'
    );
  }

  function onMessage(event: MessageEvent): void {
    const frame = frames.find((f) => f.iframe.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame.iframe)) return;
    const data: unknown = event.data;
    if (typeof data === 'string') {
      // pym.js v1: pym xPYMx <id> xPYMx height xPYMx <px>
      const parts = data.split(PYM);
      if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height')
        setHeight(frame.iframe, Number.parseFloat(parts[3] ?? ''));
      return;
    }
    if (!isChildMessage(data)) return;
    if (data.type === 'height') {
      setHeight(frame.iframe, data.height);
      queueVisible();
    } else if (data.type === 'ready') {
      queueVisible();
      frame.selected = data.selected;
      const wanted = frame.key === null ? null : readHashParam(frame.key);
      if (wanted === null) return;
      if (wanted !== data.selected)
        post(frame, { source: 'cable-timeline-host', type: 'select', selected: wanted });
      // A link to an event in the frame: the page goes to the frame, as for an anchor (once:
      // not when the frame reloads, nor for the preselection the frame itself wrote here).
      if (frame.linked) reveal(frame.iframe);
      frame.linked = false;
    } else if (data.type === 'select') {
      frame.selected = data.selected;
      if (frame.key !== null) writeHashParam(frame.key, data.selected);
    }
  }

  /** Scrolls the page to the frame's top, unless the frame already starts within the window. */
  function reveal(iframe: HTMLIFrameElement): void {
    const { top } = iframe.getBoundingClientRect();
    if (top >= 0 && top < window.innerHeight / 2) return;
    window.scrollBy({ top: top - 8, behavior: 'instant' });
  }

  function onHashChange(): void {
    for (const frame of frames) {
      if (frame.key === null) continue;
      const wanted = hashRequest(frame.key);
      if (wanted === undefined || wanted === frame.selected) continue;
      post(frame, { source: 'cable-timeline-host', type: 'select', selected: wanted });
      // A link within the page (the frame's own selections never change the hash this way).
      if (wanted !== null) reveal(frame.iframe);
    }
  }

  /**
   * The start of a link to an event of the frame whose parameter is `key`: see HostMessage.
   * The article's public address: its canonical link, else its origin and path. Never its query
   * (subscriber or session tokens live there), which the frame's origin is not otherwise told.
   */
  function linkBase(key: string | null): string | null {
    if (key === null) return null;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const page = new URL(canonical || location.href);
    if (page.origin !== location.origin) page.href = location.href;
    page.search = '';
    page.hash = '';
    return `${page.href}#${encodeURIComponent(key)}=`;
  }

  /**
   * A frame's hash parameter: its own `data-hash-param` (`none`: no deep links), else the first
   * of `event`, `event-2`, `event-3`, … from its place in the page on that is not taken.
   */
  function keyFor(
    own: string | undefined,
    index: number,
    taken: (key: string) => boolean,
  ): string | null {
    if (own === 'none') return null;
    if (own) return own;
    for (let n = index + 1; ; n++) {
      const key = n === 1 ? 'event' : `event-${n}`;
      if (!taken(key)) return key;
    }
  }

  /** Picks up iframes not seen yet (also those added later). */
  function scan(): void {
    for (let i = frames.length - 1; i >= 0; i--) {
      if (!frames[i]?.iframe.isConnected) frames.splice(i, 1);
    }
    const iframes = [...document.querySelectorAll<HTMLIFrameElement>(SELECTOR)];
    // A parameter a frame names is its own wherever it stands: unnamed frames before it skip it.
    const named = new Set(iframes.map((iframe) => iframe.dataset.hashParam).filter(Boolean));
    iframes.forEach((iframe, index) => {
      if (frames.some((f) => f.iframe === iframe)) return;
      const key = keyFor(
        iframe.dataset.hashParam,
        index,
        (k) => named.has(k) || frames.some((f) => f.key === k),
      );
      const frame: Frame = {
        iframe,
        key,
        selected: null,
        linked: key !== null && readHashParam(key) !== null,
      };
      frames.push(frame);
      // The child answers "hello" with its height and selection, whichever loaded first.
      const hello = () =>
        post(frame, { source: 'cable-timeline-host', type: 'hello', linkBase: linkBase(key) });
      iframe.addEventListener('load', hello);
      hello();
    });
  }

  // Which slice of each frame the reader sees, once per frame of scrolling or resizing.
  let visibleQueued = false;
  function sendVisible(): void {
    visibleQueued = false;
    for (const frame of frames) {
      // The frame's document starts inside its border and padding.
      const { iframe } = frame;
      const style = getComputedStyle(iframe);
      const padTop = Number.parseFloat(style.paddingTop) || 0;
      const padBottom = Number.parseFloat(style.paddingBottom) || 0;
      const docTop = iframe.getBoundingClientRect().top + iframe.clientTop + padTop;
      const docHeight = iframe.clientHeight - padTop - padBottom;
      let top = Math.max(0, -docTop);
      let bottom = Math.min(docHeight, window.innerHeight - docTop);
      // Wholly out of sight: an empty slice, so an open card goes.
      if (bottom <= top) top = bottom = 0;
      post(frame, { source: 'cable-timeline-host', type: 'visible', top, bottom });
    }
  }
  const queueVisible = () => {
    if (!visibleQueued) requestAnimationFrame(sendVisible);
    visibleQueued = true;
  };
  // In capture: an article that scrolls inside a box of its own moves the frames too.
  window.addEventListener('scroll', queueVisible, { passive: true, capture: true });
  window.addEventListener('resize', queueVisible);

  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', onHashChange);
  const start = () => {
    scan();
    // Iframes a page adds later (lazy widgets, single-page apps) are picked up too.
    const addsFrame = (node: Node) =>
      node instanceof Element && (node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null);
    new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some(addsFrame))) scan();
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
