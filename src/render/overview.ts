// The overview strip under the timeline: the whole range with a density of events, and the
// current window as a d3-brush. Dragging the window pans; brushing a new range zooms to it.
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import { utcYear } from 'd3-time';
import { dayAt, domainDates, yearStep, type TimeScale } from '../scales/time';
import { dayToDate } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { beforeCommonEra } from '../format/dates';
import { yearLabelRoom } from '../layout/measure';

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
        const centre = dayAt(scale, pointerX);
        options.onWindow(centre - span / 2, centre + span / 2);
      } else showWindow(window[0], window[1]);
      return;
    }
    options.onWindow(dayAt(scale, selection[0]), dayAt(scale, selection[1]));
  });

  function showWindow(startDay: number, endDay: number): void {
    window = [startDay, endDay];
    if (!scale) return;
    const [r0, r1] = scale.range();
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
      // Density per pixel column as one path: constant cost whatever the number of events.
      density
        .selectAll<SVGPathElement, null>('path')
        .data([null])
        .join('path')
        .attr('d', densityPath(events, newScale, width, options.height));
      const [d0, d1] = domainDates(newScale);
      const yearWidth = width / ((d1.getTime() - d0.getTime()) / 31_557_600_000);
      // Bare numbers, unless the range starts before year 1: then every year shows its era.
      const era = beforeCommonEra(d0.getUTCFullYear());
      const eraFormat = new Intl.DateTimeFormat(options.locale, {
        year: 'numeric',
        era: 'short',
        timeZone: 'UTC',
      });
      const yearLabel = (d: Date) => (era ? eraFormat.format(d) : String(d.getUTCFullYear()));
      // A label every 1, 2, 5, 10 … years, as many as have room.
      const room = Math.max(36, yearLabelRoom(yearLabel(d0)), yearLabelRoom(yearLabel(d1)));
      const years = utcYear.every(yearStep(yearWidth, room))?.range(d0, d1) ?? [];
      axis
        .selectAll<SVGTextElement, Date>('text')
        .data(years, (d) => d.toISOString())
        .join('text')
        .attr('x', (d) => newScale(d) + 3)
        .attr('y', 10)
        .text(yearLabel)
        // The last year may run past the right edge: whole or not drawn at all.
        .attr('visibility', function (d) {
          return newScale(d) + 3 + this.getComputedTextLength() > width ? 'hidden' : null;
        });
      showWindow(window[0], window[1]);
    },
    showWindow,
    destroy() {
      brush.on('end brush', null);
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
