// Lanes, rows and clusters for the current view: one lane per track, events culled to the
// visible window (plus a margin) with a binary search, then packed into rows per lane.
import type { Timeline, TimelineEvent } from '../model/timeline';
import type { Track } from '../model/schema';
import type { DayToX } from '../scales/time';
import { packColumns, type PackMetrics, type PlacedItem } from './pack';
import type { MeasureText } from './measure';
import { laneRows } from './metrics';

export interface LayoutMetrics extends PackMetrics {
  rowHeight: number;
  lanePadding: number;
  /** the lane's label sits on its own line above the rows */
  laneLabelHeight: number;
}

/** Top of a row within the whole lanes area. */
export function rowTop(lane: LaneLayout, row: number, metrics: LayoutMetrics): number {
  return lane.y + metrics.laneLabelHeight + metrics.lanePadding + row * metrics.rowHeight;
}

/** Events of one track, sorted once by start day, with what culling needs. */
export interface LaneIndex {
  track: Track;
  events: TimelineEvent[];
  ids: string[];
  /** rows reserved for this lane, so the component's height does not jump while zooming */
  rows: number;
}

export function indexLanes(timeline: Timeline, maxRows: number): LaneIndex[] {
  // One pass over the events, whatever the number of tracks.
  const byTrack = new Map<string, { events: TimelineEvent[]; ids: string[] }>(
    timeline.tracks.map((track) => [track.id, { events: [], ids: [] }]),
  );
  for (const event of timeline.events) {
    const lane = byTrack.get(event.track);
    if (!lane) continue;
    lane.events.push(event);
    lane.ids.push(event.id);
  }
  return timeline.tracks.map((track) => {
    const { events, ids } = byTrack.get(track.id) ?? { events: [], ids: [] };
    return { track, events, ids, rows: laneRows(events.length, maxRows) };
  });
}

/** First index i with sorted[i] >= value. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface LaneLayout {
  track: Track;
  y: number;
  height: number;
  rows: number;
  /** every event of the lane, packed, in world coordinates, sorted by left edge */
  items: PlacedItem[];
  /** lefts of items, for binary search */
  lefts: Float64Array;
  /** widest item, bounding how far left of the view an item can start and still reach into it */
  maxItemWidth: number;
  /** eventsBefore[i]: events represented by items[0..i) */
  eventsBefore: Uint32Array;
}

export interface Layout {
  lanes: LaneLayout[];
  height: number;
}

/**
 * Packs every lane at one zoom level, in world coordinates (x = toX(day), no pan offset), so
 * panning never reshuffles rows and the result can be cached per zoom level. `endDay`: the
 * day the view can pan to at most (labels that would run past it go left of their marks).
 */
export function layoutLanes(
  lanes: readonly LaneIndex[],
  toX: DayToX,
  measure: MeasureText,
  metrics: LayoutMetrics,
  endDay?: number,
): Layout {
  return assembleLayout(
    lanes.map((lane, i) => layoutLane(lanes, i, toX, measure, metrics, endDay)),
  );
}

export function assembleLayout(lanes: LaneLayout[]): Layout {
  const last = lanes[lanes.length - 1];
  return { lanes, height: last ? last.y + last.height : 0 };
}

/** Height of a lane: fixed by its reserved rows, so lanes can be laid out one at a time. */
export function laneHeight(lane: LaneIndex, metrics: LayoutMetrics): number {
  return metrics.laneLabelHeight + lane.rows * metrics.rowHeight + 2 * metrics.lanePadding;
}

/** Packs lane `index` of `lanes` at one zoom level (world coordinates). */
export function layoutLane(
  lanes: readonly LaneIndex[],
  index: number,
  toX: DayToX,
  measure: MeasureText,
  metrics: LayoutMetrics,
  endDay?: number,
): LaneLayout {
  let y = 0;
  for (let i = 0; i < index; i++) y += laneHeight(lanes[i]!, metrics);
  const lane = lanes[index]!;
  const n = lane.events.length;
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = lane.events[i];
    if (!event) continue;
    x0[i] = toX.a * event.startDay + toX.b;
    x1[i] = toX.a * (event.endDay + 1) + toX.b;
  }
  const { items } = packColumns(
    { count: n, ids: lane.ids, x0, x1, labelWidth: (i) => measure(lane.events[i]?.title ?? '') },
    {
      ...metrics,
      maxRows: lane.rows,
      ...(endDay === undefined ? {} : { worldRight: toX.a * endDay + toX.b }),
    },
  );
  const eventsBefore = new Uint32Array(items.length + 1);
  let maxItemWidth = 0;
  items.forEach((item, i) => {
    eventsBefore[i + 1] =
      (eventsBefore[i] ?? 0) + (item.kind === 'cluster' ? item.members.length : 1);
    maxItemWidth = Math.max(maxItemWidth, item.right - item.left);
  });
  return {
    track: lane.track,
    y,
    height: laneHeight(lane, metrics),
    rows: lane.rows,
    items,
    lefts: Float64Array.from(items, (item) => item.left),
    maxItemWidth,
    eventsBefore,
  };
}

export interface VisibleItems {
  items: PlacedItem[];
  /** events whose items lie wholly left of the view */
  earlier: number;
  /** events whose items lie wholly right of the view */
  later: number;
}

/** The items of a lane that intersect [left, right] in world coordinates. */
export function visibleItems(lane: LaneLayout, left: number, right: number): VisibleItems {
  const from = lowerBound(lane.lefts, left - lane.maxItemWidth);
  // Items starting exactly at the right edge still intersect the closed window [left, right].
  let to = lowerBound(lane.lefts, right);
  while (to < lane.lefts.length && (lane.lefts[to] ?? Infinity) <= right) to++;
  const items: PlacedItem[] = [];
  let earlier = lane.eventsBefore[from] ?? 0;
  for (let i = from; i < to; i++) {
    const item = lane.items[i];
    if (!item) continue;
    if (item.right < left) earlier += item.kind === 'cluster' ? item.members.length : 1;
    else items.push(item);
  }
  const total = lane.eventsBefore[lane.items.length] ?? 0;
  const later = total - (lane.eventsBefore[to] ?? 0);
  return { items, earlier, later };
}
