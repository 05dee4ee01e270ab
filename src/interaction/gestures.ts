// Input policy for a timeline that lives inside an article: it must never trap the page scroll.
// - plain vertical wheel: the page scrolls; a hint explains how to zoom
// - ctrl/⌘ + wheel and trackpad pinch (ctrl wheel events): d3-zoom zooms around the pointer
// - horizontal wheel, trackpad swipe, shift + wheel: pan
// - mouse drag: d3-zoom pans
// - touch: one finger pans horizontally while `touch-action: pan-y` lets the browser scroll
//   the page vertically; two fingers pinch-zoom; a tap stays a click.
// d3-zoom's own touch handling is turned off because it cancels every touchmove, which would
// stop vertical page scrolling on phones.
import { zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { Selection } from 'd3-selection';

export function zoomFilter(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type === 'mousedown') return (event as MouseEvent).button === 0;
  return false;
}

/**
 * d3-zoom's wheel step (k is multiplied by 2 to the power of it), capped at one doubling per
 * event. The wheel zooms only with ctrl or ⌘ (zoomFilter), and a trackpad pinch arrives as
 * ctrl+wheel with small deltas, so those get ten times d3's plain step; a mouse notch (100
 * pixels) would then zoom 4×. Pinches keep that pace; a notch zooms 2×, as the + button does.
 */
export function zoomWheelDelta(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const step = -event.deltaY * perUnit * (event.ctrlKey || event.metaKey ? 10 : 1);
  return Math.max(-1, Math.min(1, step));
}

export interface GestureCallbacks {
  /** the reader scrolled over the timeline without a modifier */
  onPlainWheel: () => void;
}

type ZoomTarget = Selection<HTMLElement, unknown, null, undefined>;

export function attachGestures(
  target: ZoomTarget,
  zoom: ZoomBehavior<HTMLElement, unknown>,
  callbacks: GestureCallbacks,
): () => void {
  const element = target.node();
  if (!element) return () => undefined;

  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) return; // d3-zoom handles it
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    const dx = horizontal ? event.deltaX : event.shiftKey ? event.deltaY || event.deltaX : 0;
    if (dx === 0) {
      callbacks.onPlainWheel();
      return; // let the page scroll
    }
    event.preventDefault();
    const pixels =
      event.deltaMode === 1 ? dx * 16 : event.deltaMode === 2 ? dx * element.clientWidth : dx;
    zoom.translateBy(target, -pixels / currentK(element), 0);
  };

  // Touch, with pointer events: one finger pans, two fingers pinch.
  const touches = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; k: number } | null = null;
  let panFrom: { x: number; y: number } | null = null;
  let panning = false;

  const local = (e: PointerEvent) => {
    const rect = element.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const distanceOf = () => {
    const [a, b] = [...touches.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    touches.set(e.pointerId, local(e));
    if (touches.size === 1) {
      panFrom = local(e);
      panning = false;
    } else if (touches.size === 2) {
      pinch = { distance: distanceOf(), k: currentK(element) };
      panFrom = null;
    }
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !touches.has(e.pointerId)) return;
    const previous = touches.get(e.pointerId);
    const point = local(e);
    touches.set(e.pointerId, point);
    if (pinch && touches.size >= 2) {
      const [a, b] = [...touches.values()];
      const distance = distanceOf();
      if (a && b && pinch.distance > 0) {
        zoom.scaleTo(target, (pinch.k * distance) / pinch.distance, [
          (a.x + b.x) / 2,
          (a.y + b.y) / 2,
        ]);
      }
      return;
    }
    if (panFrom && previous) {
      // Only a mostly horizontal drag pans; a vertical one is the page's scroll.
      if (
        !panning &&
        Math.abs(point.x - panFrom.x) > 6 &&
        Math.abs(point.x - panFrom.x) > Math.abs(point.y - panFrom.y)
      ) {
        panning = true;
        element.classList.add('ct-dragging');
      }
      if (panning) zoom.translateBy(target, (point.x - previous.x) / currentK(element), 0);
    }
  };
  const onPointerEnd = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    touches.delete(e.pointerId);
    if (touches.size < 2) pinch = null;
    if (touches.size === 0) {
      panFrom = null;
      element.classList.remove('ct-dragging');
    }
  };
  const onClickCapture = (e: MouseEvent) => {
    // A touch pan must not end as a click on the item under the finger.
    if (panning) {
      e.stopPropagation();
      e.preventDefault();
      panning = false;
    }
  };

  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('pointerdown', onPointerDown);
  element.addEventListener('pointermove', onPointerMove);
  element.addEventListener('pointerup', onPointerEnd);
  element.addEventListener('pointercancel', onPointerEnd);
  element.addEventListener('click', onClickCapture, true);
  return () => {
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('pointerdown', onPointerDown);
    element.removeEventListener('pointermove', onPointerMove);
    element.removeEventListener('pointerup', onPointerEnd);
    element.removeEventListener('pointercancel', onPointerEnd);
    element.removeEventListener('click', onClickCapture, true);
  };
}

function currentK(element: HTMLElement): number {
  return zoomTransform(element).k;
}
