// The events inside cluster badges, drawn as ticks on a canvas under the badges: readers see
// where the events of a cluster fall, and can hover or tap each one. Canvas because a zoomed
// out view of a big dataset holds tens of thousands of them. The mark under the pointer is
// found by a binary search in the member centres of the clusters in the pointer's row, sorted
// once per cluster the first time the pointer asks.
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
  /** Member centres (days) in ascending order, with their events, for the pointer's search. */
  const sorted = new WeakMap<PlacedCluster, { days: Float64Array; events: TimelineEvent[] }>();
  const sortedOf = (cluster: PlacedCluster) => {
    let found = sorted.get(cluster);
    if (!found) {
      const days = centresOf(cluster);
      const order = cluster.members
        .map((id, i) => ({ day: days[i] ?? NaN, event: eventsById.get(id) }))
        .filter((m): m is { day: number; event: TimelineEvent } => m.event !== undefined)
        .sort((a, b) => a.day - b.day);
      found = { days: Float64Array.from(order, (m) => m.day), events: order.map((m) => m.event) };
      sorted.set(cluster, found);
    }
    return found;
  };
  let drawn: { views: readonly ItemView[]; toX: DayToX; width: number } | null = null;
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
      const { views, toX, width } = drawn;
      let best: DenseMark | undefined;
      let bestDistance = radius * radius;
      // Only marks drawn on screen count; toX increases with the day.
      const fromDay = (Math.max(-2, x - radius) - toX.b) / toX.a;
      const toDay = (Math.min(width + 2, x + radius) - toX.b) / toX.a;
      for (const view of views) {
        if (view.item.kind !== 'cluster') continue;
        const markY = view.y + TICK_TOP + TICK_HEIGHT / 2;
        const dy = markY - y;
        if (dy * dy >= bestDistance) continue;
        const { days, events } = sortedOf(view.item);
        let lo = 0;
        let hi = days.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((days[mid] ?? Infinity) < fromDay) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < days.length && (days[i] ?? Infinity) <= toDay; i++) {
          const markX = toX.a * (days[i] ?? NaN) + toX.b;
          const distance = (markX - x) ** 2 + dy * dy;
          const event = events[i];
          if (event && distance < bestDistance) {
            bestDistance = distance;
            best = { x: markX, y: markY, event, trackIndex: view.trackIndex };
          }
        }
      }
      return best;
    },
    count: () => count,
  };
}
