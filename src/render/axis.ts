// A two-level time axis that adapts to zoom: decades or centuries over years when a year is
// too narrow for its label, years over months at the overview, months over days when deep.
// Minor ticks are a keyed join (a tick mark and its label each); major labels stick to the
// left edge while their period is on screen, so the reader always knows which year or month
// they are looking at.
import type { Selection } from 'd3-selection';
import { domainDates, domainDays, yearStep, YEAR_STEPS, type TimeScale } from '../scales/time';
import { utcDay, utcMonth, utcYear, type UtcInterval } from '../scales/intervals';
import { yearLabelRoom, type MeasureText } from '../layout/measure';
import { beforeCommonEra, withEra, utcDateFormat } from '../format/dates';

export interface AxisLevel {
  major: UtcInterval;
  majorFormat: Intl.DateTimeFormatOptions;
  minor: UtcInterval;
  minorEvery: number;
  minorFormat: Intl.DateTimeFormatOptions | null;
}

const MIN_LABEL_SPACING = 34;
/** Glyphs reach a little past their measured advance width: a pixel of margin at the edges. */
const GLYPH_OVERHANG = 1;
/** Closest that unlabelled minor year ticks (and their grid lines) may be. */
const MIN_TICK_SPACING = 10;
/** Minor ticks and the gap to their labels; the labels' font size (styles/timeline.css). */
const MINOR_TICK = 5;
const MINOR_PADDING = 4;
const MINOR_FONT = 11;

/**
 * Which levels to show for a given density (pixels per day). `yearLabelPx` is the room a
 * year's label needs (wider with an era: "44 BC", "紀元前44年"). Pure.
 */
export function axisLevelFor(pxPerDay: number, yearLabelPx = 40): AxisLevel {
  const yearPx = pxPerDay * 365.2425;
  if (yearPx < yearLabelPx) {
    // Decades, centuries…: a label every `step` years, unlabelled ticks in between.
    const step = yearStep(yearPx, yearLabelPx);
    const minorEvery =
      YEAR_STEPS.find((n) => n < step && step % n === 0 && n * yearPx >= MIN_TICK_SPACING) ?? step;
    return {
      major: utcYear.every(step) ?? utcYear,
      majorFormat: { year: 'numeric' },
      minor: utcYear,
      minorEvery,
      minorFormat: null,
    };
  }
  const monthPx = pxPerDay * 30.44;
  if (monthPx < 90) {
    return {
      major: utcYear,
      majorFormat: { year: 'numeric' },
      minor: utcMonth,
      minorEvery: monthPx >= MIN_LABEL_SPACING ? 1 : monthPx * 3 >= MIN_LABEL_SPACING ? 3 : 6,
      minorFormat: monthPx * 6 >= 28 ? { month: 'short' } : null,
    };
  }
  const every = [1, 2, 5, 10, 15].find((n) => n * pxPerDay >= 26) ?? 15;
  return {
    major: utcMonth,
    // "September 2008" needs about 115 pixels in bold; a narrower month gets "Sept 2008".
    majorFormat:
      monthPx >= 150 ? { month: 'long', year: 'numeric' } : { month: 'short', year: 'numeric' },
    minor: utcDay,
    minorEvery: every,
    minorFormat: { day: 'numeric' },
  };
}

export interface AxisOptions {
  locale: string;
  width: number;
  height: number;
  /** height of the plot below the axis, for grid lines */
  gridHeight: number;
  /**
   * Label widths in the fonts the stylesheet gives minor and major labels. Measured on a
   * canvas: reading the SVG texts' lengths would force a layout in the middle of a render.
   */
  measure: { minor: MeasureText; major: MeasureText };
}

function minorTicks(level: AxisLevel, scale: TimeScale): Date[] {
  const [d0, d1] = domainDates(scale);
  if (level.minor === utcYear) {
    const n = level.minorEvery;
    const years = utcYear.range(utcYear.floor(d0), utcYear.offset(d1, 1));
    // Years before 0 too: a remainder that is never negative.
    return years.filter((d) => ((d.getUTCFullYear() % n) + n) % n === 0);
  }
  if (level.minor === utcDay) {
    // Day ticks on fixed days of the month (1, 6, 11 …) read better than every n-th day.
    const days = utcDay.range(utcDay.floor(d0), utcDay.offset(d1, 1));
    return days.filter((d) => {
      const date = d.getUTCDate();
      return (
        (date - 1) % level.minorEvery === 0 &&
        (level.minorEvery === 1 || date + level.minorEvery <= 32)
      );
    });
  }
  const months = utcMonth.range(utcMonth.floor(d0), utcMonth.offset(d1, 1));
  return months.filter((d) => d.getUTCMonth() % level.minorEvery === 0);
}

export function renderAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimeScale,
  options: AxisOptions,
): void {
  const [r0, r1] = scale.range();
  const pxPerDay = (r1 - r0) / (domainDays(scale)[1] - domainDays(scale)[0]);
  // A view that starts before year 1 labels every year with its era: "44 BC", "10 AD".
  const [d0, d1] = domainDates(scale);
  const yearFormat = utcDateFormat(
    options.locale,
    withEra({ year: 'numeric' }, beforeCommonEra(d0.getUTCFullYear())),
  );
  const level = axisLevelFor(
    pxPerDay,
    Math.max(
      yearLabelRoom(yearFormat(d0), options.measure.major),
      yearLabelRoom(yearFormat(d1), options.measure.major),
    ),
  );
  const ticks = minorTicks(level, scale);
  const minorFormat = level.minorFormat
    ? utcDateFormat(options.locale, level.minorFormat)
    : () => '';

  const minor = g
    .selectAll<SVGGElement, null>('g.ct-axis-minor')
    .data([null])
    .join('g')
    .attr('class', 'ct-axis-minor');
  minor.attr('transform', `translate(0,${options.height})`).attr('text-anchor', 'middle');
  // Half-pixel aligned on standard displays, so one-pixel tick lines stay crisp.
  const crisp = typeof devicePixelRatio === 'number' && devicePixelRatio > 1 ? 0 : 0.5;
  minor
    .selectAll<SVGGElement, Date>('g.tick')
    .data(ticks, (d) => d.getTime())
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick');
      tick.append('line').attr('y2', -MINOR_TICK);
      tick.append('text').attr('y', -(MINOR_TICK + MINOR_PADDING));
      return tick;
    })
    // Dates coerce to milliseconds, the linear scale's domain.
    .attr('transform', (d) => `translate(${scale(d) + crisp},0)`)
    .select('text')
    .text((d) => minorFormat(d));
  // A label cut by an edge reads as another word ("an" for "Jan"): whole or not drawn at all.
  minor.selectAll<SVGTextElement, Date>('.tick text').attr('visibility', function (d) {
    const x = scale(d);
    const half = options.measure.minor(this.textContent ?? '') / 2 + GLYPH_OVERHANG;
    return x - half < 0 || x + half > options.width ? 'hidden' : null;
  });
  minor
    .selectAll<SVGGElement, Date>('.tick')
    .selectAll<SVGLineElement, null>('line.ct-grid')
    .data([null])
    .join('line')
    .attr('class', 'ct-grid')
    .attr('y1', 0)
    .attr('y2', options.gridHeight);

  // Major periods: a boundary line and a label that sticks to the left edge while visible.
  const majors = level.major.range(level.major.floor(d0), level.major.offset(d1, 1));
  const majorFormat = utcDateFormat(
    options.locale,
    withEra(level.majorFormat, beforeCommonEra(d0.getUTCFullYear())),
  );
  // A boundary falls on a labelled minor tick ("Jan", "1"): it breaks around that label rather
  // than strike it through. From the label's top to just below its baseline.
  const baseline = options.height - MINOR_TICK - MINOR_PADDING;
  const boundaryDashes = level.minorFormat
    ? `${baseline - MINOR_FONT} ${MINOR_FONT + 3} ${options.height + options.gridHeight}`
    : null;
  const items = majors.map((start) => {
    const x = scale(start);
    const next = scale(level.major.offset(start, 1));
    return { key: start.toISOString(), x, next, label: majorFormat(start) };
  });
  g.selectAll<SVGGElement, (typeof items)[number]>('g.ct-axis-major')
    .data(items, (d) => d.key)
    .join((enter) => {
      const major = enter.append('g').attr('class', 'ct-axis-major');
      major.append('line').attr('class', 'ct-axis-boundary');
      major.append('text').attr('class', 'ct-axis-major-label').attr('y', 14);
      return major;
    })
    .each(function (d) {
      const line = this.querySelector('line');
      const text = this.querySelector('text');
      line?.setAttribute('x1', String(d.x));
      line?.setAttribute('x2', String(d.x));
      line?.setAttribute('y1', '0');
      line?.setAttribute('y2', String(options.height + options.gridHeight));
      if (boundaryDashes) line?.setAttribute('stroke-dasharray', boundaryDashes);
      else line?.removeAttribute('stroke-dasharray');
      if (!text) return;
      if (text.textContent !== d.label) text.textContent = d.label;
      const length = options.measure.major(d.label) + GLYPH_OVERHANG;
      const x = Math.min(Math.max(d.x, 0) + 4, d.next - 4 - length);
      text.setAttribute('x', String(x));
      // Whole or not at all: not cut by an edge, and not pushed back over the period before
      // (a period narrower than its label).
      const hidden = x < 0 || x + length > options.width || (d.x >= 0 && x < d.x);
      text.setAttribute('visibility', hidden ? 'hidden' : 'visible');
    });
}
