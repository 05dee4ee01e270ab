// The source panel, loaded on demand: many readers never open one, so its code stays out of
// the first download. The chunk is fetched as soon as the reader points at or focuses the
// timeline (or an event is selected first, by a deep link or a script), so it is normally in
// before the first click; a selection made earlier shows once it has arrived.
import type { Panel, PanelOptions } from './panel';
import type { TimelineEvent } from '../model/timeline';
import { revealVertically } from '../interaction/reveal';

/** What the page scrolls to show once the panel is drawn: the panel, or the whole timeline. */
export type PanelReveal = 'panel' | 'timeline';

export interface LazyPanel extends Pick<Panel, 'hide' | 'destroy'> {
  /** Shows the event's passages, then scrolls the page to show what `reveal` names. */
  show(event: TimelineEvent, reveal?: PanelReveal): void;
}

export function createPanel(parent: HTMLElement, options: PanelOptions): LazyPanel {
  let panel: Panel | null = null;
  let loading: Promise<void> | null = null;
  /** the event to show once the panel is in */
  let wanted: TimelineEvent | null = null;
  let wantedReveal: PanelReveal | undefined;
  let destroyed = false;
  const load = () =>
    (loading ??= import('./panel').then(
      (module) => {
        if (destroyed) return;
        panel = module.createPanel(parent, options);
        if (wanted) showNow(panel, wanted, wantedReveal);
      },
      () => {
        loading = null; // offline for a moment: try again on the next selection
      },
    ));
  const prefetch = () => void load();
  parent.addEventListener('pointerover', prefetch, { once: true });
  parent.addEventListener('focusin', prefetch, { once: true });
  // In the next animation frame, after the chart's redraw queued before it, so the panel is
  // measured where it will stay.
  // The reader's own click scrolls smoothly; a link lands at once, like an anchor.
  const showNow = (shown: Panel, event: TimelineEvent, reveal: PanelReveal | undefined) => {
    shown.show(event);
    if (reveal)
      requestAnimationFrame(() => {
        if (shown.element.hidden) return;
        // A keyboard reader's focus (on the marker Enter opened) stays in sight.
        const focused = (parent.getRootNode() as Document | ShadowRoot).activeElement;
        const keep =
          focused &&
          parent.contains(focused) &&
          !shown.element.contains(focused) &&
          focused.matches(':focus-visible')
            ? focused
            : null;
        if (reveal === 'panel') revealVertically(shown.element, true, keep);
        else revealVertically(parent);
      });
  };
  return {
    show(event, reveal) {
      wanted = event;
      wantedReveal = reveal;
      if (panel) showNow(panel, event, reveal);
      else void load();
    },
    hide() {
      wanted = null;
      panel?.hide();
    },
    destroy() {
      destroyed = true;
      parent.removeEventListener('pointerover', prefetch);
      parent.removeEventListener('focusin', prefetch);
      panel?.destroy();
    },
  };
}
