// The hover card: title, date at its precision, summary and the first cited passage with its
// attribution. Shown on hover (after a short delay), on keyboard focus and on tap. It lives in
// the top layer (popover) so no overflow or z-index of the host page can clip it.
import type { Timeline, TimelineEvent } from '../model/timeline';
import { citationLabel } from '../format/citations';
import { formatEventDate } from '../format/dates';
import type { UiStrings } from '../format/strings';
import { placeCard } from '../layout/place-card';
import { el, inLanguage } from './dom';
import { textLanguages } from '../model/language';

export interface Card {
  readonly element: HTMLElement;
  /** the event shown, or null when hidden */
  shownId(): string | null;
  show(event: TimelineEvent, anchor: Element, bounds: Element): void;
  hide(): void;
  destroy(): void;
}

export interface CardOptions {
  timeline: Timeline;
  locale: string;
  strings: UiStrings;
  /** the card's own "show sources" button (for touch readers) */
  onOpen: (id: string) => void;
  /** the part of the window the reader sees (a frame's slice); the whole window by default */
  visibleArea?: () => VisibleArea | null;
}

/** From `top` to `bottom`, in the window's coordinates. */
export interface VisibleArea {
  top: number;
  bottom: number;
}

export function createCard(parent: HTMLElement, options: CardOptions): Card {
  const { timeline, locale, strings } = options;
  const languages = textLanguages(timeline, locale);
  const card = el('div', 'ct-card');
  card.id = `ct-card-${Math.random().toString(36).slice(2, 9)}`;
  // No role=tooltip: a tooltip holds no controls, and on touch screens the card has its "Show
  // sources" button. What it says is the marker's name and the panel's content, both reachable.
  // Focusable by pointer only: a tap on the card's text keeps focus (and the card) in it.
  card.tabIndex = -1;
  const supportsPopover = typeof card.showPopover === 'function';
  if (supportsPopover) card.popover = 'manual';
  card.hidden = !supportsPopover;
  parent.append(card);
  let shown: string | null = null;
  let anchorButton: HTMLElement | null = null;
  let placedAt: { anchor: Element; bounds: Element } | null = null;

  const visible = (): VisibleArea =>
    options.visibleArea?.() ?? { top: 0, bottom: window.innerHeight };
  /** Places the card beside its marker, on the side with room, inside the visible area. */
  function place(anchor: Element, bounds: Element): void {
    const { top, bottom } = visible();
    const viewport = {
      width: document.documentElement.clientWidth,
      top,
      height: bottom - top,
    };
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const placement = placeCard(
      { width, height },
      anchor.getBoundingClientRect(),
      viewport,
      bounds.getBoundingClientRect(),
    );
    card.style.left = `${Math.round(placement.left)}px`;
    card.style.top = `${Math.round(placement.top)}px`;
    card.dataset.side = placement.side;
    // Too tall for either side of its marker: shrink (and scroll) rather than cover it.
    if (placement.maxHeight !== undefined)
      card.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
  }

  // The card is fixed in the top layer: when the page (or a box around the timeline) scrolls,
  // it follows its marker, and goes once the marker has left the screen. Nothing else would
  // take it away on a touch screen, where no pointer leaves the marker.
  const onScroll = (e: Event) => {
    // The card's own scrolling (its target seen through the shadow root) moves nothing.
    const origin = e.composedPath()[0];
    if (!placedAt || (origin instanceof Node && card.contains(origin))) return;
    const mark = placedAt.anchor.getBoundingClientRect();
    const { top, bottom } = visible();
    if (!placedAt.anchor.isConnected || mark.bottom < top || mark.top > bottom) hide();
    else place(placedAt.anchor, placedAt.bounds);
  };

  // A press anywhere else takes the card away: where a tap does not focus the marker (Safari),
  // no focus leaves it to say so.
  const onPressElsewhere = (e: Event) => {
    const path = e.composedPath();
    if (!path.includes(card) && !(anchorButton && path.includes(anchorButton))) hide();
  };

  function hide(): void {
    if (shown === null) return;
    shown = null;
    placedAt = null;
    window.removeEventListener('scroll', onScroll, true);
    window.removeEventListener('pointerdown', onPressElsewhere, true);
    // Hiding the card around its focused "Show sources" button returns focus to the marker.
    const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && card.contains(active)) anchorButton?.focus({ preventScroll: true });
    if (supportsPopover && card.matches(':popover-open')) card.hidePopover();
    if (!supportsPopover) card.hidden = true;
  }

  function fill(event: TimelineEvent): void {
    const first = event.citations[0];
    const source = first ? timeline.sources.get(first.source) : undefined;
    const track = timeline.tracks.find((t) => t.id === event.track);
    const meta = el('p', 'ct-card-meta');
    meta.append(el('span', 'ct-card-date', formatEventDate(event, locale, timeline.language)));
    if (track) meta.append(inLanguage(el('span', 'ct-card-track', track.label), languages.data));
    const children: Node[] = [
      meta,
      inLanguage(el('p', 'ct-card-title', event.title), languages.data),
      inLanguage(el('p', 'ct-card-summary', event.summary), languages.data),
    ];
    if (first) {
      const quote = el('blockquote', 'ct-card-quote');
      quote.append(inLanguage(el('p', '', first.quote), languages.source(source)));
      children.push(quote, el('p', 'ct-card-source', citationLabel(first, source)));
    }
    const more = event.citations.length - 1;
    if (more > 0) children.push(el('p', 'ct-card-more', strings.morePassages(more)));
    const open = el('button', 'ct-card-open', strings.showSources);
    open.type = 'button';
    open.addEventListener('click', () => options.onOpen(event.id));
    children.push(open);
    card.replaceChildren(...children);
    card.dataset.eventId = event.id;
  }

  return {
    element: card,
    shownId: () => shown,
    show(event, anchor, bounds) {
      if (shown !== event.id) fill(event);
      shown = event.id;
      anchorButton = anchor.closest('button');
      if (supportsPopover && !card.matches(':popover-open')) card.showPopover();
      card.hidden = false;
      place(anchor, bounds);
      if (!placedAt) {
        window.addEventListener('scroll', onScroll, { capture: true, passive: true });
        window.addEventListener('pointerdown', onPressElsewhere, true);
      }
      placedAt = { anchor, bounds };
    },
    hide,
    destroy() {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('pointerdown', onPressElsewhere, true);
      card.remove();
    },
  };
}
