// Dates shown to readers at the precision they are known: "February 2007",
// "27 – 28 February 2007", "c. early 2006". Formatting runs in UTC on UTC-midnight dates, so the
// reader's time zone never shifts a day. Years before 1 show their era ("44 BC", "紀元前44年",
// "44 г. до н. э."); the machine-readable form is ISO 8601's astronomical year (-0043).
import { dayToDate, firstDay, isoYear, lastDay, type CalendarDate } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { foreignLanguage } from '../model/language';

export const DEFAULT_LOCALE = 'en-GB';

/**
 * A locale Intl accepts. A page's template can write `lang=""` or a POSIX tag ("pt_BR"): the
 * underscore is read as a hyphen, and what is still not a language tag falls back to the
 * default (with a warning) instead of failing in the middle of drawing.
 */
export function usableLocale(tag: string | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? DEFAULT_LOCALE;
  } catch {
    console.warn(`cable-timeline: "${tag}" is not a language tag; using ${DEFAULT_LOCALE}`);
    return DEFAULT_LOCALE;
  }
}

/** The interface languages the element has strings for, by primary subtag. */
const ELEMENT_LOCALES: Record<string, string> = { en: 'en-GB', ja: 'ja-JP', ru: 'ru-RU' };

/**
 * The element's interface locale for a `lang` (its own, or the nearest one given): only the
 * languages it has strings for; any other, or a tag that is not one, reads in English, dates
 * included, rather than English controls around German dates. Shared with the pre-renderer,
 * so the no-JS list reads as the live one.
 */
export function elementLocale(lang: string | null | undefined): string {
  return ELEMENT_LOCALES[(lang || 'en').slice(0, 2).toLowerCase()] ?? DEFAULT_LOCALE;
}

const formatOptions: Record<CalendarDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Whether a date must show its era: astronomical year 0 is 1 BC, -43 is 44 BC. */
export function beforeCommonEra(year: number): boolean {
  return year < 1;
}

/**
 * Whether a date written out on its own (a card, the list, a marker's name) shows its era:
 * before year 1, and in the first millennium too, where "19 August 14" reads as a number and
 * "19 August 14 AD" as a date. The axis decides by its view (beforeCommonEra).
 */
export function showsEra(year: number): boolean {
  return year < 1000;
}

/** Intl options with the era added when the years shown start before year 1. */
export function withEra(
  options: Intl.DateTimeFormatOptions,
  era: boolean,
): Intl.DateTimeFormatOptions {
  return era ? { ...options, era: 'short' } : options;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** An Intl formatter in UTC (dates are UTC midnights), made once per locale and options. */
function utcFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  name = JSON.stringify(options),
): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** The formatter of dates known to `precision`, with the era when the years need one. */
function formatter(
  locale: string,
  precision: CalendarDate['precision'],
  era: boolean,
): Intl.DateTimeFormat {
  // Named by precision and era: cards and lists format every event, with no options to serialize.
  return utcFormat(locale, withEra(formatOptions[precision], era), `${precision}|${era}`);
}

/**
 * Creates the formatter a first render needs. A page's first Intl date formatter costs about
 * 20 ms while ICU loads its data: callers pay that while the page waits (for its data, or idle)
 * rather than in the first paint.
 */
export function warmDateFormat(locale: string): void {
  try {
    formatter(locale, 'day', false).format(0);
  } catch {
    // An unusable locale is reported where it is used; warming up is only an optimisation.
  }
}

const circa: Record<string, string> = { ja: '頃', ru: 'ок.', en: 'c.' };

/** The "about" marker for approximate dates, placed as the language expects. */
export function withCirca(text: string, locale: string): string {
  const language = locale.slice(0, 2);
  if (language === 'ja') return `${text}${circa.ja}`;
  return `${circa[language] ?? circa.en} ${text}`;
}

/** Between the two ends of a range written out by hand, as Intl's range patterns write it. */
function rangeSeparator(locale: string): string {
  return locale.slice(0, 2) === 'ja' ? '～' : ' – ';
}

export function formatCalendarDate(date: CalendarDate, locale = DEFAULT_LOCALE): string {
  if (date.approximate && date.precision === 'month' && locale.slice(0, 2) === 'ru') {
    // "Около" takes the genitive ("ок. декабря 2006 г."), which Intl writes only after a day.
    const withDay = formatter(locale, 'day', showsEra(date.year)).format(dayToDate(firstDay(date)));
    return withCirca(withDay.replace(/^\d+\s+/, ''), locale);
  }
  const text = formatter(locale, date.precision, showsEra(date.year)).format(
    dayToDate(firstDay(date)),
  );
  return date.approximate ? withCirca(text, locale) : text;
}

/**
 * The date of an event as a reader sees it, at its precision, with "c." when approximate.
 * `dataLanguage`: the language the data is written in; when the interface reads otherwise, the
 * event's dateLabel (a phrase in the data's language) gives way to the structured date, which
 * every interface language can write.
 */
export function formatEventDate(
  event: Pick<TimelineEvent, 'start' | 'end' | 'dateLabel'>,
  locale = DEFAULT_LOCALE,
  dataLanguage?: string,
): string {
  const approximate = event.start.approximate || (event.end?.approximate ?? false);
  if (event.dateLabel !== undefined && foreignLanguage(dataLanguage, locale) === null)
    return approximate ? withCirca(event.dateLabel, locale) : event.dateLabel;
  if (!event.end) return formatCalendarDate(event.start, locale);
  // A span that starts before year 1 shows the era at both ends ("44 BC – 10 AD").
  const era = showsEra(event.start.year);
  // Ends known to different precisions each show their own, as a single date would: the range
  // pattern of the finer one would claim a day or month the data does not give ("2009-03" to
  // 2009-03-15 is not "1 – 15 March 2009").
  const atOwnPrecision = (date: CalendarDate) =>
    formatter(locale, date.precision, era).format(dayToDate(firstDay(date)));
  // One end approximate and not the other: each end says its own ("2006 – c. March 2007"); a
  // "c." before the whole span would put the doubt on its start.
  if (event.start.approximate !== event.end.approximate) {
    const end = (date: CalendarDate) =>
      date.approximate ? formatCalendarDate(date, locale) : atOwnPrecision(date);
    return `${end(event.start)}${rangeSeparator(locale)}${end(event.end)}`;
  }
  const text =
    event.start.precision !== event.end.precision
      ? `${atOwnPrecision(event.start)}${rangeSeparator(locale)}${atOwnPrecision(event.end)}`
      : locale.slice(0, 2) === 'ja'
        ? japaneseRange(
            formatter(locale, event.start.precision, era),
            dayToDate(firstDay(event.start)),
            dayToDate(lastDay(event.end)),
          )
        : formatter(locale, event.start.precision, era).formatRange(
            dayToDate(firstDay(event.start)),
            dayToDate(lastDay(event.end)),
          );
  return approximate ? withCirca(text, locale) : text;
}

/**
 * A Japanese range written like its single dates: ICU's range pattern turns "2008年11月4日"
 * into "2008/11/04～2008/11/05". The end drops the era, year and month it shares with the
 * start: "2008年11月4日～5日", "2008年11月～2009年2月".
 */
function japaneseRange(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  if (format.format(start) === format.format(end)) return format.format(start);
  const first = format.formatToParts(start);
  const last = format.formatToParts(end);
  let shared = 0;
  while (shared < last.length) {
    const part = last[shared];
    const same = first[shared];
    if (
      !part ||
      !same ||
      part.type === 'day' ||
      part.type !== same.type ||
      part.value !== same.value
    )
      break;
    shared++;
  }
  // A unit and its sign ("11" and "月") go together: never stop between them.
  if (shared > 0 && last[shared]?.type === 'literal') shared--;
  if (shared >= last.length) return format.format(start);
  const tail = last
    .slice(shared)
    .map((p) => p.value)
    .join('');
  return `${format.format(start)}${rangeSeparator('ja')}${tail}`;
}

/**
 * ISO 8601 form for `<time datetime>`: the start date at its own precision; years before 1 as
 * astronomical years (`-0043-03-15`).
 */
export function machineDate(date: CalendarDate): string {
  const y = isoYear(date.year);
  if (date.precision === 'year') return y;
  const m = String(date.month ?? 1).padStart(2, '0');
  if (date.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(date.day ?? 1).padStart(2, '0')}`;
}

/** utcFormat as a function of the date, for axis and overview labels. */
export function utcDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (d: Date) => string {
  const format = utcFormat(locale, options);
  return (d) => format.format(d);
}
