// Event items and cluster badges as real <button>s positioned over the plot: native focus,
// keyboard activation and accessible names for free, and CSS text truncation. Keyed join:
// an item keeps its element (and focus) while it stays on screen.
import { select, type Selection } from 'd3-selection';
import type { PlacedEvent, PlacedItem } from '../layout/pack';
import type { EventLookup, TimelineEvent } from '../model/timeline';
import { placeLabel } from './edges';
import { badgeWidthFor } from '../layout/metrics';

export interface ItemView {
  item: PlacedItem;
  /** stretch of the cached layout to the current zoom (≥ 1): positions and bars scale, labels do not */
  scale: number;
  /** screen position of the item's box */
  x: number;
  y: number;
  trackIndex: number;
}

export interface ItemLabels {
  event: (event: TimelineEvent) => string;
  cluster: (count: number, first: TimelineEvent, last: TimelineEvent) => string;
  clusterText: (count: number) => string;
}

export interface ItemsContext {
  eventById: EventLookup;
  labels: ItemLabels;
  selectedId: string | null;
  /** the one item in the tab order (roving tabindex) */
  focusKey: string | null;
  /** width of the plot, whose edges cut items */
  plotWidth: number;
  /**
   * The event the keys moved to, when a cluster stands in for it (the roving focus is on the
   * cluster): the cluster is named by it first, so a screen reader says which event it is.
   */
  heldEvent: TimelineEvent | null;
  /** id of the element naming a lane, which describes the lane's items */
  laneLabelId: (trackIndex: number) => string;
  /**
   * The language of the data's titles when the interface's is another (null when alike). It
   * marks the visible title only: the marker's name joins the title to a date written in the
   * interface's language, and one name cannot be in two.
   */
  textLanguage: string | null;
}

/**
 * Screen x of an item's box, when the layout it comes from is stretched by `scale` (≥ 1) and
 * panned by `tx`: a mark moves with its days (a point stays centred on its day); a label keeps
 * its size and its place beside the mark.
 */
export function itemScreenX(
  item: PlacedItem,
  scale: number,
  tx: number,
  markRadius: number,
): number {
  if (item.kind === 'cluster') return item.left * scale + tx;
  const markStart = item.bar
    ? item.markX * scale + tx
    : (item.markX + markRadius) * scale - markRadius + tx;
  return markStart - (item.markX - item.left);
}

/** Screen extent [from, to] of an event's mark, given its box at screen x `x`. */
export function markExtent(
  item: PlacedEvent,
  x: number,
  scale: number,
  markRadius: number,
): [number, number] {
  const from = x + item.markX - item.left;
  return [from, from + (item.bar ? (item.x1 - item.x0) * scale : 2 * markRadius)];
}

function describeByLane(button: HTMLElement, trackIndex: number, ctx: ItemsContext): void {
  const id = ctx.laneLabelId(trackIndex);
  if (button.getAttribute('aria-describedby') !== id) button.setAttribute('aria-describedby', id);
}

/** Narrowest event label worth drawing at an edge: a few letters and the ellipsis. */
const MIN_EDGE_LABEL = 28;

/** A cluster is named by its first member (see PlacedCluster.id). */
const clusterKey = (firstId: string): string => `cluster:${firstId}`;

export const itemKey = (item: PlacedItem): string =>
  item.kind === 'cluster' ? clusterKey(item.id) : item.id;

function fillEvent(
  button: HTMLButtonElement,
  view: ItemView & { item: { kind: 'event' } },
  ctx: ItemsContext,
): void {
  const { item } = view;
  const event = ctx.eventById(item.id);
  if (!event) return;
  button.className = [
    'ct-item',
    item.bar ? 'ct-bar' : 'ct-point',
    event.start.precision !== 'day' && !event.end ? 'ct-fuzzy' : '',
    event.start.approximate || event.end?.approximate ? 'ct-approx' : '',
    event.context ? 'ct-background' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const fresh = button.dataset.eventId !== item.id;
  button.dataset.eventId = item.id;
  button.dataset.track = String(view.trackIndex);
  describeByLane(button, view.trackIndex, ctx);
  if (fresh || !button.hasAttribute('aria-label'))
    button.setAttribute('aria-label', ctx.labels.event(event));
  button.setAttribute('aria-pressed', String(ctx.selectedId === item.id));
  const mark = button.querySelector<HTMLElement>('.ct-mark');
  const label = button.querySelector<HTMLElement>('.ct-label');
  // Beside its label when the label went left of it (see flipLabel in pack.ts).
  const markOffset = item.markX - item.left;
  if (mark) {
    mark.style.width = item.bar ? `${Math.max(2, (item.x1 - item.x0) * view.scale)}px` : '';
    mark.style.left = markOffset === 0 ? '' : `${markOffset}px`;
  }
  if (label) {
    if (label.textContent !== event.title) label.textContent = event.title;
    if (fresh && ctx.textLanguage !== null) label.lang = ctx.textLanguage;
    const labelLeft = item.labelX - item.left;
    const labelWidth = Math.ceil(item.labelWidth) + 1;
    const placed = placeLabel(
      view.x,
      // A label left of its mark may not slide over the mark at the left edge.
      markOffset > 0 ? labelLeft + labelWidth : itemWidth(view),
      labelLeft,
      labelWidth,
      ctx.plotWidth,
      MIN_EDGE_LABEL,
    );
    label.style.left = `${placed.left}px`;
    label.style.width = `${placed.width}px`;
    // (An event whose mark has left the screen is not drawn at all: see render in timeline.ts.)
    label.classList.toggle('ct-cut', placed.hidden);
  }
}

/**
 * Where a cluster's badge goes when the cluster is cut by an edge (see edges.ts): narrowed to
 * the room left, down to the count alone.
 */
function badgePlacement(view: ItemView & { item: { kind: 'cluster' } }, ctx: ItemsContext) {
  const { item } = view;
  return placeLabel(
    view.x,
    (item.right - item.left) * view.scale,
    0,
    item.badgeWidth,
    ctx.plotWidth,
    Math.min(item.badgeWidth, badgeWidthFor(String(item.members.length))),
  );
}

function fillCluster(
  button: HTMLButtonElement,
  view: ItemView & { item: { kind: 'cluster' } },
  ctx: ItemsContext,
): number {
  const { item } = view;
  const first = ctx.eventById(item.members[0] ?? '');
  const last = ctx.eventById(item.members[item.members.length - 1] ?? '');
  button.className = 'ct-cluster';
  button.dataset.count = String(item.members.length);
  // The first member names the cluster; the whole member list stays on the bound datum (see
  // clusterMembers): zoomed out, a cluster holds thousands of events, too many for an attribute.
  button.dataset.clusterId = item.id;
  button.dataset.track = String(view.trackIndex);
  describeByLane(button, view.trackIndex, ctx);
  const held = ctx.focusKey === itemKey(item) ? ctx.heldEvent : null;
  // Formatting dates is the costly part of a redraw: only when the cluster's label changes.
  const labelKey = `${item.members.length}|${first?.id ?? ''}|${last?.id ?? ''}|${held?.id ?? ''}`;
  if (first && last && button.dataset.labelKey !== labelKey) {
    button.dataset.labelKey = labelKey;
    const label = ctx.labels.cluster(item.members.length, first, last);
    button.setAttribute('aria-label', held ? `${ctx.labels.event(held)} (${label})` : label);
  }
  const badge = button.querySelector<HTMLElement>('.ct-badge');
  const extent = button.querySelector<HTMLElement>('.ct-extent');
  // The whole button (the badge is its hit area) moves; the extent stays where its days are.
  const placed = badgePlacement(view, ctx);
  const shift = placed.hidden ? 0 : placed.left;
  if (badge) {
    // Cut by an edge, a badge too narrow for "2 events" shows "2" (the name says it all).
    const whole = placed.hidden || placed.width >= item.badgeWidth;
    const text = whole ? ctx.labels.clusterText(item.members.length) : String(item.members.length);
    if (badge.textContent !== text) badge.textContent = text;
    badge.style.width = `${whole ? item.badgeWidth : placed.width}px`;
    badge.classList.toggle('ct-cut', placed.hidden);
  }
  if (extent) {
    // A cluster that starts after its first member (pushed right by its neighbour) draws its
    // extent from its own left edge, never under the neighbour.
    const from = Math.max(0, (item.x0 - item.left) * view.scale);
    extent.style.left = `${from - shift}px`;
    extent.style.width = `${Math.max(2, (item.x1 - item.left) * view.scale - from)}px`;
  }
  return shift;
}

export function renderItems(
  layer: HTMLElement,
  views: readonly ItemView[],
  ctx: ItemsContext,
): Selection<HTMLButtonElement, ItemView, HTMLElement, unknown> {
  return select(layer)
    .selectAll<HTMLButtonElement, ItemView>('button.ct-item, button.ct-cluster')
    .data(views, (d) => itemKey(d.item))
    .join(
      (enter) =>
        enter.append('button').each(function (d) {
          this.type = 'button';
          if (d.item.kind === 'cluster') {
            this.append(span('ct-extent'), span('ct-badge'));
          } else {
            this.append(span('ct-mark'), span('ct-label'));
          }
        }),
      (update) => update,
      // Leaving items stay until the caller has moved focus (see removeExiting), so focus never
      // passes through <body> when the focused marker leaves the screen.
      (exit) => exit.classed('ct-exiting', true).attr('tabindex', -1),
    )
    .each(function (d) {
      let shift = 0;
      if (d.item.kind === 'cluster')
        shift = fillCluster(this, d as ItemView & { item: { kind: 'cluster' } }, ctx);
      else fillEvent(this, d as ItemView & { item: { kind: 'event' } }, ctx);
      this.style.transform = `translate(${Math.round(d.x + shift)}px, ${Math.round(d.y)}px)`;
      this.style.width = `${Math.ceil(itemWidth(d))}px`;
      this.tabIndex = ctx.focusKey === itemKey(d.item) ? 0 : -1;
    });
}

function span(className: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.setAttribute('aria-hidden', 'true');
  return s;
}

/** The item's box at the current zoom: a bar stretches with the view, a label does not. */
function itemWidth({ item, scale }: ItemView): number {
  // A cluster's hit area is its badge; its extent bar overflows without catching the pointer,
  // so the marks drawn under it stay reachable.
  if (item.kind === 'cluster') return item.badgeWidth;
  if (!item.bar) return item.right - item.left;
  return Math.max(item.markX - item.left + (item.x1 - item.x0) * scale, item.right - item.left);
}

/** The event ids of a cluster badge drawn by renderItems, or undefined for other elements. */
export function clusterMembers(element: Element): readonly string[] | undefined {
  if (!element.classList.contains('ct-cluster')) return undefined;
  const view = select<Element, ItemView | undefined>(element).datum();
  return view?.item.kind === 'cluster' ? view.item.members : undefined;
}

/** Removes the items the last renderItems marked as leaving. */
export function removeExiting(layer: HTMLElement): void {
  for (const node of layer.querySelectorAll('.ct-exiting')) node.remove();
}
