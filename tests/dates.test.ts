import { describe, expect, it, vi } from 'vitest';
import {
  parseCalendarDate,
  datePart,
  dayNumber,
  civilFromDayNumber,
  firstDay,
  lastDay,
  dayToDate,
  formatIsoDay,
  type CalendarDate,
} from '../src/model/dates';
import {
  DEFAULT_LOCALE,
  formatCalendarDate,
  formatEventDate,
  usableLocale,
} from '../src/format/dates';

const parse = (s: string): CalendarDate => {
  const r = parseCalendarDate(s);
  if (!r.ok) throw new Error(r.reason);
  return r.date;
};

describe('parseCalendarDate', () => {
  it('reads the three precisions and the EDTF approximate marker', () => {
    expect(parse('2006')).toEqual({ year: 2006, precision: 'year', approximate: false });
    expect(parse('2007-02')).toEqual({
      year: 2007,
      month: 2,
      precision: 'month',
      approximate: false,
    });
    expect(parse('2007-02-27~')).toEqual({
      year: 2007,
      month: 2,
      day: 27,
      precision: 'day',
      approximate: true,
    });
  });
  it.each([
    ['2007-13-01', 'no month 13'],
    ['2007-02-30', 'has 28 days'],
    ['2007-02-29', 'has 28 days'],
    ['2007-04-31', 'has 30 days'],
    ['2007-00', 'no month 00'],
    ['2007-01-00', 'no day 00'],
    ['07-01-11', 'is not a valid date'],
    ['2007/01/11', 'is not a valid date'],
    ['', 'is not a valid date'],
  ])('rejects %s', (text, reason) => {
    const r = parseCalendarDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
  it('accepts leap days only in leap years', () => {
    expect(parseCalendarDate('2008-02-29').ok).toBe(true);
    expect(parseCalendarDate('2000-02-29').ok).toBe(true);
    expect(parseCalendarDate('1900-02-29').ok).toBe(false);
  });
  it('never throws on non-strings', () => {
    for (const v of [null, undefined, 3, {}, []]) expect(parseCalendarDate(v).ok).toBe(false);
  });
});

describe('datePart', () => {
  it("is a date-time's calendar date, and a date unchanged", () => {
    expect(datePart('2007-01-11T05:27Z')).toBe('2007-01-11');
    expect(datePart('-0043-03-15')).toBe('-0043-03-15');
    expect(datePart('2007')).toBe('2007');
  });
});

describe('day numbers', () => {
  it('matches the Unix epoch and round-trips across centuries', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2007, 1, 11)).toBe(Date.UTC(2007, 0, 11) / 86_400_000);
    for (let n = -800_000; n < 800_000; n += 997) {
      const c = civilFromDayNumber(n);
      expect(dayNumber(c.year, c.month, c.day)).toBe(n);
    }
  });
  it('covers the whole uncertainty of imprecise dates', () => {
    expect(formatIsoDay(firstDay(parse('2007-02')))).toBe('2007-02-01');
    expect(formatIsoDay(lastDay(parse('2007-02')))).toBe('2007-02-28');
    expect(formatIsoDay(lastDay(parse('2008-02')))).toBe('2008-02-29');
    expect(formatIsoDay(firstDay(parse('2006~')))).toBe('2006-01-01');
    expect(formatIsoDay(lastDay(parse('2006~')))).toBe('2006-12-31');
    expect(formatIsoDay(firstDay(parse('1965-03-04')))).toBe('1965-03-04');
  });
  it('maps a day to UTC midnight, independent of the process time zone', () => {
    expect(new Date(2007, 0, 11).getTimezoneOffset()).toBe(-540);
    expect(dayToDate(firstDay(parse('2007-01-11'))).toISOString()).toBe('2007-01-11T00:00:00.000Z');
  });
});

describe('formatEventDate', () => {
  it('shows each precision as it is known', () => {
    expect(formatEventDate({ start: parse('2007-02') })).toBe('February 2007');
    expect(formatEventDate({ start: parse('2007-01-11') })).toBe('11 January 2007');
    expect(formatEventDate({ start: parse('2007') })).toBe('2007');
  });
  it('shows spans as a range', () => {
    expect(
      formatEventDate({ start: parse('2007-02-27'), end: parse('2007-02-28') }).replace(/\s/g, ''),
    ).toBe('27–28February2007');
  });
  it('marks approximate dates with c. and honours display labels', () => {
    expect(formatEventDate({ start: parse('2006~'), dateLabel: 'early 2006' })).toBe(
      'c. early 2006',
    );
    expect(formatEventDate({ start: parse('2010-11~') })).toBe('c. November 2010');
  });
  it('puts c. on the end of a span that is approximate, not on the whole span', () => {
    // Intl writes its own ranges with thin spaces.
    const span = (start: string, end: string, locale?: string) =>
      formatEventDate({ start: parse(start), end: parse(end) }, locale).replace(/\s/g, ' ');
    expect(span('2006', '2007-03~')).toBe('2006 – c. March 2007');
    expect(span('2006~', '2007-03')).toBe('c. 2006 – March 2007');
    expect(span('2006~', '2007~')).toBe('c. 2006 – 2007');
    expect(span('2006', '2007-03~', 'ja')).toBe('2006年～2007年3月頃');
    // "Около" takes the genitive, on its own end only.
    expect(span('2006', '2007-03~', 'ru')).toBe('2006 – ок. марта 2007 г.');
  });
  it('formats in other interface languages', () => {
    expect(formatEventDate({ start: parse('2007-02') }, 'ja')).toBe('2007年2月');
    expect(formatEventDate({ start: parse('2007-02') }, 'ru')).toMatch(/февраль 2007/);
  });
  it('writes Japanese ranges like Japanese dates, the end without what it shares', () => {
    const range = (start: string, end: string) =>
      formatEventDate({ start: parse(start), end: parse(end) }, 'ja');
    expect(range('2008-11-04', '2008-11-05')).toBe('2008年11月4日～5日');
    expect(range('2008-11-04', '2008-12-05')).toBe('2008年11月4日～12月5日');
    expect(range('2008-11-04', '2009-01-05')).toBe('2008年11月4日～2009年1月5日');
    expect(range('2008-11', '2009-02')).toBe('2008年11月～2009年2月');
    expect(range('2008-11', '2008-12')).toBe('2008年11月～12月');
    expect(range('2007', '2008')).toBe('2007年～2008年');
    expect(range('2008-11-04', '2008-11-04')).toBe('2008年11月4日');
  });
});

describe('usableLocale', () => {
  it('keeps a language tag, canonicalised, and reads a POSIX underscore as a hyphen', () => {
    expect(usableLocale('ja-jp')).toBe('ja-JP');
    expect(usableLocale('pt_BR')).toBe('pt-BR');
  });
  it('falls back to the default for nothing, or for what is not a tag, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(usableLocale(undefined)).toBe(DEFAULT_LOCALE);
    expect(usableLocale('')).toBe(DEFAULT_LOCALE);
    expect(usableLocale('not a tag')).toBe(DEFAULT_LOCALE);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('approximate months in Russian', () => {
  it('take the genitive after "ок." (около + genitive), as Intl writes only beside a day', () => {
    const december = { year: 2006, month: 12, precision: 'month', approximate: true } as const;
    expect(formatCalendarDate(december, 'ru-RU')).toBe('ок. декабря 2006 г.');
    expect(formatCalendarDate({ ...december, approximate: false }, 'ru-RU')).toBe(
      'декабрь 2006 г.',
    );
  });
});
