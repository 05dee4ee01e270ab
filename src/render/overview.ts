// The overview strip under the timeline: the whole range with a density of events, and the
// current window drawn over it. Dragging the window pans, dragging its edges resizes it,
// dragging across the rest of the strip zooms to that range and a tap or click centres the
// window there. Pointer events, so mouse, pen and touch alike; a vertical swipe on a phone
// still scrolls the page (touch-action: pan-y in the stylesheet). From the keyboard the window is
// a slider: arrows move it by a tenth of its length, Page Up and Page Down by its length, Home
// and End to the ends of the data.
import { select } from 'd3-selection';
import { dayAt, domainDates, yearStep, type TimeScale } from '../scales/time';
import { utcYear } from '../scales/intervals';
import { dateToDay, dayToDate } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { beforeCommonEra, utcDateFormat } from '../format/dates';
import { yearLabelRoom, type MeasureText } from '../layout/measure';

export interface Overview {
  /** redraw for a new width and full-range scale */
  resize(scale: TimeScale, width: number): void;
  /** show the current window, without reporting it back as a user brush */
  showWindow(startDay: number, endDay: number): void;
  destroy(): void;
}

export interface OverviewOptions {
  height: number;
  label: string;
  /** BCP 47 locale of the year labels */
  locale: string;
  /** accessible name of the window as a keyboard control */
  windowLabel: string;
  /** the window's days (end exclusive) as a reader hears them */
  describeWindow: (startDay: number, endDay: number) => string;
  /** width of a year label in its font (canvas-measured: no layout forced) */
  measureYear: MeasureText;
  /** the reader brushed or dragged to this window (days, end exclusive) */
  onWindow: (startDay: number, endDay: number) => void;
}

/** What a drag started on: the window, one of its edges, or the strip around it. */
type DragMode = 'move' | 'w' | 'e' | 'new';
const CURSORS: Record<DragMode, string> = {
  move: 'move',
  w: 'ew-resize',
  e: 'ew-resize',
  new: 'crosshair',
};
/**
 * How far the pointer must go sideways before the window follows: a vertical swipe that starts
 * here scrolls the page, and its first few pixels of jitter must not move the view.
 */
const DRAG_THRESHOLD = 4;
/** Width of the invisible grips on the window's edges, as d3-brush's handles. */
const HANDLE = 6;
/** A finger's: WCAG 2.5.8's 24 px, where the main pointer is a finger. */
const TOUCH_HANDLE = 24;

export function createOverview(
  parent: HTMLElement,
  events: readonly TimelineEvent[],
  options: OverviewOptions,
): Overview {
  const svg = select(parent)
    .append('svg')
    .attr('class', 'ct-overview')
    .attr('height', options.height)
    .attr('role', 'group')
    .attr('aria-label', options.label);
  const density = svg.append('g').attr('class', 'ct-overview-density').attr('aria-hidden', 'true');
  const axis = svg.append('g').attr('class', 'ct-overview-years').attr('aria-hidden', 'true');
  const brushLayer = svg
    .append('g')
    .attr('class', 'ct-brush')
    .attr('fill', 'none')
    .attr('pointer-events', 'all');
  const overlay = brushLayer
    .append('rect')
    .attr('class', 'overlay')
    .attr('pointer-events', 'all')
    .attr('cursor', CURSORS.new)
    .attr('height', options.height);
  const selection = brushLayer
    .append('rect')
    .attr('class', 'selection')
    .attr('cursor', CURSORS.move)
    .attr('shape-rendering', 'crispEdges')
    .attr('height', options.height)
    .attr('tabindex', 0)
    .attr('role', 'slider')
    .attr('aria-orientation', 'horizontal')
    .attr('aria-label', options.windowLabel);
  const handles = brushLayer
    .selectAll('.handle')
    .data<'w' | 'e'>(['w', 'e'])
    .join('rect')
    .attr('class', (d) => `handle handle--${d}`)
    .attr('cursor', CURSORS.w)
    .attr('y', -HANDLE / 2)
    .attr('height', options.height + HANDLE);
  const grip =
    typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches
      ? TOUCH_HANDLE
      : HANDLE;
  const svgNode = svg.node() as SVGSVGElement;
  let scale: TimeScale | null = null;
  let width = 0;
  /** The view's window, in days (end exclusive). */
  let window: [number, number] = [0, 0];
  /** The window as drawn, in pixels. */
  let drawn: [number, number] = [0, 0];
  let drag: {
    id: number;
    mode: DragMode;
    x0: number;
    from: [number, number];
    moved: boolean;
  } | null = null;

  function draw([x0, x1]: [number, number]): void {
    drawn = [x0, x1];
    selection.attr('x', x0).attr('width', x1 - x0);
    // Wide grips leave the middle half of a narrow window to move it by.
    const gripWidth = Math.min(grip, Math.max(HANDLE, (x1 - x0) / 4));
    handles.attr('width', gripWidth).attr('x', (d) => (d === 'w' ? x0 : x1) - gripWidth / 2);
  }

  /** The slider's value is the window's first day; its range, the days the window can start on. */
  let described = '';
  /** The days the strip shows (set on resize). */
  let days: [number, number] = [0, 0];
  function describe(): void {
    if (!scale) return;
    const span = window[1] - window[0];
    const first = days[0];
    const last = Math.max(first, Math.round(days[1] - span));
    const now = Math.round(window[0]);
    const key = `${first}|${last}|${now}|${Math.round(span)}`;
    if (key === described) return;
    described = key;
    selection
      .attr('aria-valuemin', first)
      .attr('aria-valuemax', last)
      .attr('aria-valuenow', now)
      .attr('aria-valuetext', options.describeWindow(window[0], window[1]));
  }

  function showWindow(startDay: number, endDay: number): void {
    window = [startDay, endDay];
    describe();
    // While the reader drags, the window stays where the pointer puts it.
    if (!scale || drag) return;
    const [r0, r1] = scale.range();
    const x0 = Math.max(r0, Math.min(r1, scale(dayToDate(startDay))));
    const x1 = Math.max(r0, Math.min(r1, scale(dayToDate(endDay))));
    draw([x0, Math.max(x0 + 2, x1)]);
  }

  const pointerX = (e: PointerEvent) =>
    Math.max(0, Math.min(width, e.clientX - svgNode.getBoundingClientRect().left));

  const onPointerDown = (e: PointerEvent) => {
    if (drag || !scale || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const target = e.target as Element;
    const mode: DragMode = target.classList.contains('selection')
      ? 'move'
      : target.classList.contains('handle--w')
        ? 'w'
        : target.classList.contains('handle--e')
          ? 'e'
          : 'new';
    const x0 = pointerX(e);
    drag = { id: e.pointerId, mode, x0, from: mode === 'new' ? [x0, x0] : drawn, moved: false };
    svgNode.setPointerCapture(e.pointerId);
    svgNode.style.cursor = CURSORS[mode];
    e.preventDefault(); // no text selection while dragging
  };

  const onPointerMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id || !scale) return;
    const [w0, e0] = drag.from;
    const dx = pointerX(e) - drag.x0;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
    let next: [number, number];
    if (drag.mode === 'move') {
      const shift = Math.max(-w0, Math.min(width - e0, dx));
      next = [w0 + shift, e0 + shift];
    } else {
      const a = drag.mode === 'e' ? w0 : drag.mode === 'w' ? e0 : drag.x0;
      const b = Math.max(0, Math.min(width, (drag.mode === 'e' ? e0 : w0) + dx));
      next = [Math.min(a, b), Math.max(a, b)];
    }
    draw(next);
    // A window a few pixels wide would be a zoom far past the deepest level: wait for more.
    if (next[1] - next[0] < 3) return;
    drag.moved = true;
    options.onWindow(dayAt(scale, next[0]), dayAt(scale, next[1]));
  };

  const onPointerEnd = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const { mode, x0, moved } = drag;
    drag = null;
    svgNode.style.cursor = '';
    if (svgNode.hasPointerCapture(e.pointerId)) svgNode.releasePointerCapture(e.pointerId);
    if (scale && e.type === 'pointerup' && mode === 'new' && !moved) {
      // A click without a drag: centre the current window there.
      const span = window[1] - window[0];
      const centre = dayAt(scale, x0);
      options.onWindow(centre - span / 2, centre + span / 2);
    }
    showWindow(window[0], window[1]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!scale || e.altKey || e.ctrlKey || e.metaKey) return;
    const [first, last] = days;
    const span = window[1] - window[0];
    const steps: Record<string, number> = {
      ArrowLeft: -span / 10,
      ArrowDown: -span / 10,
      ArrowRight: span / 10,
      ArrowUp: span / 10,
      PageUp: -span,
      PageDown: span,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const start = Math.max(first, Math.min(last - span, window[0] + step));
    options.onWindow(start, start + span);
  };

  const selectionNode = selection.node() as SVGRectElement;
  selectionNode.addEventListener('keydown', onKeyDown);
  svgNode.addEventListener('pointerdown', onPointerDown);
  svgNode.addEventListener('pointermove', onPointerMove);
  svgNode.addEventListener('pointerup', onPointerEnd);
  svgNode.addEventListener('pointercancel', onPointerEnd);

  return {
    resize(newScale, newWidth) {
      scale = newScale;
      width = newWidth;
      const [d0, d1] = domainDates(newScale);
      days = [dateToDay(d0), dateToDay(d1)];
      svg.attr('width', width).attr('viewBox', `0 0 ${width} ${options.height}`);
      overlay.attr('width', width);
      // Density per pixel column as one path: constant cost whatever the number of events.
      density
        .selectAll<SVGPathElement, null>('path')
        .data([null])
        .join('path')
        .attr('d', densityPath(events, newScale, width, options.height));
      const yearWidth = width / ((d1.getTime() - d0.getTime()) / 31_557_600_000);
      // Bare numbers, unless the range starts before year 1: then every year shows its era.
      const era = beforeCommonEra(d0.getUTCFullYear());
      const yearLabel = era
        ? utcDateFormat(options.locale, { year: 'numeric', era: 'short' })
        : (d: Date) => String(d.getUTCFullYear());
      // A label every 1, 2, 5, 10 … years, as many as have room.
      const room = Math.max(
        36,
        yearLabelRoom(yearLabel(d0), options.measureYear),
        yearLabelRoom(yearLabel(d1), options.measureYear),
      );
      const years = utcYear.every(yearStep(yearWidth, room)).range(d0, d1);
      const labels = axis
        .selectAll<SVGTextElement, Date>('text')
        .data(years, (d) => d.toISOString())
        .join('text')
        .attr('x', (d) => newScale(d) + 3)
        .attr('y', 10)
        .text(yearLabel);
      // The last year may run past the right edge: whole or not drawn at all. Lengths are
      // measured on a canvas: no layout is forced.
      const lengths = years.map((d) => options.measureYear(yearLabel(d)));
      labels.attr('visibility', (d, i) =>
        newScale(d) + 3 + (lengths[i] ?? 0) > width ? 'hidden' : null,
      );
      showWindow(window[0], window[1]);
    },
    showWindow,
    destroy() {
      selectionNode.removeEventListener('keydown', onKeyDown);
      svgNode.removeEventListener('pointerdown', onPointerDown);
      svgNode.removeEventListener('pointermove', onPointerMove);
      svgNode.removeEventListener('pointerup', onPointerEnd);
      svgNode.removeEventListener('pointercancel', onPointerEnd);
      svg.remove();
    },
  };
}

export function densityPath(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  width: number,
  height: number,
): string {
  const columns = Math.max(1, Math.ceil(width));
  const counts = new Uint32Array(columns);
  const [d0, d1] = domainDates(scale);
  const day0 = d0.getTime() / 86_400_000;
  const perDay = width / (d1.getTime() / 86_400_000 - day0);
  let max = 0;
  for (const e of events) {
    const column = Math.floor(((e.startDay + e.endDay + 1) / 2 - day0) * perDay);
    if (column < 0 || column >= columns) continue;
    const count = (counts[column] ?? 0) + 1;
    counts[column] = count;
    if (count > max) max = count;
  }
  if (max === 0) return '';
  const top = 12;
  const bottom = height - 3;
  let d = '';
  for (let x = 0; x < columns; x++) {
    const count = counts[x] ?? 0;
    if (count === 0) continue;
    // A square-root scale keeps single events visible next to dense days.
    const h = Math.max(3, Math.sqrt(count / max) * (bottom - top));
    d += `M${x + 0.5},${bottom}V${(bottom - h).toFixed(1)}`;
  }
  return d;
}
