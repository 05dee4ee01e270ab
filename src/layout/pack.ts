// Label packing for one lane: every event gets a row where its mark and label fit without
// touching anything else in that row; when no row has room, the event joins a cluster badge.
// Every event comes out exactly once: as its own item or as a member of exactly one cluster.
// Pure: plain numbers in, plain data out, so it is unit-tested and snapshotted.

export interface PackInput {
  id: string;
  /** pixel position of the first day covered */
  x0: number;
  /** pixel position just after the last day covered */
  x1: number;
  /** natural width of the label text in pixels */
  labelWidth: number;
}

export interface PackMetrics {
  /** a point mark's radius; marks narrower than 2r are drawn as points */
  markRadius: number;
  /** space between a mark and its label, and inside a bar before its label */
  labelGap: number;
  /** labels longer than this are truncated with an ellipsis */
  maxLabelWidth: number;
  /** minimum free space between two items in a row */
  itemGap: number;
  /** rows available in the lane */
  maxRows: number;
  /**
   * a cluster takes members only this far (pixels) from its first member's start, unless it
   * already reaches over them
   */
  maxClusterSpan: number;
  /** width of a cluster badge showing `count` */
  badgeWidth: (count: number) => number;
  /**
   * Where the world ends (the furthest the view can pan). A label that would run past it goes
   * left of its mark when a row has room there, so the last events are not cut by the edge.
   */
  worldRight?: number;
}

export interface PlacedEvent {
  kind: 'event';
  id: string;
  row: number;
  /** item box, mark and label included */
  left: number;
  right: number;
  /** whether the mark is a bar (range or imprecise date) rather than a point */
  bar: boolean;
  x0: number;
  x1: number;
  /** where the mark starts: `left`, unless the label goes left of the mark */
  markX: number;
  /** where the label starts and how wide it may be drawn */
  labelX: number;
  labelWidth: number;
}

export interface PlacedCluster {
  kind: 'cluster';
  /** stable across redraws: the first member's id */
  id: string;
  row: number;
  left: number;
  right: number;
  members: string[];
  /** centre of each member's mark (same order as `members`), for the canvas ticks and hit testing */
  memberCentres: number[];
  /** extent of the members' marks, for zooming into the cluster */
  x0: number;
  x1: number;
  badgeWidth: number;
}

export type PlacedItem = PlacedEvent | PlacedCluster;

export interface LanePacking {
  items: PlacedItem[];
  rowsUsed: number;
}

/** A lane's events as columns, so the hot path allocates nothing per event. */
export interface PackColumns {
  count: number;
  ids: readonly string[];
  /** pixel position of the first day covered */
  x0: ArrayLike<number>;
  /** pixel position just after the last day covered */
  x1: ArrayLike<number>;
  /** natural label width of event i, asked only when the event gets a row of its own */
  labelWidth: (i: number) => number;
}

function placeEvent(c: PackColumns, i: number, row: number, m: PackMetrics): PlacedEvent {
  const x0 = c.x0[i] ?? 0;
  const x1 = c.x1[i] ?? x0;
  const id = c.ids[i] ?? '';
  const bar = x1 - x0 >= 2 * m.markRadius;
  const labelWidth = Math.max(0, Math.min(c.labelWidth(i), m.maxLabelWidth));
  if (bar) {
    const labelX = x0 + m.labelGap;
    return {
      kind: 'event',
      id,
      row,
      left: x0,
      right: Math.max(x1, labelX + labelWidth + m.labelGap),
      bar,
      x0,
      x1,
      markX: x0,
      labelX,
      labelWidth,
    };
  }
  const x = (x0 + x1) / 2;
  const labelX = x + m.markRadius + m.labelGap;
  return {
    kind: 'event',
    id,
    row,
    left: x - m.markRadius,
    right: labelX + labelWidth,
    bar,
    x0,
    x1,
    markX: x - m.markRadius,
    labelX,
    labelWidth,
  };
}

/** A label moved left of its mark is worth it from this width on (a word and the ellipsis). */
const MIN_MOVED_LABEL = 48;

/**
 * The same event with its label left of its mark (a bar's label outside it), in the first row
 * with room for the whole label there, else in the row with the most room, the label shortened
 * to it; undefined when no row has room for a short label.
 */
function flipLabel(
  placed: PlacedEvent,
  rowRight: readonly number[],
  m: PackMetrics,
): PlacedEvent | undefined {
  const { markX } = placed;
  let row = -1;
  let room = 0;
  for (let r = 0; r < m.maxRows; r++) {
    const before = rowRight[r];
    const free = markX - m.labelGap - (before === undefined ? -Infinity : before + m.itemGap);
    if (free > room) {
      row = r;
      room = free;
    }
    if (free >= placed.labelWidth) break;
  }
  const labelWidth = Math.min(placed.labelWidth, room);
  if (row < 0 || labelWidth < Math.min(placed.labelWidth, MIN_MOVED_LABEL)) return undefined;
  const labelX = markX - m.labelGap - labelWidth;
  const right = placed.bar ? placed.x1 : markX + 2 * m.markRadius;
  return { ...placed, row, left: labelX, right, labelX, labelWidth };
}

/** First row whose last item ends at least an item gap before `left`, or -1. */
function freeRow(rowRight: readonly number[], left: number, m: PackMetrics): number {
  for (let r = 0; r < m.maxRows; r++) {
    const right = rowRight[r];
    if (right === undefined || right + m.itemGap <= left) return r;
  }
  return -1;
}

/** Packs one lane given as a list of inputs (see packColumns). */
export function packLane(inputs: readonly PackInput[], m: PackMetrics): LanePacking {
  return packColumns(
    {
      count: inputs.length,
      ids: inputs.map((d) => d.id),
      x0: inputs.map((d) => d.x0),
      x1: inputs.map((d) => d.x1),
      labelWidth: (i) => inputs[i]?.labelWidth ?? 0,
    },
    m,
  );
}

/**
 * Packs one lane. `inputs` must be sorted by x0 (the model sorts events once).
 * Greedy first-fit by row; an event that fits nowhere joins the cluster ending the row that
 * frees up first (turning a lone event there into a cluster). A cluster takes members only
 * within `maxClusterSpan` pixels of its first one, so dense data makes a row of local clusters
 * rather than one endless chain; a new cluster starts just after the blocking item, unless
 * the event lies wholly under a big cluster reaching far past it, which then takes it. Only the
 * last item of a row ever changes, so earlier placements stay valid and no two items in a row
 * overlap. Labels are measured lazily: only events that get a row of their own need a width.
 * No cluster stands for a single event.
 */
export function packColumns(c: PackColumns, m: PackMetrics): LanePacking {
  const rows: PlacedItem[][] = [];
  const rowRight: number[] = [];
  const maxSpan = m.maxClusterSpan;
  for (let i = 0; i < c.count; i++) {
    const x0 = c.x0[i] ?? 0;
    const x1 = c.x1[i] ?? x0;
    const id = c.ids[i] ?? '';
    const bar = x1 - x0 >= 2 * m.markRadius;
    const left = bar ? x0 : (x0 + x1) / 2 - m.markRadius;
    // Near the world's end (a cheap bound first: labels are measured lazily), a label that
    // would run past it goes left of its mark, in a row with room there.
    if (
      m.worldRight !== undefined &&
      // The furthest its label could reach, before measuring it.
      Math.max(x1, left + 2 * m.markRadius + 2 * m.labelGap + m.maxLabelWidth) > m.worldRight &&
      // Dense data near the end leaves no row any room left of the mark: nothing to measure.
      freeRow(rowRight, left - m.labelGap, m) >= 0
    ) {
      const placed = placeEvent(c, i, 0, m);
      const flipped = placed.right > m.worldRight ? flipLabel(placed, rowRight, m) : undefined;
      if (flipped) {
        (rows[flipped.row] ??= []).push(flipped);
        rowRight[flipped.row] = flipped.right;
        continue;
      }
    }
    const row = freeRow(rowRight, left, m);
    if (row >= 0) {
      const placed = placeEvent(c, i, row, m);
      (rows[row] ??= []).push(placed);
      rowRight[row] = placed.right;
      continue;
    }
    let target = 0;
    for (let r = 1; r < rows.length; r++)
      if ((rowRight[r] ?? 0) < (rowRight[target] ?? 0)) target = r;
    const rowItems = (rows[target] ??= []);
    const last = rowItems[rowItems.length - 1];
    let cluster: PlacedCluster;
    // A lone event or a small cluster always takes the newcomer (a cluster of one would say less
    // than the event itself); a big cluster grows only within maxSpan, so dense data gives a row
    // of local clusters, not one endless chain.
    if (last && (last.kind === 'event' || last.members.length < 8 || x0 - last.x0 <= maxSpan)) {
      if (last.kind === 'cluster') {
        cluster = last;
      } else {
        // From its mark: a label moved left of it (see flipLabel) is not part of the cluster.
        cluster = newCluster(last.id, last.row, last.markX, last.x0, last.x1);
        rowItems[rowItems.length - 1] = cluster;
      }
      cluster.members.push(id);
      cluster.memberCentres.push((x0 + x1) / 2);
    } else if (
      last &&
      (rowRight[target] ?? left) + m.itemGap - left > maxSpan &&
      x1 <= (rowRight[target] ?? x1)
    ) {
      // The big cluster ending the row reaches far past this event, which lies wholly under
      // it: a badge of its own would sit weeks or a year after its date, so that cluster takes
      // it. Without growing: its reach only ever grows by an event that starts a badge of its
      // own below, so clusters do not chain across the lane.
      cluster = last;
      cluster.members.push(id);
      cluster.memberCentres.push((x0 + x1) / 2);
    } else {
      // Just after the blocking item: within maxSpan of this event's mark, or within its own
      // period (a long bar reaching out from under a cluster).
      const start = Math.max(left, (rowRight[target] ?? left) + m.itemGap);
      cluster = newCluster(id, target, start, x0, x1);
      rowItems.push(cluster);
    }
    reachTo(cluster, x1, m);
    rowRight[target] = cluster.right;
  }
  for (const rowItems of rows) absorbLoneClusters(rowItems, m);
  const items = rows.flat().sort((a, b) => a.left - b.left || a.row - b.row);
  return { items, rowsUsed: rows.length };
}

/**
 * A cluster that no second event joined would read "1 event" beside its neighbour: its event
 * joins the cluster it was started after instead (always a big one, in the same row). The
 * merged cluster ends no further right than the lone one did, so no overlap is made: the lone
 * one started at least an item gap after its neighbour's end, and a badge grows by less than
 * a one-event badge and a gap when it gains a member. One pass, compacting the row in place.
 */
function absorbLoneClusters(rowItems: PlacedItem[], m: PackMetrics): void {
  let kept = 0;
  for (const item of rowItems) {
    const before = rowItems[kept - 1];
    if (item.kind === 'cluster' && item.members.length === 1 && before?.kind === 'cluster') {
      before.members.push(...item.members);
      before.memberCentres.push(...item.memberCentres);
      reachTo(before, item.x1, m);
    } else {
      rowItems[kept++] = item;
    }
  }
  rowItems.length = kept;
}

/** After members joined: the extent reaches `x1`, the badge fits the count, the right edge both. */
function reachTo(cluster: PlacedCluster, x1: number, m: PackMetrics): void {
  cluster.x1 = Math.max(cluster.x1, x1);
  cluster.badgeWidth = m.badgeWidth(cluster.members.length);
  cluster.right = Math.max(cluster.left + cluster.badgeWidth, cluster.x1);
}

function newCluster(
  firstId: string,
  row: number,
  left: number,
  x0: number,
  x1: number,
): PlacedCluster {
  return {
    kind: 'cluster',
    id: firstId,
    row,
    left,
    right: left,
    members: [firstId],
    memberCentres: [(x0 + x1) / 2],
    x0,
    x1,
    badgeWidth: 0,
  };
}

/** Events represented by a packing: ids of placed events plus all cluster members. */
export function representedIds(packing: LanePacking): string[] {
  return packing.items.flatMap((item) => (item.kind === 'cluster' ? item.members : [item.id]));
}
