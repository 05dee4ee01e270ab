// The events inside cluster badges, drawn as ticks on a canvas under the badges: readers see
// where the events of a cluster fall, and can hover or tap each one. Canvas because a zoomed
// out view of a big dataset holds tens of thousands of them; a d3-quadtree, built only when
// the pointer asks, finds the mark under the pointer.
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { TimelineEvent } from '../model/timeline';
import type { ItemView } from './items';
import type { PlacedCluster } from '../layout/pack';
import type { DayToX } from '../scales/time';

export interface DenseMark {
  x: number;
  y: number;
  event: TimelineEvent;
  trackIndex: number;
}

export interface DenseLayer {
  readonly canvas: HTMLCanvasElement;
  /** draws the members of the visible clusters; `toX` maps days to screen x at the current zoom */
  draw(views: readonly ItemView[], toX: DayToX, width: number, height: number): void;
  /** the mark nearest to (x, y) within `radius` pixels, in viewport coordinates */
  find(x: number, y: number, radius?: number): DenseMark | undefined;
  /** how many marks the last draw produced */
  count(): number;
}

/** Vertical offset of the tick line inside a cluster's row (under the badge). */
const TICK_TOP = 21;
const TICK_HEIGHT = 6;

export function createDenseLayer(
  parent: HTMLElement,
  eventsById: ReadonlyMap<string, TimelineEvent>,
  trackColor: (trackIndex: number) => string,
): DenseLayer {
  const canvas = document.createElement('canvas');
  canvas.className = 'ct-dense';
  canvas.setAttribute('aria-hidden', 'true');
  parent.append(canvas);
  const context = canvas.getContext('2d');
  // Member centres (in days) per cluster, computed once per cluster of a cached layout, so a
  // redraw is a loop over typed arrays: no lookups and no allocation per event per frame.
  const centres = new WeakMap<PlacedCluster, Float64Array>();
  const centresOf = (cluster: PlacedCluster): Float64Array => {
    let days = centres.get(cluster);
    if (!days) {
      days = Float64Array.from(cluster.members, (id) => {
        const event = eventsById.get(id);
        return event ? (event.startDay + event.endDay + 1) / 2 : NaN;
      });
      centres.set(cluster, days);
    }
    return days;
  };
  let drawn: { views: readonly ItemView[]; toX: DayToX; width: number } | null = null;
  let index: Quadtree<DenseMark> | null = null;
  let count = 0;

  return {
    canvas,
    draw(views, toX, width, height) {
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      drawn = { views, toX, width };
      index = null;
      count = 0;
      if (!context) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      for (const view of views) {
        if (view.item.kind !== 'cluster') continue;
        context.fillStyle = trackColor(view.trackIndex);
        const y = view.y + TICK_TOP;
        const days = centresOf(view.item);
        let lastPixel = -1;
        for (let i = 0; i < days.length; i++) {
          const x = toX.a * (days[i] ?? NaN) + toX.b;
          if (!(x >= -2 && x <= width + 2)) continue;
          count++;
          // Members arrive in time order: one tick per pixel column is enough to draw.
          const pixel = Math.round(x);
          if (pixel === lastPixel) continue;
          lastPixel = pixel;
          context.fillRect(pixel - 0.75, y, 1.5, TICK_HEIGHT);
        }
      }
    },
    find(x, y, radius = 6) {
      if (!drawn) return undefined;
      // The spatial index is built on demand, from what the last redraw showed.
      if (!index) {
        const marks: DenseMark[] = [];
        for (const view of drawn.views) {
          if (view.item.kind !== 'cluster') continue;
          const days = centresOf(view.item);
          view.item.members.forEach((id, i) => {
            const mx = drawn ? drawn.toX.a * (days[i] ?? NaN) + drawn.toX.b : NaN;
            const event = eventsById.get(id);
            if (event && mx >= -2 && mx <= (drawn?.width ?? 0) + 2) {
              marks.push({
                x: mx,
                y: view.y + TICK_TOP + TICK_HEIGHT / 2,
                event,
                trackIndex: view.trackIndex,
              });
            }
          });
        }
        index = quadtree<DenseMark>()
          .x((d) => d.x)
          .y((d) => d.y)
          .addAll(marks);
      }
      return index.find(x, y, radius);
    },
    count: () => count,
  };
}
