// The overview strip under the timeline: the whole range with a density of events, and the
// current window as a d3-brush. Dragging the window pans; brushing a new range zooms to it.
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import { utcYear } from 'd3-time';
import type { TimeScale } from '../scales/time';
import { dayToDate, dateToDay } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';

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
  /** the reader brushed or dragged to this window (days, end exclusive) */
  onWindow: (startDay: number, endDay: number) => void;
}

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
  const brushLayer: Selection<SVGGElement, unknown, null, undefined> = svg
    .append('g')
    .attr('class', 'ct-brush');
  let scale: TimeScale | null = null;
  let moving = false;
  let window: [number, number] = [0, 0];

  const brush: BrushBehavior<unknown> = brushX().on('end brush', (event: D3BrushEvent<unknown>) => {
    if (moving || !event.sourceEvent || !scale) return;
    const selection = event.selection as [number, number] | null;
    if (!selection || selection[1] - selection[0] < 3) {
      // A click without a drag: centre the current window there.
      const pointerX = selection ? selection[0] : null;
      if (pointerX !== null) {
        const span = window[1] - window[0];
        const centre = dateToDay(scale.invert(pointerX));
        options.onWindow(centre - span / 2, centre + span / 2);
      } else showWindow(window[0], window[1]);
      return;
    }
    options.onWindow(dateToDay(scale.invert(selection[0])), dateToDay(scale.invert(selection[1])));
  });

  function showWindow(startDay: number, endDay: number): void {
    window = [startDay, endDay];
    if (!scale) return;
    const [r0, r1] = scale.range() as [number, number];
    const x0 = Math.max(r0, Math.min(r1, scale(dayToDate(startDay))));
    const x1 = Math.max(r0, Math.min(r1, scale(dayToDate(endDay))));
    moving = true;
    brushLayer.call(brush.move, [x0, Math.max(x0 + 2, x1)]);
    moving = false;
  }

  return {
    resize(newScale, width) {
      scale = newScale;
      svg.attr('width', width).attr('viewBox', `0 0 ${width} ${options.height}`);
      brush.extent([
        [0, 0],
        [width, options.height],
      ]);
      brushLayer.call(brush);
      brushLayer.select('.selection').attr('aria-hidden', 'true');
      const marks = events.map((e) => ({ id: e.id, x: newScale(dayToDate(e.startDay)) }));
      density
        .selectAll<SVGLineElement, (typeof marks)[number]>('line')
        .data(marks, (d) => d.id)
        .join('line')
        .attr('x1', (d) => d.x)
        .attr('x2', (d) => d.x)
        .attr('y1', options.height - 4)
        .attr('y2', 8);
      const [d0, d1] = newScale.domain() as [Date, Date];
      const yearWidth = width / ((d1.getTime() - d0.getTime()) / 31_557_600_000);
      const years = utcYear.every(Math.max(1, Math.ceil(36 / yearWidth)))?.range(d0, d1) ?? [];
      axis
        .selectAll<SVGTextElement, Date>('text')
        .data(years, (d) => d.toISOString())
        .join('text')
        .attr('x', (d) => newScale(d) + 3)
        .attr('y', 10)
        .text((d) => String(d.getUTCFullYear()));
      showWindow(window[0], window[1]);
    },
    showWindow,
    destroy() {
      brush.on('end brush', null);
      svg.remove();
    },
  };
}
