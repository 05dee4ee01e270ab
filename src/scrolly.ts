// Scrollytelling: paragraphs of the host article marked `data-timeline-event="<id>"` select that
// event (and pan the timeline to it) as the reader scrolls them through a band across the middle
// of the viewport. Selecting never moves focus and never scrolls the page: the reader keeps
// reading where they are. Opt in on the element with `<cable-timeline scrolly>`, or call
// attachScrollytelling() with the element or a createTimeline handle.

/** Anything that can select an event: the <cable-timeline> element or a TimelineHandle. */
export interface Selectable {
  select(id: string | null): void;
}

export interface ScrollytellingOptions {
  /** the scroll container the paragraphs move in (IntersectionObserver root); default the viewport */
  root?: Element | Document | null;
  /** the band that "reads" a paragraph, as an IntersectionObserver rootMargin; default the middle fifth */
  rootMargin?: string;
  /** where to look for `[data-timeline-event]` paragraphs; default `root`, else the document */
  scope?: ParentNode;
  /**
   * Only paragraphs without `data-timeline-for`, or whose `data-timeline-for` equals this id,
   * drive this timeline (for pages with several). Default: the target element's id, if any.
   */
  id?: string;
}

export const DEFAULT_ROOT_MARGIN = '-40% 0px -40% 0px';

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

  const inBand = new Set<HTMLElement>();
  let reading: HTMLElement | undefined;
  let current: string | null = null;
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
      const eventId = reading?.dataset.timelineEvent;
      if (!eventId || eventId === current) return;
      current = eventId;
      paragraphs.forEach((p) => p.classList.toggle('ct-scrolly-active', p === reading));
      target.select(eventId);
    },
    { root: options.root ?? null, rootMargin: options.rootMargin ?? DEFAULT_ROOT_MARGIN },
  );
  paragraphs.forEach((p) => observer.observe(p));
  return () => {
    observer.disconnect();
    paragraphs.forEach((p) => p.classList.remove('ct-scrolly-active'));
  };
}
