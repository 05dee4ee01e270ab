// The time scale over calendar days. d3-zoom owns the view: the render reads
// transform.rescaleX(base) and never mutates the base scale.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dayToDate, dateToDay } from '../model/dates';

export type TimeScale = ScaleTime<number, number>;

export interface DayRange {
  /** first day (day number) */
  start: number;
  /** day after the last day */
  end: number;
}

export function createBaseScale(range: DayRange, width: number): TimeScale {
  return scaleUtc()
    .domain([dayToDate(range.start), dayToDate(range.end)])
    .range([0, width]);
}

/** x = a * day + b for a UTC time scale: lets hot loops map day numbers without allocating Dates. */
export interface DayToX {
  a: number;
  b: number;
}

export function dayToXOf(scale: TimeScale): DayToX {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const day0 = d0.getTime() / 86_400_000;
  const day1 = d1.getTime() / 86_400_000;
  const a = (r1 - r0) / (day1 - day0);
  return { a, b: r0 - a * day0 };
}

/** The days visible between pixel positions x0 and x1 (x1 exclusive), rounded outwards. */
export function visibleDays(scale: TimeScale, x0: number, x1: number): DayRange {
  return { start: dateToDay(scale.invert(x0)), end: dateToDay(scale.invert(x1)) + 1 };
}
