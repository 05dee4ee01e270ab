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
  /** width of a cluster badge showing `count` */
  badgeWidth: (count: number) => number;
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

function placeEvent(input: PackInput, row: number, m: PackMetrics): PlacedEvent {
  const bar = input.x1 - input.x0 >= 2 * m.markRadius;
  const labelWidth = Math.max(0, Math.min(input.labelWidth, m.maxLabelWidth));
  if (bar) {
    const labelX = input.x0 + m.labelGap;
    return {
      kind: 'event',
      id: input.id,
      row,
      left: input.x0,
      right: Math.max(input.x1, labelX + labelWidth + m.labelGap),
      bar,
      x0: input.x0,
      x1: input.x1,
      labelX,
      labelWidth,
    };
  }
  const x = (input.x0 + input.x1) / 2;
  const labelX = x + m.markRadius + m.labelGap;
  return {
    kind: 'event',
    id: input.id,
    row,
    left: x - m.markRadius,
    right: labelX + labelWidth,
    bar,
    x0: input.x0,
    x1: input.x1,
    labelX,
    labelWidth,
  };
}

function clusterOf(
  first: PlacedEvent | PlacedCluster,
  next: PackInput,
  m: PackMetrics,
): PlacedCluster {
  const members = first.kind === 'cluster' ? [...first.members, next.id] : [first.id, next.id];
  const x0 = Math.min(first.x0, next.x0);
  const x1 = Math.max(first.x1, next.x1);
  const badgeWidth = m.badgeWidth(members.length);
  return {
    kind: 'cluster',
    id: first.id,
    row: first.row,
    left: first.left,
    right: Math.max(first.left + badgeWidth, x1),
    members,
    x0,
    x1,
    badgeWidth,
  };
}

/**
 * Packs one lane. `inputs` must be sorted by x0 (the model sorts events once).
 * Greedy first-fit by row; an event that fits nowhere merges with the item that blocks the row
 * freeing up soonest, turning it into (or growing) a cluster. Only the last item of a row is
 * ever changed, so earlier placements stay valid and no two items in a row overlap.
 */
export function packLane(inputs: readonly PackInput[], m: PackMetrics): LanePacking {
  const rows: PlacedItem[][] = [];
  const rowRight: number[] = [];
  for (const input of inputs) {
    const candidate = placeEvent(input, 0, m);
    let row = -1;
    for (let r = 0; r < m.maxRows; r++) {
      const right = rowRight[r];
      if (right === undefined || right + m.itemGap <= candidate.left) {
        row = r;
        break;
      }
    }
    if (row >= 0) {
      const placed = { ...candidate, row };
      (rows[row] ??= []).push(placed);
      rowRight[row] = placed.right;
      continue;
    }
    // No room: merge into the last item of the row that frees up first.
    let target = 0;
    for (let r = 1; r < rows.length; r++)
      if ((rowRight[r] ?? 0) < (rowRight[target] ?? 0)) target = r;
    const rowItems = (rows[target] ??= []);
    const last = rowItems.pop();
    const merged = last ? clusterOf(last, input, m) : { ...candidate, row: target };
    rowItems.push(merged);
    rowRight[target] = merged.right;
  }
  const items = rows.flat().sort((a, b) => a.left - b.left || a.row - b.row);
  return { items, rowsUsed: rows.length };
}

/** Events represented by a packing: ids of placed events plus all cluster members. */
export function representedIds(packing: LanePacking): string[] {
  return packing.items.flatMap((item) => (item.kind === 'cluster' ? item.members : [item.id]));
}
