// The time scale over calendar days: a linear scale over UTC milliseconds (Dates coerce to
// numbers). Ticks come from UTC calendar intervals (intervals.ts) and labels from Intl. d3-zoom owns the view: the render reads
// transform.rescaleX(base) and never mutates the base scale.
import { scaleLinear, type LinearScale } from './linear';
import { dayToDate } from '../model/dates';

export type TimeScale = LinearScale;

const MS_PER_DAY = 86_400_000;

export interface DayRange {
  /** first day (day number) */
  start: number;
  /** day after the last day */
  end: number;
}

export function createBaseScale(range: DayRange, width: number): TimeScale {
  return scaleLinear()
    .domain([range.start * MS_PER_DAY, range.end * MS_PER_DAY])
    .range([0, width]);
}

/** The domain as (fractional) day numbers. */
export function domainDays(scale: TimeScale): [number, number] {
  const [d0, d1] = scale.domain();
  return [d0 / MS_PER_DAY, d1 / MS_PER_DAY];
}

/** The domain as Dates (UTC instants). */
export function domainDates(scale: TimeScale): [Date, Date] {
  const [d0, d1] = scale.domain();
  return [new Date(d0), new Date(d1)];
}

/** The calendar day under pixel x. */
export function dayAt(scale: TimeScale, x: number): number {
  return Math.floor(scale.invert(x) / MS_PER_DAY);
}

/** Pixel position of the start of a calendar day. */
export function xOfDay(scale: TimeScale, day: number): number {
  return scale(day * MS_PER_DAY);
}

export { dayToDate };

/** x = a * day + b: lets hot loops map day numbers without allocating Dates. */
export interface DayToX {
  a: number;
  b: number;
}

export function dayToXOf(scale: TimeScale): DayToX {
  const [day0, day1] = domainDays(scale);
  const [r0, r1] = scale.range();
  const a = (r1 - r0) / (day1 - day0);
  return { a, b: r0 - a * day0 };
}

/** Steps, in years, of year labels when single years are too narrow for theirs. */
export const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** The smallest round step in years (1, 2, 5, 10, 20, 50 …) that gives a label its room. */
export function yearStep(yearPx: number, room: number): number {
  return YEAR_STEPS.find((n) => n * yearPx >= room) ?? 10000;
}
