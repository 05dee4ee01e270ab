// Keys act only while focus is inside this timeline (the listener sits on its root, never on
// the page): arrows/Home/End move between events, + − 0 zoom and reset, Escape closes the card,
// then the selection.
import type { Timeline } from '../model/timeline';
import { isNavigationKey, navigate, type NavigationKey } from './keyboard';

export interface KeyWiring {
  root: HTMLElement;
  itemsLayer: HTMLElement;
  /** holds the focus when no item is on screen (zoomed in between events) */
  viewport: HTMLElement;
  timeline: Timeline;
  /** closes the hover card if one is shown; whether it did */
  closeCard(): boolean;
  selected(): string | null;
  select(id: string | null): void;
  /** moves the roving focus to an event's marker */
  focusEvent(id: string): void;
  /** where an arrow key goes from the plot itself (it holds the focus when no item is drawn) */
  fromView(key: NavigationKey): string | null;
  /** the event the arrow keys move on from, given the marker that has focus */
  navigationStart(focused: HTMLElement | null): string | null;
  /** zooms around the focused event or cluster, if any, so that it stays in view */
  zoomBy(factor: number, around: HTMLElement | null): void;
  reset(): void;
  /** false while the list view replaces the chart: zoom keys would move a hidden chart */
  chartShown(): boolean;
}

export function attachKeys(w: KeyWiring): void {
  const zoomKeys: Record<string, (around: HTMLElement | null) => void> = {
    '+': (around) => w.zoomBy(2, around),
    '=': (around) => w.zoomBy(2, around),
    '-': (around) => w.zoomBy(0.5, around),
    _: (around) => w.zoomBy(0.5, around),
    '0': () => w.reset(),
  };
  w.root.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // The marker or cluster the key was pressed on, if any.
    const item = w.itemsLayer.contains(target) ? target.closest<HTMLElement>('button') : null;
    if (e.key === 'Escape') {
      if (w.closeCard()) {
        e.preventDefault();
      } else {
        const id = w.selected();
        if (id !== null) {
          w.select(null);
          // Back to the event, unless the reader is on another marker (a script selected it).
          if (!item || item.dataset.eventId === id) w.focusEvent(id);
          e.preventDefault();
        }
      }
      return;
    }
    if ((item || target === w.viewport) && isNavigationKey(e.key)) {
      e.preventDefault();
      const next = item ? navigate(w.timeline, w.navigationStart(item), e.key) : w.fromView(e.key);
      if (next !== null) w.focusEvent(next);
      return;
    }
    if (target.closest('input, textarea, select')) return;
    const action = zoomKeys[e.key];
    if (action && w.chartShown()) {
      e.preventDefault();
      action(item);
    }
  });
}
