// The pure layout: lane packing invariants, culling against brute force, axis levels, and
// golden SVG snapshots of whole layouts (tests/__snapshots__, see tests/snapshot.ts).
import { describe, expect, it } from 'vitest';
import {
  packLane,
  representedIds,
  type LanePacking,
  type PackInput,
  type PackMetrics,
  type PlacedItem,
} from '../src/layout/pack';
import {
  indexLanes,
  layoutLanes,
  lowerBound,
  visibleItems,
  type Layout,
  type LaneLayout,
  type LayoutMetrics,
} from '../src/layout/layout';
import { metricsFor } from '../src/layout/metrics';
import { estimateTextWidth } from '../src/layout/measure';
import { layoutToSvg, round1 } from '../src/layout/debug-svg';
import { axisLevelFor } from '../src/render/axis';
import { createBaseScale, dayToXOf, type DayToX } from '../src/scales/time';
import { buildTimeline, type Timeline } from '../src/model/timeline';
import { validateTimeline } from '../src/model/validate';
import { dayNumber } from '../src/model/dates';
import type { TimelineData } from '../src/model/schema';
import { utcDay, utcMonth, utcYear } from '../src/scales/intervals';
import { validData } from './fixtures';
import { syntheticTimeline, mulberry32 } from '../scripts/synthetic';
import { expectSvgSnapshot } from './snapshot';

/** The renderer's metrics (src/layout/metrics.ts) with the English badge text. */
const metricsAt = (width: number, maxRows = 3): LayoutMetrics =>
  metricsFor(width, maxRows, (n) => `${n} events`);

const measure = estimateTextWidth(13);
/** Events an item stands for. */
const count = (item: PlacedItem) => (item.kind === 'cluster' ? item.members.length : 1);

/** A lane of `n` inputs sorted by start, as the model hands them over. */
function randomLane(random: () => number, n: number, spread: number): PackInput[] {
  const inputs: PackInput[] = [];
  for (let i = 0; i < n; i++) {
    // Some events share a start exactly, as same-day events do.
    const x0 = i > 0 && random() < 0.15 ? (inputs[i - 1]?.x0 ?? 0) : random() * spread;
    const kind = random();
    const width = kind < 0.6 ? random() * 4 : kind < 0.8 ? 12 + random() * 250 : random() * 14;
    inputs.push({ id: `e${i}`, x0, x1: x0 + width, labelWidth: random() * 320 });
  }
  return inputs.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
}

/** Every invariant a packing promises; returns nothing, fails the test on the first violation. */
function checkPacking(inputs: readonly PackInput[], packing: LanePacking, m: PackMetrics): void {
  const byId = new Map(inputs.map((d, i) => [d.id, { ...d, index: i }]));

  // Every input represented exactly once.
  const ids = representedIds(packing);
  expect(ids.length).toBe(inputs.length);
  expect(new Set(ids).size).toBe(inputs.length);
  expect([...ids].sort()).toEqual(inputs.map((d) => d.id).sort());

  // Rows within bounds; items sorted by left edge (the culling binary search relies on it).
  expect(packing.rowsUsed).toBeLessThanOrEqual(Math.max(1, m.maxRows));
  for (let i = 0; i < packing.items.length; i++) {
    const item = packing.items[i]!;
    expect(item.row).toBeGreaterThanOrEqual(0);
    expect(item.row).toBeLessThan(packing.rowsUsed);
    expect(item.right).toBeGreaterThanOrEqual(item.left);
    if (i > 0) expect(item.left).toBeGreaterThanOrEqual(packing.items[i - 1]!.left);
  }

  for (let row = 0; row < packing.rowsUsed; row++) {
    const rowItems = packing.items.filter((item) => item.row === row);
    expect(rowItems.length, `row ${row} is empty`).toBeGreaterThan(0);
    // No two items of a row overlap, gap included.
    for (let i = 1; i < rowItems.length; i++) {
      const prev = rowItems[i - 1]!;
      const next = rowItems[i]!;
      expect(
        prev.right + m.itemGap,
        `${prev.id} overlaps ${next.id} in row ${row}`,
      ).toBeLessThanOrEqual(next.left);
    }
    // Read left to right, a row's events are in time order: a cluster is a contiguous run of
    // the events that landed in its row.
    const indices = rowItems.flatMap((item) =>
      (item.kind === 'cluster' ? item.members : [item.id]).map((id) => byId.get(id)!.index),
    );
    for (let i = 1; i < indices.length; i++) expect(indices[i]!).toBeGreaterThan(indices[i - 1]!);
  }

  for (const item of packing.items) {
    if (item.kind === 'event') {
      const input = byId.get(item.id)!;
      expect(item.x0).toBe(input.x0);
      expect(item.x1).toBe(input.x1);
      // Bar or point: a mark at least two radii wide is a bar.
      expect(item.bar).toBe(input.x1 - input.x0 >= 2 * m.markRadius);
      // The mark starts at its first day (a bar) or a radius before its centre (a point).
      const markX = item.bar ? input.x0 : (input.x0 + input.x1) / 2 - m.markRadius;
      expect(item.markX).toBeCloseTo(markX, 9);
      const width = Math.max(0, Math.min(input.labelWidth, m.maxLabelWidth));
      expect(item.labelX + item.labelWidth).toBeLessThanOrEqual(item.right);
      if (item.left < item.markX) {
        // Near the world's end the label went left of its mark, shortened to the room there
        // at most, never below a word.
        expect(m.worldRight, `${item.id} moved left with no world's end`).toBeDefined();
        expect(item.labelWidth).toBeLessThanOrEqual(width);
        expect(item.labelWidth).toBeGreaterThanOrEqual(Math.min(width, 48));
        expect(item.left).toBe(item.labelX);
        expect(item.labelX + item.labelWidth + m.labelGap).toBeCloseTo(item.markX, 9);
        expect(item.right).toBeCloseTo(item.bar ? input.x1 : markX + 2 * m.markRadius, 9);
      } else {
        // The label is truncated to maxLabelWidth and lies inside the item.
        expect(item.labelWidth).toBe(width);
        expect(item.left).toBeCloseTo(markX, 9);
        if (item.bar) expect(item.right).toBeGreaterThanOrEqual(input.x1);
        else expect(item.labelX).toBeCloseTo(markX + 2 * m.markRadius + m.labelGap, 9);
      }
    } else {
      const members = item.members.map((id) => byId.get(id)!);
      // A badge never reads "1 event".
      expect(members.length).toBeGreaterThan(1);
      expect(item.id).toBe(item.members[0]);
      // Members in time order; the extent covers exactly their marks.
      for (let i = 1; i < members.length; i++)
        expect(members[i]!.index).toBeGreaterThan(members[i - 1]!.index);
      expect(item.x0).toBe(members[0]!.x0);
      expect(item.x1).toBe(Math.max(...members.map((d) => d.x1)));
      // The canvas ticks sit at each member's own centre.
      expect(item.memberCentres).toEqual(members.map((d) => (d.x0 + d.x1) / 2));
      // A lone event or a small cluster (under 8 members) takes a newcomer from any distance;
      // later members join within maxClusterSpan of the first, so a cluster stays local, or
      // when the cluster already reached that far past them (a badge of their own would sit
      // far from their date). The exception is a last straggler, which would otherwise make a
      // cluster of one.
      const markLeft = (d: PackInput) =>
        d.x1 - d.x0 >= 2 * m.markRadius ? d.x0 : (d.x0 + d.x1) / 2 - m.markRadius;
      members.slice(8, -1).forEach((d, j) => {
        const before = members.slice(0, 8 + j);
        const reach = Math.max(item.left + m.badgeWidth(before.length), ...before.map((b) => b.x1));
        const local = d.x0 - item.x0 <= m.maxClusterSpan;
        const under = reach + m.itemGap - markLeft(d) > m.maxClusterSpan && d.x1 <= reach;
        expect(local || under, `${d.id} joined ${item.id} from afar`).toBe(true);
      });
      // A badge sits by its first member's date or within its period, never pushed on past
      // its neighbours' reach.
      const first = members[0]!;
      expect(
        item.left - markLeft(first) <= m.maxClusterSpan + 1e-9 || item.left <= first.x1 + m.itemGap,
        `badge of ${item.id} at ${item.left}, its first event ${markLeft(first)}–${first.x1}`,
      ).toBe(true);
      // The badge fits in the item and shows the member count.
      expect(item.badgeWidth).toBe(m.badgeWidth(item.members.length));
      expect(item.right).toBe(Math.max(item.left + item.badgeWidth, item.x1));
      // A cluster never starts left of its first member's mark.
      expect(item.left).toBeGreaterThanOrEqual(
        Math.min(item.x0, (members[0]!.x0 + members[0]!.x1) / 2 - m.markRadius) - 1e-9,
      );
    }
  }
}

describe('packLane', () => {
  const m = metricsAt(1280);

  it('packs nothing into nothing', () => {
    expect(packLane([], m)).toEqual({ items: [], rowsUsed: 0 });
  });

  it('places a single point with its label to the right of the mark', () => {
    const packing = packLane([{ id: 'a', x0: 100, x1: 102, labelWidth: 50 }], m);
    expect(packing).toEqual({
      rowsUsed: 1,
      items: [
        {
          kind: 'event',
          id: 'a',
          row: 0,
          bar: false,
          x0: 100,
          x1: 102,
          left: 95,
          markX: 95,
          labelX: 113,
          labelWidth: 50,
          right: 163,
        },
      ],
    });
  });

  it("puts a label that would run past the world's end left of its mark, where a row has room", () => {
    const end = { ...m, worldRight: 200 };
    // Room in the first row: the point's label goes left of its dot.
    const [point] = packLane([{ id: 'a', x0: 180, x1: 182, labelWidth: 50 }], end).items;
    expect(point).toMatchObject({
      row: 0,
      markX: 175,
      right: 187,
      left: 175 - m.labelGap - 50,
      labelX: 175 - m.labelGap - 50,
    });
    // A bar's label goes left of the bar.
    const [bar] = packLane([{ id: 'b', x0: 170, x1: 190, labelWidth: 50 }], end).items;
    expect(bar).toMatchObject({ markX: 170, right: 190, left: 170 - m.labelGap - 50 });
    // Far from the end nothing moves.
    const [early] = packLane([{ id: 'c', x0: 10, x1: 12, labelWidth: 50 }], end).items;
    expect(early).toMatchObject({ markX: 5, left: 5, labelX: 5 + 2 * m.markRadius + m.labelGap });
    // The first row is taken up to the mark: the moved label takes the next row.
    const packed = packLane(
      [
        { id: 'd', x0: 100, x1: 102, labelWidth: 50 },
        { id: 'e', x0: 180, x1: 182, labelWidth: 50 },
      ],
      end,
    ).items;
    expect(packed.find((i) => i.id === 'e')).toMatchObject({ row: 1, left: 175 - m.labelGap - 50 });
  });

  it('shortens a label moved left of its mark to the room in the row with the most', () => {
    const end = { ...m, worldRight: 260, maxRows: 2 };
    const packed = packLane(
      [
        { id: 'd', x0: 100, x1: 102, labelWidth: 50 },
        { id: 'f', x0: 110, x1: 112, labelWidth: 20 },
        { id: 'e', x0: 230, x1: 232, labelWidth: 80 },
      ],
      end,
    ).items;
    // Row 0 ends at 163 and row 1 at 143: row 1 has the most room left of e's mark at 225,
    // less than the whole label.
    const e = packed.find((i) => i.id === 'e');
    expect(e).toMatchObject({ row: 1, labelWidth: 225 - m.labelGap - 143 - m.itemGap });
    expect(e!.left).toBe(143 + m.itemGap);
    // Too little room for even a short label: it stays right of the mark.
    const cramped = packLane(
      [
        { id: 'd', x0: 100, x1: 102, labelWidth: 50 },
        { id: 'f', x0: 110, x1: 112, labelWidth: 20 },
        { id: 'e', x0: 200, x1: 202, labelWidth: 80 },
      ],
      end,
    ).items;
    expect(cramped.find((i) => i.id === 'e')).toMatchObject({ markX: 195, left: 195 });
  });

  it('keeps the label right of the mark when no row has room left of it', () => {
    const end = { ...m, worldRight: 200, maxRows: 1 };
    const packed = packLane(
      [
        { id: 'd', x0: 100, x1: 102, labelWidth: 50 },
        { id: 'e', x0: 180, x1: 182, labelWidth: 50 },
      ],
      end,
    ).items;
    expect(packed.find((i) => i.id === 'e')).toMatchObject({ row: 0, left: 175, markX: 175 });
  });

  it('draws marks at least two radii wide as bars with the label inside', () => {
    const [bar] = packLane([{ id: 'a', x0: 100, x1: 112, labelWidth: 50 }], m).items;
    expect(bar).toMatchObject({ kind: 'event', bar: true, left: 100, labelX: 106, right: 162 });
    const [point] = packLane([{ id: 'a', x0: 100, x1: 111.9, labelWidth: 50 }], m).items;
    expect(point).toMatchObject({ kind: 'event', bar: false });
    // A long bar keeps its full extent even when its label is shorter.
    const [long] = packLane([{ id: 'a', x0: 0, x1: 400, labelWidth: 50 }], m).items;
    expect(long).toMatchObject({ left: 0, right: 400 });
  });

  it('truncates labels to maxLabelWidth (narrower on small screens)', () => {
    const wide = packLane([{ id: 'a', x0: 0, x1: 1, labelWidth: 1000 }], m).items[0];
    expect(wide?.kind === 'event' && wide.labelWidth).toBe(220);
    const narrow = packLane([{ id: 'a', x0: 0, x1: 1, labelWidth: 1000 }], metricsAt(375)).items[0];
    expect(narrow?.kind === 'event' && narrow.labelWidth).toBe(140);
    const negative = packLane([{ id: 'a', x0: 0, x1: 1, labelWidth: -5 }], m).items[0];
    expect(negative?.kind === 'event' && negative.labelWidth).toBe(0);
  });

  it('stacks overlapping events into rows, then clusters what does not fit', () => {
    const inputs = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, x0: i, x1: i + 1, labelWidth: 80 }));
    const packing = packLane(inputs, m);
    expect(packing.rowsUsed).toBe(3);
    expect(packing.items.map((item) => [item.kind, item.row])).toEqual([
      ['cluster', 0],
      ['event', 1],
      ['event', 2],
    ]);
    expect(packing.items[0]?.kind === 'cluster' && packing.items[0].members).toEqual(['a', 'd']);
    checkPacking(inputs, packing, m);
  });

  it('keeps events that fit side by side in one row', () => {
    const inputs = [0, 200, 400].map((x, i) => ({
      id: `e${i}`,
      x0: x,
      x1: x + 1,
      labelWidth: 100,
    }));
    const packing = packLane(inputs, m);
    expect(packing.rowsUsed).toBe(1);
    expect(packing.items.every((item) => item.kind === 'event' && item.row === 0)).toBe(true);
  });

  it('clusters 500 events on the same day into few items whose counts add up', () => {
    const inputs = Array.from({ length: 500 }, (_, i) => ({
      id: `e${i}`,
      x0: 300,
      x1: 300.8,
      labelWidth: 60 + (i % 7) * 20,
    }));
    const three = packLane(inputs, m);
    checkPacking(inputs, three, m);
    expect(three.items.length).toBeLessThanOrEqual(3);
    expect(three.items.reduce((sum, item) => sum + count(item), 0)).toBe(500);

    const one = packLane(inputs, { ...m, maxRows: 1 });
    checkPacking(inputs, one, { ...m, maxRows: 1 });
    expect(one.items).toHaveLength(1);
    expect(one.items[0]).toMatchObject({ kind: 'cluster', id: 'e0', row: 0 });
    expect(one.items[0]?.kind === 'cluster' && one.items[0].members).toEqual(
      inputs.map((d) => d.id),
    );
  });

  it('makes a row of local clusters, not one endless chain, from dense data', () => {
    // One event every 5px over 2000px in a single row: clusters span at most maxClusterSpan.
    const inputs = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`,
      x0: i * 5,
      x1: i * 5 + 1,
      labelWidth: 100,
    }));
    const packing = packLane(inputs, { ...m, maxRows: 1 });
    checkPacking(inputs, packing, { ...m, maxRows: 1 });
    expect(packing.items.length).toBeGreaterThan(5);
    // With one row, every cluster is a contiguous run of the lane's events.
    expect(representedIds(packing)).toEqual(inputs.map((d) => d.id));
  });

  it('never leaves a cluster of one at the end of a dense row, whatever its length', () => {
    // Cut the dense row above after every event: some cuts end with an event that could not
    // join the big cluster before it (too far from its start) and had nobody to cluster with.
    const metrics = { ...m, maxRows: 1 };
    let merged = 0;
    for (let n = 2; n <= 300; n++) {
      const inputs = Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        x0: i * 5,
        x1: i * 5 + 1,
        labelWidth: 100,
      }));
      const packing = packLane(inputs, metrics);
      checkPacking(inputs, packing, metrics);
      const last = packing.items[packing.items.length - 1];
      if (last?.kind === 'cluster' && last.x1 - last.x0 > m.maxClusterSpan) merged++;
    }
    // The straggler case did occur (and its cluster reaches past maxClusterSpan).
    expect(merged).toBeGreaterThan(0);
  });

  it('holds every invariant on 200 seeded random lanes', () => {
    const random = mulberry32(20070111);
    let clusters = 0;
    let events = 0;
    let moved = 0;
    for (let lane = 0; lane < 200; lane++) {
      const n = Math.floor(random() * 80);
      const spread = 20 + random() * 4000;
      const inputs = randomLane(random, n, spread);
      const metrics = {
        ...metricsAt(random() < 0.5 ? 375 : 1280),
        maxRows: 1 + Math.floor(random() * 4),
        // Half the lanes end at a world's end, somewhere around their last events.
        ...(random() < 0.5 ? { worldRight: spread * (0.6 + random() * 0.6) } : {}),
      };
      const packing = packLane(inputs, metrics);
      checkPacking(inputs, packing, metrics);
      if (metrics.maxRows === 1) expect(representedIds(packing)).toEqual(inputs.map((d) => d.id));
      clusters += packing.items.filter((item) => item.kind === 'cluster').length;
      events += packing.items.filter((item) => item.kind === 'event').length;
      moved += packing.items.filter(
        (item) => item.kind === 'event' && item.left < item.markX,
      ).length;
    }
    // The generator exercises every outcome.
    expect(clusters).toBeGreaterThan(100);
    expect(events).toBeGreaterThan(1000);
    expect(moved).toBeGreaterThan(20);
  });
});

describe('lowerBound', () => {
  const brute = (sorted: Float64Array, value: number) => {
    const i = sorted.findIndex((v) => v >= value);
    return i < 0 ? sorted.length : i;
  };

  it('finds the first element not below the value, as a linear scan does', () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = Math.floor(random() * 40);
      // Small integers give many duplicates; fractions give distinct values.
      const values = Array.from({ length: n }, () =>
        trial % 2 ? Math.floor(random() * 10) : random() * 1000 - 500,
      ).sort((a, b) => a - b);
      const sorted = Float64Array.from(values);
      const queries = [
        ...values,
        ...values.map((v) => v + 1e-9),
        ...values.map((v) => v - 0.5),
        -Infinity,
        Infinity,
        random() * 1000 - 500,
      ];
      for (const q of queries)
        expect(lowerBound(sorted, q), `${q} in [${values.join(', ')}]`).toBe(brute(sorted, q));
    }
  });

  it('handles empty and single-element arrays', () => {
    expect(lowerBound(new Float64Array(0), 3)).toBe(0);
    expect(lowerBound(Float64Array.of(3), 2)).toBe(0);
    expect(lowerBound(Float64Array.of(3), 3)).toBe(0);
    expect(lowerBound(Float64Array.of(3), 4)).toBe(1);
  });
});

// A base scale as the renderer makes it: January 2007 – March 2011 across the width.
const INITIAL = { start: dayNumber(2007, 1, 1), end: dayNumber(2011, 4, 1) };
function toXAt(width: number, k: number): DayToX {
  const toX = dayToXOf(createBaseScale(INITIAL, width));
  return { a: toX.a * k, b: toX.b * k };
}

function layoutAt(timeline: Timeline, width: number, k: number): Layout {
  const metrics = metricsAt(width);
  return layoutLanes(indexLanes(timeline, metrics.maxRows), toXAt(width, k), measure, metrics);
}

describe('layoutLanes and visibleItems', () => {
  const timeline = buildTimeline(syntheticTimeline(3000));
  const intersects = (item: { left: number; right: number }, left: number, right: number) =>
    item.right >= left && item.left <= right;

  /** visibleItems compared with a linear filter over every item of the lane. */
  function checkWindow(lane: LaneLayout, left: number, right: number): void {
    const view = visibleItems(lane, left, right);
    const expected = lane.items.filter((item) => intersects(item, left, right));
    const where = `${lane.track.id} [${left}, ${right}]`;
    expect(
      view.items.map((item) => item.id),
      where,
    ).toEqual(expected.map((item) => item.id));
    const events = lane.items.reduce((sum, item) => sum + count(item), 0);
    expect(
      view.earlier + view.items.reduce((sum, item) => sum + count(item), 0) + view.later,
      where,
    ).toBe(events);
    const earlier = lane.items
      .filter((item) => item.right < left)
      .reduce((s, i) => s + count(i), 0);
    const later = lane.items.filter((item) => item.left > right).reduce((s, i) => s + count(i), 0);
    expect([view.earlier, view.later], where).toEqual([earlier, later]);
  }

  it('stacks lanes: each starts where the previous ends, with the height its rows need', () => {
    for (const width of [375, 1280]) {
      const metrics = metricsAt(width);
      const layout = layoutAt(timeline, width, 1);
      let y = 0;
      for (const lane of layout.lanes) {
        expect(lane.y).toBe(y);
        expect(lane.height).toBe(
          metrics.laneLabelHeight + lane.rows * metrics.rowHeight + 2 * metrics.lanePadding,
        );
        expect(lane.rows).toBe(3);
        y += lane.height;
      }
      expect(layout.height).toBe(y);
      expect(layout.lanes.map((lane) => lane.track.id)).toEqual(timeline.tracks.map((t) => t.id));
    }
  });

  it('represents every event of each lane exactly once at every zoom level', () => {
    for (const k of [1, 8, 64]) {
      const layout = layoutAt(timeline, 1280, k);
      for (const lane of layout.lanes) {
        const ids = timeline.events.filter((e) => e.track === lane.track.id).map((e) => e.id);
        const represented = representedIds({ items: lane.items, rowsUsed: lane.rows });
        expect(represented.length).toBe(ids.length);
        expect(new Set(represented)).toEqual(new Set(ids));
        expect(lane.eventsBefore[lane.items.length]).toBe(ids.length);
        expect(lane.lefts).toEqual(Float64Array.from(lane.items, (item) => item.left));
      }
    }
  });

  it('culls exactly as a brute-force filter does, for random windows at several zoom levels', () => {
    const random = mulberry32(1550);
    for (const k of [1, 3, 8, 40]) {
      const layout = layoutAt(timeline, 1280, k);
      const world = 1280 * k;
      for (let trial = 0; trial < 60; trial++) {
        const left = random() * (world + 2000) - 1000;
        const right = left + 1 + random() * 1500;
        for (const lane of layout.lanes) checkWindow(lane, left, right);
      }
    }
  });

  /** Windows whose left edge is exactly where some item ends, or whose right edge is exactly where one begins. */
  function edgeWindows(
    side: 'left' | 'right',
    check: (lane: LaneLayout, l: number, r: number) => void,
  ) {
    const layout = layoutAt(timeline, 1280, 8);
    const random = mulberry32(11);
    for (const lane of layout.lanes) {
      for (let trial = 0; trial < 40; trial++) {
        const item = lane.items[Math.floor(random() * lane.items.length)]!;
        if (side === 'left') check(lane, item.right, item.right + 500);
        else check(lane, item.left - 500, item.left);
      }
    }
  }

  it('keeps an item that ends exactly at the left edge of the window', () => {
    edgeWindows('left', checkWindow);
  });

  // BUG (src/layout/layout.ts visibleItems): `lowerBound(lefts, right + Number.EPSILON)` adds
  // nothing once |right| >= 2, so an item starting exactly at the right edge is left out and
  // counted as `later`, while one ending exactly at the left edge is kept. Remove `.fails`
  // once fixed.
  it('keeps an item that starts exactly at the right edge of the window', () => {
    edgeWindows('right', checkWindow);
  });
});

describe('axisLevelFor', () => {
  const minorSpacing = (pxPerDay: number) => {
    const level = axisLevelFor(pxPerDay);
    return level.minor === utcMonth
      ? pxPerDay * 30.44 * level.minorEvery
      : pxPerDay * level.minorEvery;
  };

  it('shows years over months at the overview', () => {
    const level = axisLevelFor(1280 / 1550);
    expect(level.major).toBe(utcYear);
    expect(level.minor).toBe(utcMonth);
    expect(level.minorFormat).not.toBeNull();
    // A phone at the overview still gets year labels.
    expect(axisLevelFor(375 / 1550).major).toBe(utcYear);
  });

  it('shows months over days when deep', () => {
    const level = axisLevelFor(1280 / 20);
    expect(level.major).toBe(utcMonth);
    expect(level.minor).toBe(utcDay);
    expect(level.minorEvery).toBe(1);
    expect(axisLevelFor(375 / 60).minor).toBe(utcDay);
  });

  it('steps to decades and centuries when a year is narrower than its label', () => {
    const years = (level: ReturnType<typeof axisLevelFor>, from: number, to: number) =>
      level.major
        .range(new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 0, 1)))
        .map((d) => d.getUTCFullYear());
    // 58 years on a 280 px phone plot, with era labels ("44 BC") needing 46 px.
    const bc = axisLevelFor(280 / (58 * 365.25), 46);
    expect(years(bc, 1900, 1960)).toEqual([1900, 1910, 1920, 1930, 1940, 1950]);
    expect(bc.minor).toBe(utcYear);
    expect(bc.minorEvery).toBe(5);
    expect(bc.minorFormat).toBeNull();
    // A thousand years in 1280 px: a label every 50 years; at 280 px every 200.
    expect(years(axisLevelFor(1280 / (1000 * 365.25)), 1000, 1200)).toEqual([
      1000, 1050, 1100, 1150,
    ]);
    expect(years(axisLevelFor(280 / (1000 * 365.25)), 1000, 1500)).toEqual([1000, 1200, 1400]);
    // Years before 0 step from year 0 too.
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(-95);
    expect(bc.major.floor(d).getUTCFullYear()).toBe(-100);
  });

  it('gives every year label its room, and year ticks 10 px, at every density', () => {
    const y2000 = new Date(Date.UTC(2000, 0, 1));
    for (let pxPerDay = 1e-5; pxPerDay < 200; pxPerDay *= 1.1) {
      for (const room of [40, 46, 72, 110]) {
        const level = axisLevelFor(pxPerDay, room);
        const yearPx = pxPerDay * 365.2425;
        if (level.minor !== utcYear) {
          // Single years (or months) are labelled only when a year has the room.
          expect(yearPx, `${pxPerDay} px/day`).toBeGreaterThanOrEqual(room);
          continue;
        }
        const floor = level.major.floor(y2000);
        const step = level.major.offset(floor, 1).getUTCFullYear() - floor.getUTCFullYear();
        // Up to the largest step, 10,000 years, which covers any valid date at any width.
        if (step < 10000) expect(step * yearPx, `${pxPerDay} px/day`).toBeGreaterThanOrEqual(room);
        expect(step % level.minorEvery).toBe(0);
        if (level.minorEvery < step)
          expect(level.minorEvery * yearPx, `${pxPerDay} px/day`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('keeps labelled minor ticks at least ~26px apart at every density', () => {
    for (let pxPerDay = 0.05; pxPerDay < 200; pxPerDay *= 1.05) {
      const level = axisLevelFor(pxPerDay);
      if (level.minorFormat === null) continue;
      expect(minorSpacing(pxPerDay), `${pxPerDay} px/day`).toBeGreaterThanOrEqual(26);
    }
  });
});

/** validData() plus events that exercise every kind of item: ranges, fuzzy dates, crowds. */
function fixtureData(): TimelineData {
  const data = validData();
  const cite = [{ source: 'article', quote: 'Something' }];
  const event = (id: string, date: string, title: string, track: string, extra = {}) => ({
    id,
    date,
    title,
    summary: `${title}.`,
    track,
    citations: cite,
    ...extra,
  });
  data.events.push(
    event('nk-test', '2006-10-09', 'North Korean nuclear test', 'security', { context: true }),
    event(
      'putin-letter',
      '2007-03',
      'Letter from Putin on the northern territories and energy cooperation',
      'diplomacy',
    ),
    event('g8', '2007-06-06', 'G-8 summit at Heiligendamm', 'diplomacy', { end: '2007-06-08' }),
    event('abe-putin', '2007-06-08', 'Abe & Putin meet <on the margins>', 'diplomacy'),
    event('missile-defense', '2007~', 'Missile defence talks', 'security'),
    ...[1, 2, 3, 4, 5].map((i) =>
      event(`patrol-${i}`, '2007-02-09', `Bomber patrol near the Izu islands ${i}`, 'security'),
    ),
    event('quake', '2011-03-11', 'Great East Japan earthquake', 'diplomacy'),
  );
  return data;
}

describe('golden SVG snapshots of the layout', () => {
  const fixture = validateTimeline(fixtureData());
  const synthetic = validateTimeline(syntheticTimeline(40));

  it('start from valid data', () => {
    expect(fixture.errors).toEqual([]);
    expect(synthetic.errors).toEqual([]);
  });

  const views = [
    { name: '1280-overview', width: 1280, k: 1, from: INITIAL.start },
    { name: '375-overview', width: 375, k: 1, from: INITIAL.start },
    { name: '1280-zoom8', width: 1280, k: 8, from: dayNumber(2007, 1, 1) },
  ];
  const cases = [
    { data: 'fixture', result: fixture },
    { data: 'synthetic40', result: synthetic, zoomFrom: dayNumber(2009, 1, 1) },
  ];
  for (const { data, result, zoomFrom } of cases) {
    for (const view of views) {
      const name = `layout-${data}-${view.name}`;
      it(name, () => {
        if (!result.ok) throw new Error('invalid data');
        const timeline = result.timeline;
        const titles = new Map(timeline.events.map((e) => [e.id, e.title]));
        const metrics = metricsAt(view.width);
        const toX = toXAt(view.width, view.k);
        const layout = layoutAt(timeline, view.width, view.k);
        const from = view.k > 1 ? (zoomFrom ?? view.from) : view.from;
        const svg = layoutToSvg(layout, {
          width: view.width,
          metrics,
          left: toX.a * from + toX.b,
          text: (id) => titles.get(id) ?? id,
          title: `${timeline.title}, ${view.width}px, zoom ×${view.k}`,
        });
        expectSvgSnapshot(svg, name);
      });
    }
  }
});

describe('layoutToSvg', () => {
  it('rounds every number to one decimal, without -0', () => {
    expect(round1(1.2345)).toBe('1.2');
    expect(round1(-0.04)).toBe('0');
    expect(round1(2.25)).toBe('2.3');
    expect(round1(1e-12)).toBe('0');
  });

  it('is deterministic and writes no number with more than one decimal', () => {
    const timeline = buildTimeline(syntheticTimeline(200));
    const metrics = metricsAt(1280);
    const svg = layoutToSvg(layoutAt(timeline, 1280, 2), { width: 1280, metrics, left: 333.333 });
    expect(svg).toBe(
      layoutToSvg(layoutAt(timeline, 1280, 2), { width: 1280, metrics, left: 333.333 }),
    );
    const attributes = [...svg.matchAll(/="(-?[\d.]+)"/g)].map((match) => match[1]!);
    expect(attributes.length).toBeGreaterThan(100);
    for (const value of attributes) expect(value).toMatch(/^-?\d+(\.\d)?$/);
  });

  it('escapes text and draws only items reaching into the view', () => {
    const timeline = buildTimeline(fixtureData());
    const metrics = metricsAt(1280);
    const toX = toXAt(1280, 8);
    const svg = layoutToSvg(layoutAt(timeline, 1280, 8), {
      width: 1280,
      metrics,
      left: toX.a * dayNumber(2007, 1, 1) + toX.b,
      text: (id) => (id === 'abe-putin' ? 'Abe & Putin "meet" <here>' : id),
      title: 'a < b',
    });
    expect(svg).toContain('>Abe &amp; Putin &quot;meet&quot; &lt;here&gt;</text>');
    expect(svg).toContain('<title>a &lt; b</title>');
    // The October 2006 test lies wholly left of a view starting in January 2007.
    expect(svg).not.toContain('nk-test');
    expect(svg).toMatch(/data-track="security"[^>]*data-earlier="1"/);
    expect(svg).toMatch(/data-track="diplomacy"[^>]*data-later="1"/);
  });
});
