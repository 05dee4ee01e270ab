// Calendar dates, not instants. A date is parsed into integer day numbers (days since
// 1970-01-01 in the proleptic Gregorian calendar) so no time zone can ever shift it; Date
// objects are only made at UTC midnight for d3's UTC scales and Intl formatting with
// timeZone 'UTC'.

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  /** 1–12, present for month and day precision */
  month?: number;
  /** 1–31, present for day precision */
  day?: number;
  precision: Precision;
  /** EDTF `~`, `?` or `%`: the date is approximate or uncertain */
  approximate: boolean;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with an optional EDTF qualifier. Years before 1 are ISO 8601
 * astronomical years: `0000` is 1 BC, `-0043-03-15` is 15 March 44 BC (proleptic Gregorian).
 */
export const DATE_PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** A cable's sending time: its day, and the UTC hour and minute of its date-time group. */
export const SENT_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\dZ)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateParseResult = { ok: true; date: CalendarDate } | { ok: false; reason: string };

export function parseCalendarDate(text: unknown): DateParseResult {
  if (typeof text !== 'string') return { ok: false, reason: 'must be a date string' };
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${text}" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for approximate)`,
    };
  }
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  const approximate = qualifier !== undefined;
  if (monthText === undefined) return { ok: true, date: { year, precision: 'year', approximate } };
  const month = Number(monthText);
  if (month < 1 || month > 12)
    return { ok: false, reason: `"${text}" is not a valid date (no month ${monthText})` };
  if (dayText === undefined)
    return { ok: true, date: { year, month, precision: 'month', approximate } };
  const day = Number(dayText);
  const lastDay = daysInMonth(year, month);
  if (day < 1) return { ok: false, reason: `"${text}" is not a valid date (no day ${dayText})` };
  if (day > lastDay) {
    return {
      ok: false,
      reason: `"${text}" is not a valid date (month ${monthText} of ${year} has ${lastDay} days)`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day', approximate } };
}

/** The calendar date of a date or a date-time: "2007-01-11T05:27Z" → "2007-01-11". */
export function datePart(text: string): string {
  return text.split('T', 1)[0] ?? text;
}

/** Days since 1970-01-01 (may be negative). Pure arithmetic, no Date, no time zone. */
export function dayNumber(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

export function civilFromDayNumber(n: number): CivilDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** First day covered by a date at its precision. */
export function firstDay(date: CalendarDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** Last day covered by a date at its precision (inclusive). */
export function lastDay(date: CalendarDate): number {
  if (date.precision === 'day') return firstDay(date);
  if (date.precision === 'month') {
    const month = date.month ?? 1;
    return dayNumber(date.year, month, daysInMonth(date.year, month));
  }
  return dayNumber(date.year, 12, 31);
}

const MS_PER_DAY = 86_400_000;

/** UTC midnight of a day number, for d3's UTC scales. */
export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** The calendar day a UTC instant falls on (inverse of dayToDate for scale inversion). */
export function dateToDay(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return firstDay(a) - firstDay(b) || lastDay(a) - lastDay(b);
}

/**
 * An ISO 8601 year: astronomical numbering (year 0 is 1 BC, -0043 is 44 BC), at least four
 * digits, a minus sign before year 0.
 */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

export function formatIsoDay(day: number): string {
  const { year, month, day: d } = civilFromDayNumber(day);
  return `${isoYear(year)}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
