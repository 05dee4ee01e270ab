// createTimeline: the orchestrator. It reads like a table of contents:
//   data → validated timeline (model/) → lanes index (layout/) → base scale (scales/)
//   d3-zoom owns the view transform → on each frame: rescaled scale → cached layout for the
//   zoom level → visible items → render axis, items, overview (render/).
// Redraws are coalesced to one per animation frame; layout is recomputed only when the zoom
// level or the width changes, never while panning.
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { checkTimeline, formatError, type ValidationError } from './model/check';
import type { TimelineData } from './model/schema';
import { eventLookup, type Timeline, type TimelineEvent } from './model/timeline';
import { textLanguages } from './model/language';
import {
  civilFromDayNumber,
  dayNumber,
  daysInMonth,
  dayToDate,
  dateToDay,
  parseCalendarDate,
  firstDay,
  lastDay,
  type CalendarDate,
} from './model/dates';
import {
  createBaseScale,
  dayToXOf,
  domainDates,
  domainDays,
  type DayRange,
  type TimeScale,
} from './scales/time';
import {
  indexLanes,
  laneHeight,
  layoutLane,
  visibleItems,
  rowTop,
  type Layout,
} from './layout/layout';
import { canvasTextMeasurer } from './layout/measure';
import { createLayoutCache } from './layout/cache';
import {
  AXIS_HEIGHT,
  OVERVIEW_HEIGHT,
  TOOLBAR_HEIGHT,
  LABEL_FONT,
  AXIS_MINOR_FONT,
  AXIS_MAJOR_FONT,
  OVERVIEW_YEAR_FONT,
  metricsFor,
} from './layout/metrics';
import { renderAxis } from './render/axis';
import {
  renderItems,
  removeExiting,
  itemKey,
  itemScreenX,
  markExtent,
  type ItemView,
} from './render/items';
import { createOverview, type Overview } from './render/overview';
import { attachGestures, zoomFilter, zoomWheelDelta } from './interaction/gestures';
import { createZoomAnimator } from './interaction/animate';
import { formatEventDate, formatCalendarDate, usableLocale } from './format/dates';
import { stringsFor, type UiStrings } from './format/strings';
import { createEmitter, type Listener } from './emitter';
import { createCard, type VisibleArea } from './render/card';
import { createPanel, type PanelReveal } from './render/lazy-panel';
import { createDenseLayer } from './render/dense';
import { renderEventList } from './render/list';
import { el, button, inLanguage } from './render/dom';
import { attachPointer } from './interaction/pointer';
import { attachKeys } from './interaction/keys';
import { revealVertically } from './interaction/reveal';
import { readHashParam, hashRequest, writeHashParam, linkWith } from './interaction/deeplink';
import { loadSourceText } from './data/load';

export type DateInput = string | Date;

export interface TimelineOptions {
  /**
   * visible range at load: [start, end] as calendar dates ("2007-01", "2011-03-31") or Dates.
   * Default: the main period (every event but the `context` ones), in whole months when it
   * spans a year or more, else centred in at least a month.
   */
  initialRange?: [DateInput, DateInput];
  /** BCP 47 locale for dates and interface strings; default en-GB */
  locale?: string;
  /** minimum height in pixels; by default the height fits the content */
  height?: number;
  /** rows per lane before neighbours are grouped into clusters; default 3 */
  maxRows?: number;
  /** URL of the data file: source texts (`file`) are resolved against it; default the page */
  sourceBase?: string | URL;
  /** hash parameter for deep links (`#event=<id>`); false turns deep links off; default 'event' */
  hashParam?: string | false;
  /**
   * whether a deep link in the address at load scrolls the page to the timeline, as an anchor
   * would; default true (false for a timeline remade by a script, which must not move the page)
   */
  revealLink?: boolean;
  /** colour scheme: 'auto' follows prefers-color-scheme; default 'light' */
  theme?: 'auto' | 'light' | 'dark';
  /** heading level of event titles in the list view and panel, to fit the host's outline; default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * the address "Copy link" in the panel copies for an event; when absent or null, this page's
   * address with `#<hashParam>=<id>` (or the page's address when deep links are off)
   */
  linkTo?: (id: string) => string | null;
  /**
   * The part of the window the reader sees, when it is not the whole window: a frame sized to
   * its content, whose host shows only a slice of it (embed.html is told it by embed.js). Cards
   * are placed inside it. Null: the whole window.
   */
  visibleArea?: () => VisibleArea | null;
}

export interface ZoomInfo {
  /** first visible calendar day, ISO `YYYY-MM-DD` */
  start: string;
  /** last visible calendar day, ISO `YYYY-MM-DD` */
  end: string;
  /** zoom factor relative to the initial range */
  k: number;
}

export interface TimelineEventMap {
  select: string | null;
  zoom: ZoomInfo;
  /** the chart or the list view took the other's place */
  view: 'chart' | 'list';
}

export interface TimelineHandle {
  /** the validated, time-sorted timeline being shown */
  readonly timeline: Timeline;
  /** select an event by id (and bring it into view), or clear the selection */
  select(id: string | null): void;
  /** the selected event id */
  selected(): string | null;
  /** show the calendar range from start to end (inclusive) */
  zoomTo(start: DateInput, end: DateInput): void;
  zoomBy(factor: number): void;
  reset(): void;
  /** the visible calendar range */
  visibleRange(): ZoomInfo;
  /** switch between the chart and the list view */
  setView(view: 'chart' | 'list'): void;
  /** colour scheme: 'auto' follows prefers-color-scheme */
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  on<K extends keyof TimelineEventMap>(
    type: K,
    listener: Listener<TimelineEventMap[K]>,
  ): () => void;
  destroy(): void;
}

export class TimelineDataError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(`Invalid timeline data:\n${errors.map(formatError).join('\n')}`);
    this.name = 'TimelineDataError';
  }
}

/** Up to this many events a zoom level is packed in one go (well under a long task). */
const SYNC_LAYOUT_EVENTS = 20_000;
/** How long the width of a big dataset's timeline must stand still before it is re-packed. */
const RESIZE_SETTLE_MS = 150;
/** Below this width the earlier/later buttons show "← 18" rather than "← 18 earlier". */
const NARROW_TOOLBAR = 480;

function toDay(input: DateInput, edge: 'first' | 'last'): number {
  if (input instanceof Date) {
    // Thrown here, not as "Invalid time value" from every frame after.
    if (Number.isNaN(input.getTime())) throw new RangeError('createTimeline: an invalid Date');
    return dateToDay(input);
  }
  const parsed = parseCalendarDate(input);
  if (!parsed.ok) throw new Error(`createTimeline: ${parsed.reason}`);
  return edge === 'first' ? firstDay(parsed.date) : lastDay(parsed.date);
}

function calendarDay(day: number): CalendarDate {
  return { ...civilFromDayNumber(day), precision: 'day', approximate: false };
}

/** The shortest view at load: a month, so that a lone event or a crowd on one day has room. */
const MIN_DEFAULT_DAYS = 30;

interface DayExtent {
  /** last day of any event (context ones included) */
  last: number;
  /** first and last day of the main period: every event but the context ones (all, if none) */
  mainFirst: number;
  mainLast: number;
}

/** One pass over every event: no copy of the list and no spread into Math.min. */
function dayExtent(events: readonly TimelineEvent[]): DayExtent {
  let first = Infinity;
  let last = -Infinity;
  let mainFirst = Infinity;
  let mainLast = -Infinity;
  for (const e of events) {
    first = Math.min(first, e.startDay);
    last = Math.max(last, e.endDay);
    if (!e.context) {
      mainFirst = Math.min(mainFirst, e.startDay);
      mainLast = Math.max(mainLast, e.endDay);
    }
  }
  return mainFirst === Infinity
    ? { last, mainFirst: first, mainLast: last }
    : { last, mainFirst, mainLast };
}

/**
 * The view at load when none is given: the main period (every event but the context ones, which
 * lie before it; a timeline of context events only shows them), from the first event's month to
 * the last one's when it spans a year or more, else centred in at least a month.
 */
export function defaultRange(
  events: readonly TimelineEvent[],
  extent: DayExtent = dayExtent(events),
): DayRange {
  const first = extent.mainFirst;
  const last = extent.mainLast;
  if (events.length === 0) {
    const year = new Date().getUTCFullYear();
    return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) };
  }
  const days = last + 1 - first;
  if (days < 365) {
    const pad = Math.max(0, MIN_DEFAULT_DAYS - days) / 2;
    return { start: first - Math.floor(pad), end: last + 1 + Math.ceil(pad) };
  }
  const from = civilFromDayNumber(first);
  const to = civilFromDayNumber(last);
  return {
    start: dayNumber(from.year, from.month, 1),
    end: dayNumber(to.year, to.month, daysInMonth(to.year, to.month)) + 1,
  };
}

function resolveTimeline(data: TimelineData | Timeline): Timeline {
  if (data.sources instanceof Map) return data as Timeline;
  // Synchronous and schema-library-free; `validate()` explains shape problems in detail.
  const result = checkTimeline(data);
  if (!result.ok) throw new TimelineDataError(result.errors);
  return result.timeline;
}

/**
 * Renders a timeline into `container` and returns its handle. `data` is the JSON document
 * (validated here; invalid data throws TimelineDataError listing every problem) or an already
 * validated Timeline.
 */
export function createTimeline(
  container: HTMLElement,
  data: TimelineData | Timeline,
  options: TimelineOptions = {},
): TimelineHandle {
  const timeline = resolveTimeline(data);
  const locale = usableLocale(options.locale);
  const strings: UiStrings = stringsFor(locale);
  const languages = textLanguages(timeline, locale);
  const maxRows = options.maxRows ?? 3;
  const emitter = createEmitter<TimelineEventMap>();
  const eventById = eventLookup(timeline);
  const lanes = indexLanes(timeline, maxRows);

  const days = dayExtent(timeline.events);
  const initial: DayRange = options.initialRange
    ? {
        start: toDay(options.initialRange[0], 'first'),
        end: toDay(options.initialRange[1], 'last') + 1,
      }
    : defaultRange(timeline.events, days);
  // The view at load and after reset: the initial range with a little air on both sides, so
  // the first and last events are not cut by the edges.
  const air = Math.round((initial.end - initial.start) * 0.025);
  const homeView: DayRange = { start: initial.start - air, end: initial.end + air };
  // Panning reaches every event (context before 2007 included) plus a margin.
  const dataStart = Math.min(initial.start, timeline.events[0]?.startDay ?? initial.start);
  const dataEnd = Math.max(initial.end, days.last + 1);
  const margin = Math.max(30, Math.round((dataEnd - dataStart) * 0.04));
  const extent: DayRange = { start: dataStart - margin, end: dataEnd + margin };

  // DOM scaffold.
  const root = el('div', 'ct-root');
  root.lang = locale;
  const toolbar = el('div', 'ct-toolbar');
  // Named by what it does ("List", "Timeline"), so no pressed state: one that flips with the
  // name would tell a screen reader the opposite of what shows.
  const viewToggle = button('ct-view-toggle', strings.listView);
  const zoomOut = button('ct-zoom-out', '−', strings.zoomOut);
  const zoomIn = button('ct-zoom-in', '+', strings.zoomIn);
  const resetButton = button('ct-reset', strings.reset, strings.resetLabel);
  const earlierButton = button('ct-edge ct-edge-earlier', '');
  const laterButton = button('ct-edge ct-edge-later', '');
  const spacer = el('span', 'ct-toolbar-spacer');
  toolbar.append(viewToggle, earlierButton, spacer, laterButton, zoomOut, zoomIn, resetButton);
  const chart = el('div', 'ct-chart');
  const viewport = el('div', 'ct-viewport');
  viewport.setAttribute('role', 'group');
  viewport.setAttribute('aria-roledescription', strings.timelineRole);
  // The plot holds the focus when a zoom leaves no item on screen, so the keys still work
  // (focus must never fall to <body>). Focusable only while it does: a click on the plot must
  // not take the page's arrow keys.
  const holdFocusOnPlot = () => {
    viewport.tabIndex = -1;
    viewport.focus({ preventScroll: true });
  };
  viewport.addEventListener('blur', () => viewport.removeAttribute('tabindex'));
  const instructionsId = `ct-instructions-${Math.random().toString(36).slice(2, 9)}`;
  const instructions = el('p', 'ct-visually-hidden', strings.instructions);
  instructions.id = instructionsId;
  // The group's description only: hidden, it is not read a second time as a paragraph.
  instructions.hidden = true;
  viewport.setAttribute('aria-describedby', instructionsId);
  const svg = select(viewport).append('svg').attr('class', 'ct-plot').attr('aria-hidden', 'true');
  const lanesLayer = svg.append('g').attr('class', 'ct-lanes');
  const axisLayer = svg.append('g').attr('class', 'ct-axis');
  const itemsLayer = el('div', 'ct-items');
  const laneLabels = el('div', 'ct-lane-labels');
  laneLabels.setAttribute('aria-hidden', 'true');
  // Hidden from the reading order, but each item is described by its lane's label: a screen
  // reader hears which lane ↑ and ↓ moved to.
  const laneLabelId = (trackIndex: number) => `${instructionsId}-lane-${trackIndex}`;
  const hint = el(
    'div',
    'ct-hint',
    /Mac|iPhone|iPad/.test(navigator.platform) ? strings.zoomHintMac : strings.zoomHint,
  );
  hint.setAttribute('aria-hidden', 'true');
  // A 1×1 anchor for the card of a mark drawn on the canvas.
  const probe = el('span', 'ct-probe');
  probe.setAttribute('aria-hidden', 'true');
  // Each lane's name as the description of its items: hidden copies, since the visible labels
  // are upper-cased by CSS and a browser describes with what it shows ("JAPAN–RUSSIA …").
  const laneNames = lanes.map(({ track }, i) => {
    const name = inLanguage(el('span', '', track.label), languages.data);
    name.id = laneLabelId(i);
    name.hidden = true;
    return name;
  });
  // Named by the timeline's title, in the data's language (a hidden copy carries its lang).
  const titleName = inLanguage(el('span', '', timeline.title), languages.data);
  titleName.hidden = true;
  viewport.setAttribute('aria-labelledby', (titleName.id = `${instructionsId}-title`));
  viewport.append(instructions, titleName, ...laneNames, laneLabels, itemsLayer, probe, hint);
  const overviewHost = el('div', 'ct-overview-host');
  chart.append(viewport, overviewHost);
  const listView = el('div', 'ct-list-view');
  listView.hidden = true;
  const live = el('div', 'ct-visually-hidden');
  live.setAttribute('aria-live', 'polite');
  const readerSize = el('span', 'ct-reader-size');
  root.append(toolbar, chart, listView, live, readerSize);
  container.append(root);
  // Labels are measured in the font they are drawn in, which the host page may set.
  const fontFamily = getComputedStyle(root).fontFamily || 'sans-serif';
  // A reader who asked their browser for bigger text gets it where they read (the card, the
  // panel, the list): scaled from the 16px the design assumes, never smaller.
  const readerScale = Math.min(
    3,
    Math.max(1, parseFloat(getComputedStyle(readerSize).fontSize) / 16 || 1),
  );
  readerSize.remove();
  if (readerScale > 1) root.style.setProperty('--_reader-scale', String(readerScale));
  const measure = canvasTextMeasurer(`${LABEL_FONT} ${fontFamily}`, 13);
  const measureAxis = {
    minor: canvasTextMeasurer(`${AXIS_MINOR_FONT} ${fontFamily}`, 11),
    major: canvasTextMeasurer(`${AXIS_MAJOR_FONT} ${fontFamily}`, 12),
  };
  const hashParam = options.hashParam === undefined ? 'event' : options.hashParam;
  const sourceBase = new URL(options.sourceBase ?? document.baseURI, document.baseURI);

  // The plot is as wide as the root's content box (its border is not drawable).
  let width = Math.max(200, root.clientWidth || container.clientWidth || 640);
  let base: TimeScale = createBaseScale(homeView, width);
  let metrics = metricsFor(width, maxRows, strings.clusterText);
  const dense = createDenseLayer(viewport, eventById, (i) => trackColors()[i % 6] ?? '#777');
  itemsLayer.before(dense.canvas);
  let colors: string[] | null = null;
  /** The track colours of the current theme, read once from the stylesheet. */
  function trackColors(): string[] {
    if (!colors) {
      const style = getComputedStyle(root);
      colors = [0, 1, 2, 3, 4, 5].map(
        (i) => style.getPropertyValue(`--_track-${i}`).trim() || '#777',
      );
    }
    return colors;
  }
  let selectedId: string | null = null;
  let focusKey: string | null = null;
  // The event the roving focus stands for, kept while a cluster holds it (a zoom or a stand-in
  // layout can cluster it for a few frames), so that the focus returns to the event's own
  // marker when the cluster splits. Null when the focus is on a cluster for its own sake.
  let focusedEventId: string | null = null;
  function setFocusKey(key: string | null): void {
    focusKey = key;
    focusedEventId = key !== null && !key.startsWith('cluster:') ? key : null;
  }
  // A focus move the next redraw makes (a key or a closed panel asked for it), with the card a
  // keyboard reader gets, or 'quiet' when Escape came before it landed: the focus still moves,
  // without its card.
  let pendingFocus: 'none' | 'with-card' | 'quiet' = 'none';
  let lastZoomAt = -Infinity;
  let frame = 0;
  let destroyed = false;

  // The stylesheet sees only the resolved scheme (data-scheme), so the dark palette is written
  // once; 'auto' follows the reader's system setting as it changes.
  let theme = options.theme ?? 'light';
  const darkQuery =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  function applyTheme(): void {
    root.dataset.scheme =
      theme === 'dark' || (theme === 'auto' && darkQuery?.matches === true) ? 'dark' : 'light';
    // The canvas marks are painted with the palette's colours: read them again.
    colors = null;
  }
  const onSchemeChange = () => {
    applyTheme();
    schedule();
  };
  applyTheme();
  darkQuery?.addEventListener('change', onSchemeChange);

  const zoom = d3zoom<HTMLElement, unknown>()
    .filter(zoomFilter)
    .wheelDelta(zoomWheelDelta)
    .on('zoom', (event: { sourceEvent: unknown }) => {
      lastZoomAt = performance.now();
      // The reader's own wheel or drag takes over: a key's zoom still to be said is not.
      if (event.sourceEvent) cancelViewSay();
      schedule();
    });
  const viewportSel = select<HTMLElement, unknown>(viewport);
  const animator = createZoomAnimator(viewportSel, zoom);

  function applyZoomLimits(): void {
    const x0 = base(dayToDate(extent.start));
    const x1 = base(dayToDate(extent.end));
    const minK = Math.min(1, width / (x1 - x0));
    const maxK = Math.max(
      1,
      width / (base(dayToDate(initial.start + 5)) - base(dayToDate(initial.start))),
    );
    zoom
      .scaleExtent([minK, maxK])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [x0, 0],
        [x1, 1],
      ]);
  }
  applyZoomLimits();
  viewportSel.call(zoom).on('dblclick.zoom', null);

  const overview: Overview = createOverview(overviewHost, timeline.events, {
    height: OVERVIEW_HEIGHT,
    label: strings.overviewLabel,
    locale,
    windowLabel: strings.overviewWindow,
    describeWindow: (startDay, endDay) => {
      const first = Math.floor(startDay);
      const last = Math.max(first, Math.ceil(endDay) - 1);
      return formatEventDate({ start: calendarDay(first), end: calendarDay(last) }, locale);
    },
    measureYear: canvasTextMeasurer(`${OVERVIEW_YEAR_FONT} ${fontFamily}`, 10),
    onWindow: (startDay, endDay) => zoomToDays(startDay, endDay, false, true),
  });

  function fullScale(): TimeScale {
    return createBaseScale(extent, width);
  }

  function transform(): ZoomTransform {
    return zoomTransform(viewport);
  }

  function currentScale(): TimeScale {
    return transform().rescaleX(base);
  }

  function schedule(): void {
    if (frame || destroyed) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  const layouts = createLayoutCache(
    lanes.length,
    (k, lane) => {
      const toX = dayToXOf(base);
      return layoutLane(lanes, lane, { a: toX.a * k, b: toX.b * k }, measure, metrics, extent.end);
    },
    () => schedule(),
  );

  /** The exact layout for zoom factor k (synchronous when not cached). */
  function layoutFor(k: number): Layout {
    return layouts.get(k, 'exact').layout;
  }

  /**
   * Lane bands and labels and the plot's size. Every lane reserves its rows, so they are the
   * same at every zoom level and change only with the width (at load and on resize).
   */
  function sizeToWidth(): void {
    let top = 0;
    const bands = lanes.map((lane) => {
      const band = { track: lane.track, y: top, height: laneHeight(lane, metrics) };
      top += band.height;
      return band;
    });
    const totalHeight = AXIS_HEIGHT + top;
    viewport.style.height = `${Math.max(totalHeight, (options.height ?? 0) - OVERVIEW_HEIGHT - TOOLBAR_HEIGHT)}px`;
    svg.attr('width', width).attr('height', totalHeight);
    lanesLayer
      .selectAll<SVGRectElement, (typeof bands)[number]>('rect')
      .data(bands, (d) => d.track.id)
      .join('rect')
      .attr('class', (_d, i) => `ct-lane-band ct-lane-${i % 2 ? 'odd' : 'even'}`)
      .attr('x', 0)
      .attr('width', width)
      .attr('y', (d) => AXIS_HEIGHT + d.y)
      .attr('height', (d) => d.height);
    select(laneLabels)
      .selectAll<HTMLDivElement, (typeof bands)[number]>('div')
      .data(bands, (d) => d.track.id)
      .join('div')
      .attr('class', 'ct-lane-label')
      .attr('data-track', (_d, i) => String(i))
      .style('top', (d) => `${AXIS_HEIGHT + d.y + 3}px`)
      .attr('lang', languages.data)
      .text((d) => d.track.label);
  }

  function render(): void {
    const t = transform();
    const scale = t.rescaleX(base);
    // While the view moves, a nearby coarser cached layout may stand in for a frame or two.
    // A dataset too big to re-pack within a frame never waits for a layout: any coarser one
    // stands in until the background has computed the exact level.
    const moving = performance.now() - lastZoomAt <= 100;
    const cached = layouts.get(
      t.k,
      timeline.events.length > SYNC_LAYOUT_EVENTS ? 'any' : moving ? 'near' : 'exact',
    );
    const current = cached.layout;
    // World coordinates of the cached layout, stretched to the current zoom (s ≥ 1).
    const s = t.k / cached.k;
    const plotHeight = current.height;
    const totalHeight = AXIS_HEIGHT + plotHeight;

    renderAxis(axisLayer, scale, {
      locale,
      width,
      height: AXIS_HEIGHT,
      gridHeight: plotHeight,
      measure: measureAxis,
    });

    // Items on screen, plus counts of what lies beyond each edge.
    const views: ItemView[] = [];
    let earlier = 0;
    let later = 0;
    current.lanes.forEach((lane, trackIndex) => {
      const visible = visibleItems(lane, -t.x / s, (width - t.x) / s);
      earlier += visible.earlier;
      later += visible.later;
      for (const item of visible.items) {
        const x = itemScreenX(item, s, t.x, metrics.markRadius);
        // An event whose mark is off screen counts as beyond that edge: its label alone would
        // seem to date something on screen, and the keyboard must not land on what no one sees.
        if (item.kind === 'event') {
          const [from, to] = markExtent(item, x, s, metrics.markRadius);
          if (to <= 0 || from >= width) {
            if (to <= 0) earlier++;
            else later++;
            continue;
          }
        }
        views.push({
          item,
          scale: s,
          x,
          y: AXIS_HEIGHT + rowTop(lane, item.row, metrics),
          trackIndex,
        });
      }
    });
    focusKey = rovingFocusKey(views);
    dense.draw(views, width, totalHeight);
    const hadFocus = itemsLayer.contains(activeElement(root));
    renderItems(itemsLayer, views, {
      eventById,
      labels: itemLabels,
      selectedId,
      focusKey,
      plotWidth: width,
      heldEvent:
        focusKey?.startsWith('cluster:') && focusedEventId !== null
          ? (eventById(focusedEventId) ?? null)
          : null,
      laneLabelId,
      textLanguage: languages.data,
    });
    // Focus follows the tab stop when a key asked for it or when the tab stop moved while the
    // timeline had focus (its item left the screen, a cluster took the event in or let it go,
    // even a cluster that stays): never to <body>, and before the leaving items are removed.
    const target = itemsLayer.querySelector<HTMLButtonElement>(
      'button[tabindex="0"]:not(.ct-exiting)',
    );
    if ((hadFocus && activeElement(root) !== target) || pendingFocus !== 'none') {
      if (target) {
        target.focus({ preventScroll: true });
        // A key (or closing the panel) moved the focus: the page follows it, not the plot
        // (focus() would scroll both).
        if (pendingFocus !== 'none') revealVertically(target);
        // Only a keyboard reader gets the card with the moved focus (not a click on "close").
        if (target.matches(':focus-visible') && pendingFocus !== 'quiet')
          pointer.showFocusedCard(target);
      } else if (hadFocus) {
        holdFocusOnPlot();
      }
    }
    pendingFocus = 'none';
    removeExiting(itemsLayer);
    // An edge button about to hide (nothing left beyond it) hands its focus on first.
    const active = activeElement(root);
    if ((active === earlierButton && earlier === 0) || (active === laterButton && later === 0)) {
      if (target) target.focus({ preventScroll: true });
      else holdFocusOnPlot();
    }
    if (viewToSay) sayView(earlier, later);
    setEdge(earlierButton, earlier, strings.earlier(earlier), `← ${earlier}`);
    setEdge(laterButton, later, strings.later(later), `${later} →`);

    const [d0, d1] = domainDates(scale);
    overview.showWindow(dateToDay(d0), dateToDay(d1));
    const range = visibleRange();
    // Exposed for tests and host pages: the visible calendar range as exact instants.
    root.dataset.viewStart = d0.toISOString();
    root.dataset.viewEnd = d1.toISOString();
    emitter.emit('zoom', range);
  }

  /**
   * The one item in the tab order: the focused event's own marker, else the cluster that holds
   * it, else (the event or cluster left the view) the selected event's or the first item on
   * screen.
   */
  function rovingFocusKey(views: readonly ItemView[]): string | null {
    // An event's key is its id (ids are slugs; cluster keys start with "cluster:").
    const drawn = (key: string) => views.some((v) => itemKey(v.item) === key);
    if (focusedEventId !== null) {
      if (drawn(focusedEventId)) return focusedEventId;
      const holder = clusterHolding(views, focusedEventId);
      if (holder) return itemKey(holder.item);
    } else if (focusKey !== null && drawn(focusKey)) {
      return focusKey;
    }
    // The event or cluster left the screen: the roving focus goes to the selected event if it
    // is drawn (a script's selection moved the view there), else to the first item.
    if (selectedId !== null && drawn(selectedId)) {
      focusedEventId = selectedId;
      return selectedId;
    }
    const first = views[0]?.item;
    focusedEventId = first?.kind === 'event' ? first.id : null;
    return first ? itemKey(first) : null;
  }

  /** The roving focus follows an event into the cluster that now holds it. */
  function clusterHolding(views: readonly ItemView[], id: string): ItemView | undefined {
    const event = eventById(id);
    if (!event) return undefined;
    // Members are in time order: compare days with the first and last member before scanning
    // a member list (zoomed out, clusters hold thousands of events).
    return views.find((v) => {
      if (v.item.kind !== 'cluster') return false;
      const first = eventById(v.item.members[0] ?? '');
      const last = eventById(v.item.members[v.item.members.length - 1] ?? '');
      if (first && last && (event.startDay < first.startDay || event.startDay > last.endDay))
        return false;
      return v.item.members.includes(id);
    });
  }

  const itemLabels = {
    event: (e: TimelineEvent) => `${e.title}, ${formatEventDate(e, locale, timeline.language)}`,
    cluster: (count: number, first: TimelineEvent, last: TimelineEvent) =>
      strings.clusterLabel(
        count,
        formatCalendarDate(first.start, locale),
        formatCalendarDate(last.end ?? last.start, locale),
      ),
    clusterText: strings.clusterText,
  };

  /** A phone's toolbar has room for the arrow and the count only; the name stays whole. */
  function setEdge(edge: HTMLButtonElement, count: number, label: string, short: string): void {
    edge.hidden = count === 0;
    edge.dataset.count = String(count);
    const text = width < NARROW_TOOLBAR ? short : label;
    if (edge.textContent !== text) edge.textContent = text;
    if (edge.getAttribute('aria-label') !== label) edge.setAttribute('aria-label', label);
  }

  function visibleRange(): ZoomInfo {
    const [d0, d1] = domainDates(currentScale());
    return {
      start: isoDay(dateToDay(d0)),
      end: isoDay(Math.max(dateToDay(d0), Math.ceil(d1.getTime() / 86_400_000) - 1)),
      k: transform().k,
    };
  }

  /**
   * Shows [startDay, endDayExclusive). `withinData`: moved to stay within the ends of the data
   * (the overview, a cluster); a host's zoomTo shows exactly the range it asks for, up to the
   * widest view a gesture reaches.
   */
  function zoomToDays(
    startDay: number,
    endDayExclusive: number,
    animate = true,
    withinData = false,
  ): void {
    const x0 = base(dayToDate(startDay));
    const x1 = base(dayToDate(endDayExclusive));
    // No wider than a gesture can go (zoom.transform does not hold the scale there): a big
    // dataset keeps the widest view's layout ready, and nothing coarser to stand in for it.
    const [minK] = zoom.scaleExtent();
    const k = Math.max(minK, width / Math.max(1e-6, x1 - x0));
    const view = zoomIdentity
      .translate(width / 2, 0)
      .scale(k)
      .translate(-(x0 + x1) / 2, 0);
    animator.to(withinData ? withinTranslateExtent(view) : view, animate ? 300 : 0);
  }

  /** zoom.transform, unlike a gesture, does not hold the view within the translate extent. */
  function withinTranslateExtent(view: ZoomTransform): ZoomTransform {
    return zoom.constrain()(
      view,
      [
        [0, 0],
        [width, 1],
      ],
      zoom.translateExtent(),
    );
  }

  /** Zooms until the event is drawn on its own, then pans it into view. */
  function reveal(id: string): void {
    const event = eventById(id);
    if (!event) return;
    let k = transform().k;
    const [, maxK] = zoom.scaleExtent();
    const laneIndex = timeline.tracks.findIndex((tr) => tr.id === event.track);
    for (let i = 0; i < 12 && k < maxK; i++) {
      const lane = layoutFor(k).lanes[laneIndex];
      const item = lane?.items.find((it) =>
        it.kind === 'cluster' ? it.members.includes(id) : it.id === id,
      );
      if (!item || item.kind === 'event') break;
      k = Math.min(maxK, k * 2);
    }
    const toX = dayToXOf(base);
    const centre = (toX.a * (event.startDay + event.endDay + 1)) / 2 + toX.b;
    const t = transform();
    const screen = centre * k + (k === t.k ? t.x : 0);
    if (k !== t.k || screen < width * 0.1 || screen > width * 0.9) {
      // Centred on the event, but never past the ends of the data.
      const centred = zoomIdentity.translate(width / 2 - centre * k, 0).scale(k);
      animator.to(withinTranslateExtent(centred), 0);
    }
  }

  /**
   * `reveal`: what the page scrolls to show once the panel is drawn. The panel when the reader
   * asked for the event in the timeline itself (a click, Enter, Show sources); the whole
   * timeline for a link to the event, as the browser does for an anchor; nothing for a script
   * or a scrollytelling note.
   */
  function select_(id: string | null, options: { reveal?: PanelReveal } = {}): void {
    if (id !== null && eventById(id) === undefined) return;
    const event = id === null ? undefined : eventById(id);
    if (id !== selectedId) {
      selectedId = id;
      if (event) {
        // The tab stop follows the selection, unless the reader's focus is on a marker: a
        // script (scrollytelling, a link) choosing another event must not move it.
        if (!itemsLayer.contains(activeElement(root))) setFocusKey(event.id);
        reveal(event.id);
        card.hide();
        panel.show(event, options.reveal);
        announce(strings.selected(itemLabels.event(event)));
      } else {
        panel.hide();
      }
      if (hashParam) writeHashParam(hashParam, id);
      emitter.emit('select', id);
    }
    schedule();
  }

  // A zoom or move a key or button asked for is said once it has settled (a screen reader
  // user hears what the view now shows); the reader's own wheel, drag and pinch are not.
  let viewToSay = false;
  let viewSayTimer = 0;
  function cancelViewSay(): void {
    viewToSay = false;
    clearTimeout(viewSayTimer);
  }
  function sayViewWhenSettled(): void {
    viewToSay = true;
    schedule();
  }
  function sayView(earlier: number, later: number): void {
    clearTimeout(viewSayTimer);
    viewSayTimer = window.setTimeout(() => {
      viewToSay = false;
      const [d0, d1] = domainDays(currentScale());
      const first = Math.floor(d0);
      const last = Math.max(first, Math.ceil(d1) - 1);
      // Months when the view spans more than two of them, else days.
      const precision = last - first > 62 ? 'month' : 'day';
      const at = (day: number): CalendarDate => {
        const { year, month } = civilFromDayNumber(day);
        return precision === 'day'
          ? calendarDay(day)
          : { year, month, precision, approximate: false };
      };
      const range = formatEventDate({ start: at(first), end: at(last) }, locale);
      announce(strings.showing(range, earlier, later));
    }, 400);
  }

  function announce(message: string): void {
    // Re-setting the text makes screen readers announce repeated messages too.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  }

  const card = createCard(root, {
    timeline,
    locale,
    strings,
    onOpen: (id) => select_(id, { reveal: 'panel' }),
    ...(options.visibleArea ? { visibleArea: options.visibleArea } : {}),
  });
  const panel = createPanel(root, {
    timeline,
    locale,
    strings,
    headingLevel: options.headingLevel ?? 3,
    loadText: (file) => loadSourceText(file, sourceBase),
    linkTo: (id) => options.linkTo?.(id) ?? (hashParam ? linkWith(hashParam, id) : location.href),
    // Focus goes back to the event: its marker, or in the list view (the chart's markers are
    // hidden) its entry in the list.
    returnFocus: (id) =>
      chart.hidden
        ? listEntryTitle(id)
        : ((id === undefined ? null : itemsLayer.querySelector<HTMLElement>(eventSelector(id))) ??
          itemsLayer.querySelector<HTMLElement>('[tabindex="0"]')),
    onClose: () => {
      const id = selectedId;
      select_(null);
      if (id !== null) focusEvent(id);
    },
    onStep: (direction) => {
      const current = selectedId === null ? undefined : eventById(selectedId);
      const next = current ? timeline.events[current.index + direction] : undefined;
      if (next) select_(next.id);
    },
    announce,
  });

  const eventSelector = (id: string) => `[data-event-id="${CSS.escape(id)}"]`;

  /** The title of an event's entry in the list view, focusable by script; else the view toggle. */
  function listEntryTitle(id: string | undefined): HTMLElement {
    const title =
      id === undefined
        ? null
        : listView.querySelector<HTMLElement>(`${eventSelector(id)} .ct-list-title`);
    if (!title) return viewToggle;
    title.tabIndex = -1;
    return title;
  }

  /**
   * Moves the roving focus to an event (revealing it) and focuses its marker after the redraw;
   * in the list view, to the event's entry.
   */
  function focusEvent(id: string): void {
    if (chart.hidden) {
      const title = listEntryTitle(id);
      title.focus({ preventScroll: true });
      revealVertically(title);
      return;
    }
    setFocusKey(id);
    reveal(id);
    requestFocusMove();
    schedule();
  }

  /** A later request does not bring back the card an Escape dismissed before the redraw. */
  function requestFocusMove(): void {
    if (pendingFocus === 'none') pendingFocus = 'with-card';
  }

  // Interaction wiring.
  let hintTimer = 0;
  const detachGestures = attachGestures(viewportSel, zoom, {
    onPlainWheel: () => {
      hint.classList.add('ct-hint-visible');
      clearTimeout(hintTimer);
      hintTimer = window.setTimeout(() => hint.classList.remove('ct-hint-visible'), 1500);
    },
  });
  /** An action of the reader's that moves the view: it is said once it settles. */
  const said =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      sayViewWhenSettled();
      action(...args);
    };
  zoomIn.addEventListener(
    'click',
    said(() => handle.zoomBy(2)),
  );
  zoomOut.addEventListener(
    'click',
    said(() => handle.zoomBy(0.5)),
  );
  resetButton.addEventListener(
    'click',
    said(() => handle.reset()),
  );
  earlierButton.addEventListener(
    'click',
    said(() => panByScreens(-0.8)),
  );
  laterButton.addEventListener(
    'click',
    said(() => panByScreens(0.8)),
  );
  const pointer = attachPointer({
    viewport,
    itemsLayer,
    probe,
    card,
    dense,
    eventById,
    selected: () => selectedId,
    select: (id) => select_(id, { reveal: 'panel' }),
    expandCluster: said(expandCluster),
    setFocusKey,
    cardOnFocus: () => pendingFocus !== 'quiet',
    focusedEvent: () => focusedEventId,
  });
  attachKeys({
    root,
    itemsLayer,
    viewport,
    timeline,
    closeCard: () => {
      // A card about to come with a pending focus move counts as shown: Escape dismisses it too.
      const shown = card.shownId() !== null || pendingFocus === 'with-card';
      if (pendingFocus !== 'none') pendingFocus = 'quiet';
      card.hide();
      return shown;
    },
    selected: () => selectedId,
    select: (id) => select_(id, { reveal: 'panel' }),
    focusEvent,
    // Keys pressed faster than the redraw move on from where the last key led, not from the
    // marker that still has focus; a cluster that holds the focused event moves on from it.
    navigationStart: (focused) =>
      focusedEventId !== null &&
      (pendingFocus !== 'none' || focused?.dataset.clusterId !== undefined)
        ? focusedEventId
        : (focused?.dataset.eventId ?? focused?.dataset.clusterId ?? null),
    fromView: (key) => {
      // From the plot (no item on screen): on from the middle of the view.
      const events = timeline.events;
      const lastEvent = events[events.length - 1];
      if (!lastEvent) return null;
      if (key === 'Home') return events[0]?.id ?? null;
      if (key === 'End') return lastEvent.id;
      const [d0, d1] = domainDays(currentScale());
      const middle = (d0 + d1) / 2;
      let lo = 0;
      let hi = events.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((events[mid]?.startDay ?? 0) < middle) lo = mid + 1;
        else hi = mid;
      }
      const after = events[lo];
      const before = events[lo - 1];
      if (key === 'ArrowRight') return (after ?? lastEvent).id;
      if (key === 'ArrowLeft') return (before ?? after ?? lastEvent).id;
      if (!before || !after) return (before ?? after ?? lastEvent).id;
      return (after.startDay - middle < middle - before.endDay ? after : before).id;
    },
    zoomBy: said((factor: number, around: HTMLElement | null) =>
      animator.scaleBy(factor, 250, [focalX(around), 0]),
    ),
    reset: said(() => handle.reset()),
    chartShown: () => !chart.hidden,
  });
  viewToggle.addEventListener('click', () => handle.setView(listView.hidden ? 'list' : 'chart'));
  // A reader who moves the focus on before the next frame (Shift+Tab right after closing the
  // panel, on a busy machine) keeps it there: the pending move must not pull it back.
  root.addEventListener('focusin', (e) => {
    const to = e.target as Element;
    if (!itemsLayer.contains(to) && !to.closest('.ct-panel, .ct-card')) pendingFocus = 'none';
  });
  root.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && !root.contains(to)) pendingFocus = 'none';
  });

  /**
   * Where a key's zoom is centred: on the focused event's days or the focused cluster, so the
   * item the reader is on stays put; the middle of the view otherwise.
   */
  function focalX(item: HTMLElement | null): number {
    const event = item?.dataset.eventId ? eventById(item.dataset.eventId) : undefined;
    let x = width / 2;
    if (event) {
      x = currentScale()(((event.startDay + event.endDay + 1) / 2) * 86_400_000);
    } else if (item) {
      const box = item.getBoundingClientRect();
      x = box.left + box.width / 2 - viewport.getBoundingClientRect().left;
    }
    return Math.min(width, Math.max(0, x));
  }

  function panByScreens(screens: number): void {
    animator.translateBy((-screens * width) / transform().k, 250);
  }

  function expandCluster(memberIds: readonly string[]): void {
    const members = memberIds
      .map((id) => eventById(id))
      .filter((e): e is TimelineEvent => e !== undefined);
    if (members.length === 0) return;
    let start = Infinity;
    let end = -Infinity;
    for (const member of members) {
      start = Math.min(start, member.startDay);
      end = Math.max(end, member.endDay + 1);
    }
    const pad = Math.max(3, (end - start) * 0.35);
    // The focus lands on the event the cluster stood in for, when it is one of its members.
    const held = focusedEventId !== null && memberIds.includes(focusedEventId);
    const [v0, v1] = domainDays(currentScale());
    if (end + pad - (start - pad) >= v1 - v0) {
      // Members reaching past the view (under an event a year long): zooming to all of them
      // would zoom out, so it zooms in four times instead, towards those whose marks are in view.
      let first = Infinity;
      let last = -Infinity;
      let firstInView: TimelineEvent | undefined;
      for (const member of members) {
        const centre = (member.startDay + member.endDay + 1) / 2;
        if (centre < v0 || centre > v1) continue;
        firstInView ??= member;
        first = Math.min(first, centre);
        last = Math.max(last, centre);
      }
      const middle = firstInView ? (first + last) / 2 : (v0 + v1) / 2;
      const [, maxK] = zoom.scaleExtent();
      if (transform().k >= maxK * 0.999) {
        // Deepest already: its first event in view opens, and the panel's Previous and Next
        // step on through the others.
        select_((firstInView ?? members[0])?.id ?? null);
        return;
      }
      setFocusKey(held ? focusedEventId : (firstInView?.id ?? members[0]?.id ?? null));
      // Within the zoom limits, as a gesture would be.
      animator.scaleBy(4, 300, [currentScale()(dayToDate(middle)), 0]);
      return;
    }
    setFocusKey(held ? focusedEventId : (members[0]?.id ?? null));
    zoomToDays(start - pad, end + pad, true, true);
  }

  let resizeTimer = 0;
  const resizeObserver = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    // A big dataset re-packs every lane for a new width (a long task): while a window is being
    // dragged narrower it waits until the width has stood still, and packs once.
    if (timeline.events.length > SYNC_LAYOUT_EVENTS)
      resizeTimer = window.setTimeout(fitToWidth, RESIZE_SETTLE_MS);
    else fitToWidth();
  });
  function fitToWidth(): void {
    if (destroyed) return;
    const newWidth = Math.max(200, Math.floor(root.clientWidth));
    if (newWidth === width) return;
    // Keep the visible range across resizes.
    const [d0, d1] = domainDates(currentScale());
    width = newWidth;
    base = createBaseScale(homeView, width);
    metrics = metricsFor(width, maxRows, strings.clusterText);
    layouts.clear();
    sizeToWidth();
    applyZoomLimits();
    overview.resize(fullScale(), width);
    zoomToDays(d0.getTime() / 86_400_000, d1.getTime() / 86_400_000, false);
    // Narrower, the view may cluster the selected event or cut it off: it stays in sight.
    if (selectedId !== null) reveal(selectedId);
    schedule();
  }
  resizeObserver.observe(container);

  overview.resize(fullScale(), width);
  sizeToWidth();
  render();
  // The widest view cannot borrow a coarser layout: a big dataset prepares it after the first
  // paint, or the frame that zooms all the way out would re-pack every lane (a long task).
  if (timeline.events.length > SYNC_LAYOUT_EVENTS) layouts.keepReady(zoom.scaleExtent()[0]);

  // A link to an event brings the timeline into sight, as an anchor link would: on load, and
  // when the page's hash changes (a link within the article). The timeline's own selections
  // rewrite the hash without a hashchange, so they never scroll.
  // A hash that does not name the parameter is the page's own business (a footnote, `#top`):
  // the selection stays, unless the hash is cleared altogether.
  const onHashChange = () => {
    if (!hashParam) return;
    const id = hashRequest(hashParam);
    if (id === null) select_(null);
    else if (id !== undefined && id !== selectedId && eventById(id) !== undefined)
      select_(id, { reveal: 'timeline' });
  };
  if (hashParam) {
    const initialId = readHashParam(hashParam);
    if (initialId !== null && eventById(initialId) !== undefined)
      select_(initialId, options.revealLink === false ? {} : { reveal: 'timeline' });
    window.addEventListener('hashchange', onHashChange);
  }

  /** The list view's content, made the first time it is shown (or printed). */
  function fillList(): void {
    if (listView.childElementCount > 0) return;
    listView.append(
      renderEventList(document, timeline, { locale, headingLevel: options.headingLevel ?? 3 }),
    );
  }
  // Paper shows the list, every event with its passages, not a clipped chart (styles/print.css):
  // it must exist by then. Not inside <cable-timeline>, which prints its own list and hides
  // this one (at 100,000 events the list is the costliest thing on the page).
  const printsOwnList = root.getRootNode() instanceof ShadowRoot;
  const fillListToPrint = () => {
    if (!printsOwnList) fillList();
  };
  window.addEventListener('beforeprint', fillListToPrint);

  const handle: TimelineHandle = {
    timeline,
    select: (id) => select_(id),
    selected: () => selectedId,
    zoomTo(start, end) {
      const first = toDay(start, 'first');
      const last = toDay(end, 'last');
      if (last < first)
        throw new RangeError(
          `zoomTo: the end (${String(end)}) is before the start (${String(start)})`,
        );
      zoomToDays(first, last + 1);
    },
    zoomBy(factor) {
      if (!(factor > 0 && Number.isFinite(factor)))
        throw new RangeError(`zoomBy: ${String(factor)} is not a positive zoom factor`);
      animator.scaleBy(factor, 250, [width / 2, 0]);
    },
    reset() {
      zoomToDays(homeView.start, homeView.end);
    },
    visibleRange,
    setTheme(next) {
      theme = next;
      onSchemeChange();
    },
    setView(view) {
      const list = view === 'list';
      if (list === chart.hidden) return;
      cancelViewSay();
      if (list) fillList();
      listView.hidden = !list;
      chart.hidden = list;
      card.hide();
      viewToggle.textContent = list ? strings.chartView : strings.listView;
      // The chart's own controls go with it.
      root.classList.toggle('ct-list-mode', list);
      emitter.emit('view', list ? 'list' : 'chart');
    },
    on: emitter.on,
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      clearTimeout(hintTimer);
      clearTimeout(viewSayTimer);
      resizeObserver.disconnect();
      clearTimeout(resizeTimer);
      detachGestures();
      layouts.destroy();
      pointer.destroy();
      darkQuery?.removeEventListener('change', onSchemeChange);
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeprint', fillListToPrint);
      card.destroy();
      panel.destroy();
      animator.cancel();
      viewportSel.on('.zoom', null);
      overview.destroy();
      emitter.clear();
      root.remove();
    },
  };
  return handle;
}

function isoDay(day: number): string {
  const d = dayToDate(day);
  return d.toISOString().slice(0, 10);
}

/** The focused element, looking through shadow roots (the custom element renders in one). */
function activeElement(node: Node): Element | null {
  const rootNode = node.getRootNode() as Document | ShadowRoot;
  return rootNode.activeElement ?? null;
}
