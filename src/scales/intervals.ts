// The calendar intervals the axes use, UTC years, months and days, with the part of d3-time's
// interval API they need (floor, offset, range, every) and its exact results. d3-time's single
// module builds every interval it has, with its tick machinery and d3-array, when it loads:
// 7 KB minified for these three.

export interface UtcInterval {
  /** the start of the period holding `date` */
  floor(date: Date): Date;
  /** `date` moved by `step` periods */
  offset(date: Date, step: number): Date;
  /** every period start from `start` (rounded up) to before `stop` */
  range(start: Date, stop: Date): Date[];
  /** the same interval keeping only the starts whose field (year, month, day − 1) is a multiple of `step` */
  every(step: number): UtcInterval;
}

function utcInterval(
  floor: (date: Date) => void,
  offset: (date: Date, step: number) => void,
  field: (date: Date) => number,
): UtcInterval {
  const interval: UtcInterval = {
    floor(date) {
      const d = new Date(+date);
      floor(d);
      return d;
    },
    offset(date, step) {
      const d = new Date(+date);
      offset(d, Math.floor(step));
      return d;
    },
    range(start, stop) {
      const starts: Date[] = [];
      // Round up: the first period start at or after `start`.
      const d = new Date(+start - 1);
      floor(d);
      offset(d, 1);
      floor(d);
      for (; d < stop; offset(d, 1), floor(d)) starts.push(new Date(+d));
      return starts;
    },
    every(step) {
      const k = Math.floor(step);
      return k > 1 ? everyNth(interval, (d) => ((field(d) % k) + k) % k === 0) : interval;
    },
  };
  return interval;
}

export const utcDay = utcInterval(
  (d) => d.setUTCHours(0, 0, 0, 0),
  (d, step) => d.setUTCDate(d.getUTCDate() + step),
  (d) => d.getUTCDate() - 1,
);

export const utcMonth = utcInterval(
  (d) => {
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCMonth(d.getUTCMonth() + step),
  (d) => d.getUTCMonth(),
);

export const utcYear = utcInterval(
  (d) => {
    d.setUTCMonth(0, 1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCFullYear(d.getUTCFullYear() + step),
  (d) => d.getUTCFullYear(),
);

/**
 * The periods of `base` that `keep` accepts, as an interval of its own (d3-time's
 * `interval.every`): floor goes back to the last kept period start, offset counts kept periods,
 * so `every(10)` of years steps from decade to decade.
 */
function everyNth(base: UtcInterval, keep: (date: Date) => boolean): UtcInterval {
  const nth: UtcInterval = {
    floor(date) {
      let d = base.floor(date);
      while (!keep(d)) d = base.offset(d, -1);
      return d;
    },
    offset(date, step) {
      let d = new Date(+date);
      const direction = step < 0 ? -1 : 1;
      for (let n = Math.abs(Math.floor(step)); n > 0; n--) {
        do d = base.offset(d, direction);
        while (!keep(d));
      }
      return d;
    },
    range(start, stop) {
      return base.range(start, stop).filter(keep);
    },
    // The axes never divide a divided interval again.
    every: () => nth,
  };
  return nth;
}
