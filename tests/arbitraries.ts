// fast-check arbitraries shared by the property tests: the document generators
// (tests/generators.ts) and what every layout promises (checkLayout), shared with the calendar
// tests.
import { expect } from 'vitest';
import type { Timeline } from '../src/model/timeline';
import { indexLanes, layoutLanes } from '../src/layout/layout';
import { metricsFor } from '../src/layout/metrics';
import { estimateTextWidth } from '../src/layout/measure';
import { createBaseScale, dayToXOf } from '../src/scales/time';
import { dayNumber } from '../src/model/dates';

export * from './generators';

// What every layout promises, checked on a base scale of January 2007 – March 2011 (the demo
// story's view at load) across the width, zoomed by k, with the unit tests' text measure.
const INITIAL = { start: dayNumber(2007, 1, 1), end: dayNumber(2011, 4, 1) };
const measure = estimateTextWidth(13);

/** A cheap assertion for hot loops (thousands of checks per generated case). */
export function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** Lays the timeline out as the renderer does and checks what the layout promises. */
export function checkLayout(timeline: Timeline, width: number, k: number, maxRows: number): void {
  const metrics = metricsFor(width, maxRows, (n) => `${n} events`);
  const toX = dayToXOf(createBaseScale(INITIAL, width));
  const layout = layoutLanes(
    indexLanes(timeline, maxRows),
    { a: toX.a * k, b: toX.b * k },
    measure,
    metrics,
  );
  const where = `(width ${width}, zoom ×${k}, ${maxRows} rows)`;
  const trackOf = new Map(timeline.events.map((e) => [e.id, e.track]));
  const seen = new Map<string, number>();
  expect(layout.lanes.map((lane) => lane.track.id)).toEqual(timeline.tracks.map((t) => t.id));
  for (const lane of layout.lanes) {
    let represented = 0;
    const rowRight = new Map<number, { id: string; right: number }>();
    for (let i = 0; i < lane.items.length; i++) {
      const item = lane.items[i]!;
      const what = `${item.kind} ${item.id} in lane ${lane.track.id} ${where}`;
      ensure(Number.isFinite(item.left) && item.right >= item.left, () => `${what}: bad box`);
      ensure(item.row >= 0 && item.row < lane.rows, () => `${what}: row ${item.row}`);
      ensure(i === 0 || item.left >= lane.items[i - 1]!.left, () => `${what}: not sorted`);
      if (item.kind === 'event')
        ensure(item.labelWidth <= metrics.maxLabelWidth, () => `${what}: label too wide`);
      // Items come sorted by left edge, so in each row the previous one is its left neighbour:
      // no two items of a row overlap, gap included.
      const previous = rowRight.get(item.row);
      ensure(
        previous === undefined || previous.right + metrics.itemGap <= item.left,
        () => `${previous?.id} overlaps ${item.id} in row ${item.row} of ${lane.track.id} ${where}`,
      );
      rowRight.set(item.row, { id: item.id, right: item.right });
      const ids = item.kind === 'cluster' ? item.members : [item.id];
      for (const id of ids) {
        seen.set(id, (seen.get(id) ?? 0) + 1);
        ensure(trackOf.get(id) === lane.track.id, () => `${id} drawn in lane ${lane.track.id}`);
      }
      represented += ids.length;
    }
    expect(lane.eventsBefore[lane.items.length]).toBe(represented);
  }
  // Every event exactly once: as a marker or as a member of one cluster.
  expect(seen.size, where).toBe(timeline.events.length);
  for (const event of timeline.events)
    ensure(
      seen.get(event.id) === 1,
      () => `${event.id} shown ${seen.get(event.id)} times ${where}`,
    );
}
