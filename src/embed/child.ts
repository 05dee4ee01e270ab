// embed.html: the timeline alone, full width, for an iframe on another page.
//   embed.html?src=data/other.json&event=asat-test&lang=ja&theme=dark
// `src` must be on this origin (anything else shows the default dataset); `event` preselects;
// `lang` (en, ja, ru) and `theme` (light, dark, auto) pass through to the element.
// Inside an iframe it tells the parent its height (on load, on every resize of the document,
// after the panel opens or closes) and its selection, and follows selections the parent sends:
// embed.js on the host page does the rest, and says where "Copy link" should point (the host
// page, not this frame). pym.js's `childId` parameter is honoured, and heights are also posted
// in pym.js's own format, so pym.Parent pages size the iframe as well.
import { defineCableTimeline } from '../element';
import type { ChildMessage, HostMessage, PymDelimiter } from './protocol';

const PYM: PymDelimiter = 'xPYMx';
const params = new URLSearchParams(location.search);
const element = document.querySelector('cable-timeline');

function configure(timeline: HTMLElement): void {
  const requested = params.get('src');
  if (requested) {
    const url = new URL(requested, location.href);
    const current = new URL(timeline.getAttribute('src') ?? '', location.href);
    if (url.origin === location.origin && url.href !== current.href) {
      // Another dataset: the pre-rendered list is of the default one.
      timeline.querySelector(':scope > .ct-fallback')?.remove();
      timeline.setAttribute('src', url.pathname + url.search);
    }
  }
  const lang = params.get('lang');
  if (lang && /^(en|ja|ru)$/.test(lang) && lang !== timeline.getAttribute('lang')) {
    timeline.querySelector(':scope > .ct-fallback')?.remove();
    timeline.setAttribute('lang', lang);
    document.documentElement.lang = lang;
  }
  const theme = params.get('theme');
  if (theme && /^(light|dark|auto)$/.test(theme)) timeline.setAttribute('theme', theme);
  const event = params.get('event');
  if (event) timeline.setAttribute('event', event);
}

/** `text` when it is an http(s) address (what a host sends is copied for readers), else null. */
function webAddress(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  try {
    return /^https?:$/.test(new URL(text).protocol) ? text : null;
  } catch {
    return null;
  }
}

function connect(timeline: HTMLElement): void {
  if (window.parent === window) return;
  const parent = window.parent;
  const id = params.get('childId') ?? 'cable-timeline';
  const send = (message: ChildMessage) => parent.postMessage(message, '*');
  let lastHeight = -1;

  function postHeight(force = false): void {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight && !force) return;
    lastHeight = height;
    send({ source: 'cable-timeline', type: 'height', id, height });
    parent.postMessage(['pym', id, 'height', String(height)].join(PYM), '*');
  }
  const selected = () => timeline.getAttribute('event');
  const ready = () => send({ source: 'cable-timeline', type: 'ready', id, selected: selected() });

  new ResizeObserver(() => postHeight()).observe(document.documentElement);
  window.addEventListener('load', () => postHeight());
  timeline.addEventListener('ready', () => {
    postHeight();
    ready();
  });
  timeline.addEventListener('select', (e) => {
    const detail = (e as CustomEvent<{ id: string | null }>).detail;
    send({ source: 'cable-timeline', type: 'select', id, selected: detail.id });
    requestAnimationFrame(() => postHeight());
  });
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== parent) return;
    const data = e.data as HostMessage | null;
    if (typeof data !== 'object' || data === null || data.source !== 'cable-timeline-host') return;
    if (data.type === 'hello') {
      // A host sizes this frame: no scrollbar of our own, which would only fight the sizing.
      document.documentElement.classList.add('ct-embed-sized');
      // Readers share the article, not this bare frame: "Copy link" links to the host page.
      const linkBase = webAddress(data.linkBase);
      if (linkBase !== null) timeline.setAttribute('link-base', linkBase);
      else timeline.removeAttribute('link-base');
      postHeight(true);
      ready();
    } else if (data.type === 'visible') {
      // The host's window shows this slice of the frame: cards go inside it. A scroll event
      // has the timeline place an open card again, as a scroll of its own window would.
      if (Number.isFinite(data.top) && Number.isFinite(data.bottom)) {
        timeline.setAttribute('visible-area', `${data.top} ${data.bottom}`);
        window.dispatchEvent(new Event('scroll'));
      }
    } else if (data.type === 'select' && data.selected !== selected()) {
      if (data.selected === null) timeline.removeAttribute('event');
      else timeline.setAttribute('event', data.selected);
    }
  });
  postHeight(true);
}

if (element) {
  configure(element);
  connect(element);
}
defineCableTimeline();
