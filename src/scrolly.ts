// Scrollytelling: paragraphs of the host article marked `data-timeline-event="<id>"` select that
// event (and pan the timeline to it) as the reader scrolls them into a band across the viewport.
// Selecting never moves focus and never scrolls the page: the reader keeps reading where they
// are. Only the reader's own scrolling counts (wheel, touch, scroll keys, the scrollbar): a jump
// to an anchor, or a script scrolling a button of the timeline into view, changes nothing, so the
// article never takes the timeline away from a reader who is using it.
// Opt in with `<cable-timeline scrolly>` (its value, if any, is the band as a rootMargin), or
// call attachScrollytelling() with the element or a createTimeline handle. The host page's CSS
// can pause it where its layout cannot show the timeline beside the text: `--ct-scrolly: off`.

/** Anything that can select an event: the <cable-timeline> element or a TimelineHandle. */
export interface Selectable {
  select(id: string | null): void;
}

export interface ScrollytellingOptions {
  /** the scroll container the paragraphs move in (IntersectionObserver root); default the viewport */
  root?: Element | Document | null;
  /** the band that "reads" a paragraph, as an IntersectionObserver rootMargin */
  rootMargin?: string;
  /** where to look for `[data-timeline-event]` paragraphs; default `root`, else the document */
  scope?: ParentNode;
  /**
   * Only paragraphs without `data-timeline-for`, or whose `data-timeline-for` equals this id,
   * drive this timeline (for pages with several). Default: the target element's id, if any.
   */
  id?: string;
}

/** From 55% to 75% of the viewport's height: below a sticky timeline on a phone too. */
export const DEFAULT_ROOT_MARGIN = '-55% 0px -25% 0px';
/** How long a reader's scroll gesture (and the momentum scrolling after it) counts. */
const INTENT_MS = 1000;
const SCROLL_KEYS = new Set([
  'ArrowDown',
  'ArrowUp',
  'PageDown',
  'PageUp',
  'Home',
  'End',
  ' ',
  'Spacebar',
]);

/** Starts scrollytelling; returns a function that stops it. */
export function attachScrollytelling(
  target: Selectable,
  options: ScrollytellingOptions = {},
): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  const scope: ParentNode = options.scope ?? options.root ?? document;
  const id = options.id ?? (target instanceof Element ? target.id : '');
  const paragraphs = [...scope.querySelectorAll<HTMLElement>('[data-timeline-event]')].filter(
    (p) => p.dataset.timelineFor === undefined || p.dataset.timelineFor === id,
  );
  if (paragraphs.length === 0) return () => {};

  // The page's layout may say the timeline cannot be seen while the notes are read (say, on a
  // short phone, where it stays in the flow above them): `--ct-scrolly: off` on the element.
  const off = () =>
    target instanceof Element &&
    getComputedStyle(target).getPropertyValue('--ct-scrolly').trim() === 'off';
  const inBand = new Set<HTMLElement>();
  let reading: HTMLElement | undefined;
  let current: string | null = null;
  let intentUntil = -Infinity;

  /** Selects the event of the paragraph being read, if the reader is scrolling. */
  function sync(): void {
    if (performance.now() > intentUntil || off()) return;
    const eventId = reading?.dataset.timelineEvent;
    if (!eventId || eventId === current) return;
    current = eventId;
    paragraphs.forEach((p) => p.classList.toggle('ct-scrolly-active', p === reading));
    target.select(eventId);
  }

  const observer = new IntersectionObserver(
    (entries) => {
      let entered: HTMLElement | undefined;
      for (const entry of entries) {
        const paragraph = entry.target as HTMLElement;
        if (entry.isIntersecting) {
          inBand.add(paragraph);
          entered = paragraph;
        } else inBand.delete(paragraph);
      }
      // The paragraph that last came into the band is the one being read; when it leaves, the
      // one still in the band (if any) takes over.
      if (entered) reading = entered;
      else if (reading && !inBand.has(reading)) reading = [...inBand].pop() ?? reading;
      sync();
    },
    { root: options.root ?? null, rootMargin: options.rootMargin ?? DEFAULT_ROOT_MARGIN },
  );
  paragraphs.forEach((p) => observer.observe(p));

  // The reader's own scrolling: gestures open a short window that the scrolling they cause
  // (momentum included) keeps open.
  const intend = () => (intentUntil = performance.now() + INTENT_MS);
  const onWheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey) intend();
  };
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as Element | null;
    // Keys inside the timeline move its own focus; in a form field or on a button they type or press.
    if (!SCROLL_KEYS.has(e.key) || (target instanceof Element && t && target.contains(t))) return;
    if (!t?.closest('input, textarea, select, button, [contenteditable]')) intend();
  };
  const onPointerDown = (e: PointerEvent) => {
    // A press on the page's own scrollbar.
    const html = document.documentElement;
    if (e.target === html && e.clientX >= html.clientWidth) intend();
  };
  const onScroll = () => {
    if (performance.now() <= intentUntil) {
      intend();
      sync();
    }
  };
  const scroller: EventTarget = options.root && options.root !== document ? options.root : window;
  const listeners: Array<[EventTarget, string, EventListener]> = [
    [window, 'wheel', onWheel as EventListener],
    [window, 'touchmove', intend],
    [window, 'keydown', onKey as EventListener],
    [window, 'pointerdown', onPointerDown as EventListener],
    [scroller, 'scroll', onScroll],
  ];
  for (const [on, type, listener] of listeners)
    on.addEventListener(type, listener, { passive: true, capture: true });

  return () => {
    observer.disconnect();
    for (const [on, type, listener] of listeners)
      on.removeEventListener(type, listener, { capture: true });
    paragraphs.forEach((p) => p.classList.remove('ct-scrolly-active'));
  };
}
