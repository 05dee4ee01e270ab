// Animated zooms without d3-transition: one requestAnimationFrame loop that moves the view
// from its transform to a target along d3-zoom's own interpolation (smooth zoom, eased in and
// out, as a d3 transition would), calling zoom.transform each frame so the 'zoom' listeners
// redraw as for any gesture. Any input d3-zoom sees (wheel, drag, pinch, another
// zoom.transform) interrupts the element, which cancels the animation (see interrupt.ts).
// Readers who prefer reduced motion get the target at once.
import type { Selection } from 'd3-selection';
import { ZoomTransform, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { onInterrupt } from './interrupt';

type ZoomTarget = Selection<HTMLElement, unknown, null, undefined>;

export interface ZoomAnimator {
  /** moves the view to `target` in `duration` ms, zooming around `point` (default the centre) */
  to(target: ZoomTransform, duration: number, point?: [number, number]): void;
  /** zooms by `factor` around `point`, within the zoom's scale and translate extents */
  scaleBy(factor: number, duration: number, point?: [number, number]): void;
  /** pans by `dx` world units, within the zoom's translate extent */
  translateBy(dx: number, duration: number): void;
  cancel(): void;
}

const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createZoomAnimator(
  target: ZoomTarget,
  zoom: ZoomBehavior<HTMLElement, unknown>,
): ZoomAnimator {
  const node = target.node() as HTMLElement;
  let frame = 0;
  let stepping = false;
  const cancel = () => {
    cancelAnimationFrame(frame);
    frame = 0;
  };
  onInterrupt(node, () => {
    if (!stepping) cancel();
  });

  const extent = () => zoom.extent().call(node, undefined);
  const constrain = (t: ZoomTransform) => zoom.constrain()(t, extent(), zoom.translateExtent());
  const centre = (): [number, number] => {
    const [[x0], [x1]] = extent();
    return [(x0 + x1) / 2, 0];
  };

  function apply(t: ZoomTransform): void {
    stepping = true;
    try {
      zoom.transform(target, t);
    } finally {
      stepping = false;
    }
  }

  function to(end: ZoomTransform, duration: number, point = centre()): void {
    cancel();
    if (duration <= 0 || reducedMotion()) {
      zoom.transform(target, end);
      return;
    }
    const start = zoomTransform(node);
    const [[x0, y0], [x1, y1]] = extent();
    const w = Math.max(x1 - x0, y1 - y0);
    const [px, py] = point;
    const view = zoom.interpolate()(
      [...start.invert(point), w / start.k],
      [...end.invert(point), w / end.k],
    );
    const began = performance.now();
    const step = () => {
      const t = Math.min(1, (performance.now() - began) / duration);
      frame = t < 1 ? requestAnimationFrame(step) : 0;
      if (t === 1) {
        apply(end); // the exact target, free of rounding
        return;
      }
      const [cx, cy, size] = view(easeCubicInOut(t));
      const k = w / size;
      apply(new ZoomTransform(k, px - cx * k, py - cy * k));
    };
    frame = requestAnimationFrame(step);
  }

  return {
    to,
    scaleBy(factor, duration, point = centre()) {
      const t0 = zoomTransform(node);
      const [minK, maxK] = zoom.scaleExtent();
      const k = Math.max(minK, Math.min(maxK, t0.k * factor));
      const [wx, wy] = t0.invert(point);
      to(constrain(new ZoomTransform(k, point[0] - wx * k, point[1] - wy * k)), duration, point);
    },
    translateBy(dx, duration) {
      to(constrain(zoomTransform(node).translate(dx, 0)), duration);
    },
    cancel,
  };
}
