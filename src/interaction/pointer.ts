// What a pointer (and focus) does on the plot: hovering a marker or a canvas mark shows its
// card after a short delay, focus shows it at once, a click opens the sources, a tap first
// shows the card and a second tap opens them, a click on a cluster zooms into it.
import type { EventLookup } from '../model/timeline';
import type { Card } from '../render/card';
import type { DenseLayer, DenseMark } from '../render/dense';
import { clusterMembers } from '../render/items';

export interface PointerWiring {
  viewport: HTMLElement;
  itemsLayer: HTMLElement;
  /** a 1×1 anchor the card of a canvas mark is placed against */
  probe: HTMLElement;
  card: Card;
  dense: DenseLayer;
  eventById: EventLookup;
  selected(): string | null;
  select(id: string | null): void;
  expandCluster(memberIds: readonly string[]): void;
  /** the event marker a pointer or focus landed on becomes the roving focus */
  setFocusKey(id: string): void;
  /** whether keyboard focus on a marker shows its card now (not after Escape) */
  cardOnFocus(): boolean;
  /** the event the keys moved to, which a cluster may stand in for */
  focusedEvent(): string | null;
}

export interface PointerHandlers {
  /** shows the card of the event `target` stands for (a marker or the probe) */
  showCardFor(target: Element, immediate?: boolean): void;
  /** shows the card keyboard focus on `target` calls for (see showFocusedCard) */
  showFocusedCard(target: HTMLElement): void;
  destroy(): void;
}

const HOVER_DELAY = 300;
const HIDE_DELAY = 200;

export function attachPointer(w: PointerWiring): PointerHandlers {
  const { viewport, itemsLayer, probe, card, dense } = w;
  let hoverTimer = 0;
  let hideTimer = 0;
  let lastPointerType = 'mouse';
  let denseHoverId: string | null = null;

  function showCardFor(target: Element, immediate = true): void {
    clearTimeout(hoverTimer);
    clearTimeout(hideTimer);
    const id = (target as HTMLElement).dataset.eventId;
    const event = id === undefined ? undefined : w.eventById(id);
    if (!event) {
      card.hide();
      return;
    }
    const show = () => card.show(event, target.querySelector('.ct-mark') ?? target, viewport);
    if (immediate) show();
    else hoverTimer = window.setTimeout(show, HOVER_DELAY);
  }
  /** A focused marker's card; on a cluster the keys moved into, the card of the event they
   * moved to, at its tick. */
  function showFocusedCard(target: HTMLElement): void {
    const focused = target.dataset.clusterId !== undefined ? w.focusedEvent() : null;
    const mark = focused === null ? undefined : dense.markOf(focused);
    if (!mark) {
      showCardFor(target);
      return;
    }
    placeProbe(mark);
    showCardFor(probe);
  }
  function hideCardSoon(): void {
    clearTimeout(hoverTimer);
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => card.hide(), HIDE_DELAY);
  }
  function placeProbe(mark: DenseMark): void {
    probe.style.transform = `translate(${Math.round(mark.x) - 2}px, ${Math.round(mark.y) - 3}px)`;
    probe.dataset.eventId = mark.event.id;
  }
  const denseMarkAt = (e: PointerEvent | MouseEvent) => {
    if ((e.target as Element).closest('button')) return undefined;
    const rect = viewport.getBoundingClientRect();
    return dense.find(e.clientX - rect.left, e.clientY - rect.top);
  };

  itemsLayer.addEventListener('pointerdown', (e) => (lastPointerType = e.pointerType));
  itemsLayer.addEventListener('click', (e) => {
    const target = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!target) return;
    const cluster = clusterMembers(target);
    const id = target.dataset.eventId;
    if (id !== undefined) {
      w.setFocusKey(id);
      // A tap first shows the card (what hover shows a mouse reader); a second tap opens the sources.
      if (
        lastPointerType === 'touch' &&
        e.detail > 0 &&
        card.shownId() !== id &&
        w.selected() !== id
      ) {
        showCardFor(target, true);
        return;
      }
      w.select(id === w.selected() ? null : id);
    } else if (cluster) {
      // expandCluster moves the roving focus to a member.
      w.expandCluster(cluster);
    }
    lastPointerType = 'mouse';
  });
  itemsLayer.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return;
    const target = (e.target as Element).closest('button[data-event-id]');
    if (target) showCardFor(target, card.shownId() !== null);
  });
  itemsLayer.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'touch') return;
    const to = e.relatedTarget as Node | null;
    if (to && (card.element.contains(to) || (e.target as Element).closest('button')?.contains(to)))
      return;
    hideCardSoon();
  });
  card.element.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  card.element.addEventListener('pointerleave', (e) => {
    // A finger lifting off the card (after a tap on its text, or a swipe that scrolls it) is
    // not a pointer moving away: the card stays until a tap elsewhere.
    if (e.pointerType === 'touch') return;
    const to = e.relatedTarget as Node | null;
    if (to && itemsLayer.contains(to)) return;
    hideCardSoon();
  });
  itemsLayer.addEventListener('focusin', (e) => {
    const target = (e.target as Element).closest('button');
    if (!target) return;
    if (target.dataset.eventId !== undefined) w.setFocusKey(target.dataset.eventId);
    if (target.matches(':focus-visible') && w.cardOnFocus()) showFocusedCard(target);
  });
  // Focus leaving the markers hides the card, unless it moves into the card: a tap on the
  // card's text or its "Show sources" button must not take the card away before the click lands.
  const hideUnlessKept = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(itemsLayer.contains(to) || card.element.contains(to))) card.hide();
  };
  itemsLayer.addEventListener('focusout', hideUnlessKept);
  card.element.addEventListener('focusout', hideUnlessKept);

  // Marks inside clusters, drawn on the canvas: hover shows their card, a click opens them.
  viewport.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch' || e.buttons !== 0) return;
    const mark = denseMarkAt(e);
    viewport.classList.toggle('ct-over-mark', mark !== undefined);
    if (!mark) {
      if (denseHoverId !== null) {
        denseHoverId = null;
        hideCardSoon();
      }
      return;
    }
    if (mark.event.id === denseHoverId) return;
    denseHoverId = mark.event.id;
    placeProbe(mark);
    showCardFor(probe, card.shownId() !== null);
  });
  // Leaving the plot forgets the mark: coming back onto the same one shows its card again.
  viewport.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'touch' || denseHoverId === null) return;
    denseHoverId = null;
    const to = e.relatedTarget as Node | null;
    if (!to || !card.element.contains(to)) hideCardSoon();
  });
  viewport.addEventListener('click', (e) => {
    const mark = denseMarkAt(e);
    if (!mark) return;
    placeProbe(mark);
    if (lastPointerType === 'touch' && card.shownId() !== mark.event.id) showCardFor(probe);
    else w.select(mark.event.id);
    lastPointerType = 'mouse';
  });
  viewport.addEventListener('pointerdown', (e) => (lastPointerType = e.pointerType));

  return {
    showCardFor,
    showFocusedCard,
    destroy() {
      clearTimeout(hoverTimer);
      clearTimeout(hideTimer);
    },
  };
}
