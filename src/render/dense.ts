// The events inside cluster badges, drawn as ticks on a canvas under the badges: readers see
// where the events of a cluster fall, and can hover or tap each one. Canvas because a zoomed
// out view of a big dataset holds tens of thousands of them. Each cluster carries its members'
// centres from the layout, so a redraw is arithmetic over plain arrays (no lookups, no
// allocation per event), and finding the mark under the pointer is one scan of the rows near it.
import type { EventLookup, TimelineEvent } from '../model/timeline';
import type { ItemView } from './items';

export interface DenseMark {
  x: number;
  y: number;
  event: TimelineEvent;
  trackIndex: number;
}

export interface DenseLayer {
  readonly canvas: HTMLCanvasElement;
  /** draws the members of the visible clusters (views in viewport coordinates) */
  draw(views: readonly ItemView[], width: number, height: number): void;
  /** the mark nearest to (x, y) within `radius` pixels, in viewport coordinates */
  find(x: number, y: number, radius?: number): DenseMark | undefined;
  /** the mark of event `id` as last drawn, if it is a cluster's member on screen */
  markOf(id: string): DenseMark | undefined;
  /** how many marks the last draw produced */
  count(): number;
}

/** Vertical offset of the tick line inside a cluster's row (under the badge). */
const TICK_TOP = 21;
const TICK_HEIGHT = 6;

/** Screen x of a cluster member's centre: layout coordinates stretched and panned like the view. */
const screenX = (view: ItemView, centre: number) => view.x + (centre - view.item.left) * view.scale;

export function createDenseLayer(
  parent: HTMLElement,
  eventById: EventLookup,
  trackColor: (trackIndex: number) => string,
): DenseLayer {
  const canvas = document.createElement('canvas');
  canvas.className = 'ct-dense';
  canvas.setAttribute('aria-hidden', 'true');
  parent.append(canvas);
  const context = canvas.getContext('2d');
  let drawn: { views: readonly ItemView[]; width: number } | null = null;
  let count = 0;

  return {
    canvas,
    draw(views, width, height) {
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      drawn = { views, width };
      count = 0;
      if (!context) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      for (const view of views) {
        if (view.item.kind !== 'cluster') continue;
        context.fillStyle = trackColor(view.trackIndex);
        const y = view.y + TICK_TOP;
        const centres = view.item.memberCentres;
        const offset = view.x - view.item.left * view.scale;
        let lastPixel = -1;
        for (let i = 0; i < centres.length; i++) {
          const x = (centres[i] ?? NaN) * view.scale + offset;
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
      let best: { view: ItemView; index: number; x: number; y: number } | null = null;
      let bestDistance = radius * radius;
      for (const view of drawn.views) {
        if (view.item.kind !== 'cluster') continue;
        const markY = view.y + TICK_TOP + TICK_HEIGHT / 2;
        const dy = markY - y;
        if (dy * dy > bestDistance) continue;
        const centres = view.item.memberCentres;
        for (let i = 0; i < centres.length; i++) {
          const markX = screenX(view, centres[i] ?? NaN);
          if (!(markX >= -2 && markX <= drawn.width + 2)) continue;
          const distance = (markX - x) ** 2 + dy * dy;
          // Strictly nearer only: of marks on the same spot, the earliest event wins.
          if (distance < bestDistance) {
            bestDistance = distance;
            best = { view, index: i, x: markX, y: markY };
          }
        }
      }
      if (!best || best.view.item.kind !== 'cluster') return undefined;
      const event = eventById(best.view.item.members[best.index] ?? '');
      return event && { x: best.x, y: best.y, event, trackIndex: best.view.trackIndex };
    },
    markOf(id) {
      if (!drawn) return undefined;
      for (const view of drawn.views) {
        if (view.item.kind !== 'cluster') continue;
        const index = view.item.members.indexOf(id);
        if (index < 0) continue;
        const x = screenX(view, view.item.memberCentres[index] ?? NaN);
        const event = eventById(id);
        if (!event || !(x >= -2 && x <= drawn.width + 2)) return undefined;
        return { x, y: view.y + TICK_TOP + TICK_HEIGHT / 2, event, trackIndex: view.trackIndex };
      }
      return undefined;
    },
    count: () => count,
  };
}
