// Bringing what the reader just acted on into sight: the marker an arrow key moved to, the
// panel a click opened. Vertically only, and only in boxes a reader can scroll (overflow auto
// or scroll) and the page: Element.scrollIntoView would also scroll the plot's overflow-hidden
// boxes, whose horizontal position belongs to the zoom.
import { reducedMotion } from './animate';

const MARGIN = 8;

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function scrollingBoxes(element: Element): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (!(node instanceof HTMLElement) || node === document.body) continue;
    if (node === document.documentElement) break;
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
      boxes.push(node);
  }
  return boxes;
}

/**
 * How far to scroll so that [top, bottom] shows within [viewTop, viewBottom]: the least
 * distance, and the top first when it cannot all show.
 */
export function revealDistance(
  top: number,
  bottom: number,
  viewTop: number,
  viewBottom: number,
): number {
  if (top < viewTop + MARGIN) return top - viewTop - MARGIN;
  if (bottom > viewBottom - MARGIN)
    return Math.min(bottom - viewBottom + MARGIN, top - viewTop - MARGIN);
  return 0;
}

/**
 * Scrolls the boxes around `element` and the page just enough to show it. `keep` (the element
 * with the keyboard focus) is not scrolled out of sight above: the reader must see where focus is.
 */
export function revealVertically(element: Element, smooth = false, keep?: Element | null): void {
  // Nothing to show (the list view hides the chart): the page stays where it is.
  if (element.getBoundingClientRect().height === 0) return;
  const kept = (distance: number, viewTop: number) =>
    keep && distance > 0
      ? Math.max(0, Math.min(distance, keep.getBoundingClientRect().top - viewTop - MARGIN))
      : distance;
  for (const box of scrollingBoxes(element)) {
    const inner = element.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    const distance = kept(
      revealDistance(inner.top, inner.bottom, outer.top, outer.bottom),
      outer.top,
    );
    if (distance !== 0) box.scrollBy({ top: distance, behavior: 'instant' });
  }
  const rect = element.getBoundingClientRect();
  const distance = kept(revealDistance(rect.top, rect.bottom, 0, window.innerHeight), 0);
  if (distance !== 0)
    window.scrollBy({ top: distance, behavior: smooth && !reducedMotion() ? 'smooth' : 'instant' });
}
