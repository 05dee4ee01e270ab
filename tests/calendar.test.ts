// Calendar edge cases: dates before 1970, a span of a thousand years, one event, a crowd on one
// day, leap days, year and month precision. Each validates, lays out and keeps its calendar
// day, and the same outputs come out whatever the process's time zone: the suite pins
// Asia/Tokyo, and the zones are switched at runtime to Pacific/Kiritimati (UTC+14) and
// Pacific/Pago_Pago (UTC−11), where any local-time arithmetic lands on another day.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validData } from './fixtures';
import type { EventData, TimelineData } from '../src/model/schema';
import { validateTimeline, formatError } from '../src/model/validate';
import { parseCalendarDate } from '../src/model/dates';
import { toTimelineEvent } from '../src/model/timeline';
import { formatEventDate, machineDate } from '../src/format/dates';
import { checkLayout } from './arbitraries';
import { defaultRange } from '../src/timeline';
import { readFileSync } from 'node:fs';

type Dates = Pick<EventData, 'date' | 'end'>;

/** The shared valid document with its events replaced by one per date. */
function documentWith(dates: readonly Dates[]): TimelineData {
  return {
    ...validData(),
    events: dates.map((d, i) => ({
      id: `e${i}`,
      ...d,
      title: `Event ${i} on ${d.date}`,
      summary: 'Summary.',
      track: i % 3 === 0 ? 'security' : 'diplomacy',
      citations: [{ source: 'article', quote: 'Quote.' }],
    })),
  };
}

interface Expected {
  first: string;
  last: string;
  en: string;
  ja?: string;
  ru?: string;
}

const cases: Array<{ name: string; dates: Dates[]; expected: Expected[] }> = [
  {
    name: 'an event before 1970',
    dates: [{ date: '1945-08-15' }],
    expected: [
      {
        first: '1945-08-15',
        last: '1945-08-15',
        en: '15 August 1945',
        ja: '1945年8月15日',
        ru: '15 августа 1945 г.',
      },
    ],
  },
  {
    name: 'the days either side of the epoch and of a new year',
    dates: [
      { date: '1969-12-31' },
      { date: '1970-01-01' },
      { date: '2006-12-31' },
      { date: '2007-01-01' },
    ],
    expected: [
      { first: '1969-12-31', last: '1969-12-31', en: '31 December 1969' },
      { first: '1970-01-01', last: '1970-01-01', en: '1 January 1970' },
      { first: '2006-12-31', last: '2006-12-31', en: '31 December 2006' },
      { first: '2007-01-01', last: '2007-01-01', en: '1 January 2007' },
    ],
  },
  {
    name: 'years before year 1 (astronomical: 0000 is 1 BC)',
    dates: [{ date: '-0043-03-15' }, { date: '0000', end: '0001' }],
    expected: [
      {
        first: '-000043-03-15',
        last: '-000043-03-15',
        en: '15 March 44 BC',
        ja: '紀元前44年3月15日',
        ru: '15 марта 44 г. до н. э.',
      },
      { first: '0000-01-01', last: '0001-12-31', en: '1 BC\u2009–\u20091 AD' },
    ],
  },
  {
    name: 'a span of 1,000 years',
    dates: [{ date: '1011', end: '2011' }],
    expected: [
      {
        first: '1011-01-01',
        last: '2011-12-31',
        en: '1011\u2009–\u20092011',
        ja: '1011年～2011年',
      },
    ],
  },
  {
    name: 'a single event',
    dates: [{ date: '2011-03-11' }],
    expected: [
      { first: '2011-03-11', last: '2011-03-11', en: '11 March 2011', ja: '2011年3月11日' },
    ],
  },
  {
    name: 'sixty events on one day',
    dates: Array.from({ length: 60 }, () => ({ date: '2007-01-11' })),
    expected: Array.from({ length: 60 }, () => ({
      first: '2007-01-11',
      last: '2007-01-11',
      en: '11 January 2007',
    })),
  },
  {
    name: 'the leap day 2008-02-29 and the month that holds it',
    dates: [{ date: '2008-02-29' }, { date: '2008-02' }, { date: '2000-02-29' }],
    expected: [
      { first: '2008-02-29', last: '2008-02-29', en: '29 February 2008', ru: '29 февраля 2008 г.' },
      { first: '2008-02-01', last: '2008-02-29', en: 'February 2008', ja: '2008年2月' },
      { first: '2000-02-29', last: '2000-02-29', en: '29 February 2000' },
    ],
  },
  {
    name: 'year and month precision, approximate or not',
    dates: [{ date: '2007' }, { date: '2006~' }, { date: '2010-11' }, { date: '2007-01-11~' }],
    expected: [
      { first: '2007-01-01', last: '2007-12-31', en: '2007', ja: '2007年', ru: '2007' },
      { first: '2006-01-01', last: '2006-12-31', en: 'c. 2006', ja: '2006年頃', ru: 'ок. 2006' },
      { first: '2010-11-01', last: '2010-11-30', en: 'November 2010', ru: 'ноябрь 2010 г.' },
      { first: '2007-01-11', last: '2007-01-11', en: 'c. 11 January 2007' },
    ],
  },
];

/**
 * The ISO day of a day number, computed without the model's own civil-date code (years before
 * 0 come out in Date's six-digit form, -000043-03-15).
 */
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().replace(/T.*/, '');

describe('calendar edge cases', () => {
  for (const { name, dates, expected } of cases) {
    it(`${name}: validates, lays out and keeps its calendar day`, () => {
      const result = validateTimeline(documentWith(dates));
      expect(result.errors.map(formatError)).toEqual([]);
      if (!result.ok) return;
      const byId = new Map(result.timeline.events.map((e) => [e.id, e]));
      expected.forEach((want, i) => {
        const event = byId.get(`e${i}`)!;
        expect(isoOf(event.startDay)).toBe(want.first);
        expect(isoOf(event.endDay)).toBe(want.last);
        expect(machineDate(event.start)).toBe(dates[i]!.date.replace('~', ''));
        expect(formatEventDate(event)).toBe(want.en);
        if (want.ja) expect(formatEventDate(event, 'ja-JP')).toBe(want.ja);
        if (want.ru) expect(formatEventDate(event, 'ru-RU')).toBe(want.ru);
      });
      for (const width of [320, 1280, 1920])
        for (const k of [1 / 512, 1 / 8, 1, 8, 300]) checkLayout(result.timeline, width, k, 3);
    });
  }

  it("opens on the data's own period, whatever its era: every event inside the view at load", () => {
    for (const { name, dates } of cases) {
      const result = validateTimeline(documentWith(dates));
      if (!result.ok) throw new Error(name);
      const { start, end } = defaultRange(result.timeline.events);
      for (const e of result.timeline.events) {
        expect(e.startDay, name).toBeGreaterThanOrEqual(start);
        expect(e.endDay, name).toBeLessThan(end);
      }
      const first = Math.min(...result.timeline.events.map((e) => e.startDay));
      const last = Math.max(...result.timeline.events.map((e) => e.endDay));
      if (last + 1 - first >= 365) {
        // Whole months, at most a month of air on either side.
        expect(isoOf(start).endsWith('-01'), name).toBe(true);
        expect(isoOf(end).endsWith('-01'), name).toBe(true);
        expect(first - start, name).toBeLessThan(31);
        expect(end - (last + 1), name).toBeLessThan(31);
      } else {
        // At least a month, the events in the middle (not on an edge, where labels are cut).
        expect(end - start, name).toBeGreaterThanOrEqual(30);
        expect(Math.abs(first - start - (end - (last + 1))), name).toBeLessThanOrEqual(1);
      }
    }
    // The demo story: context events (2006) lie before the view, which is January 2007 to
    // March 2011 as before.
    const story = validateTimeline(
      JSON.parse(readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8')),
    );
    if (!story.ok) throw new Error('data/timeline.json');
    const view = defaultRange(story.timeline.events);
    expect([isoOf(view.start), isoOf(view.end)]).toEqual(['2007-01-01', '2011-04-01']);
  });

  it('refuses 29 February in a common year, at its path', () => {
    const result = validateTimeline(documentWith([{ date: '2007-02-29' }, { date: '1900-02-29' }]));
    expect(result.errors.map(formatError)).toEqual([
      'events[0].date: "2007-02-29" is not a valid date (month 02 of 2007 has 28 days)',
      'events[1].date: "1900-02-29" is not a valid date (month 02 of 1900 has 28 days)',
    ]);
  });
});

describe('the same days in every time zone, switched at runtime', () => {
  const zones = [
    { zone: 'Asia/Tokyo', offset: -540 },
    { zone: 'Pacific/Kiritimati', offset: -840 },
    { zone: 'Pacific/Pago_Pago', offset: 660 },
  ];
  const pinned = process.env.TZ;
  afterAll(() => {
    process.env.TZ = pinned;
  });

  /** Everything a reader or the layout sees of the cases, computed by freshly loaded modules. */
  async function outputsIn(zone: string): Promise<string[]> {
    process.env.TZ = zone;
    // Fresh modules: nothing cached (formatters included) from another zone.
    vi.resetModules();
    const { validateTimeline } = await import('../src/model/validate');
    const { formatEventDate, machineDate } = await import('../src/format/dates');
    const { formatIsoDay, dayNumber } = await import('../src/model/dates');
    const { indexLanes, layoutLanes } = await import('../src/layout/layout');
    const { metricsFor } = await import('../src/layout/metrics');
    const { estimateTextWidth } = await import('../src/layout/measure');
    const { createBaseScale, dayToXOf } = await import('../src/scales/time');
    const lines: string[] = [];
    for (const { name, dates } of cases) {
      const result = validateTimeline(documentWith(dates));
      if (!result.ok) throw new Error(`${name}: ${result.errors.map(formatError).join('; ')}`);
      for (const e of result.timeline.events) {
        const shown = ['en-GB', 'ja-JP', 'ru-RU'].map((l) => formatEventDate(e, l));
        lines.push(
          [name, e.id, formatIsoDay(e.startDay), formatIsoDay(e.endDay), machineDate(e.start)]
            .concat(shown)
            .join(' | '),
        );
      }
      const toX = dayToXOf(
        createBaseScale({ start: dayNumber(2007, 1, 1), end: dayNumber(2011, 4, 1) }, 1280),
      );
      const layout = layoutLanes(
        indexLanes(result.timeline, 3),
        toX,
        estimateTextWidth(13),
        metricsFor(1280, 3, String),
      );
      for (const lane of layout.lanes)
        for (const item of lane.items)
          lines.push(
            `${name} | ${item.kind} ${item.id} row ${item.row} ${item.left} ${item.right}`,
          );
    }
    return lines;
  }

  it('gives identical dates, labels and layouts in Tokyo, Kiritimati and Pago Pago', async () => {
    const outputs: string[][] = [];
    for (const { zone, offset } of zones) {
      const lines = await outputsIn(zone);
      // The zone really is in force: UTC midnight of 11 January 2007 is another local day in
      // Pago Pago.
      const instant = new Date(Date.UTC(2007, 0, 11));
      expect(instant.getTimezoneOffset(), zone).toBe(offset);
      expect(instant.getDate(), zone).toBe(offset > 0 ? 10 : 11);
      outputs.push(lines);
    }
    expect(outputs[0]!.length).toBeGreaterThan(80);
    expect(outputs[0]).toContain(
      'an event before 1970 | e0 | 1945-08-15 | 1945-08-15 | 1945-08-15 | 15 August 1945 | 1945年8月15日 | 15 августа 1945 г.',
    );
    // Line by line, so a failure shows what moved.
    const tokyo = outputs[0]!;
    outputs.slice(1).forEach((lines, i) => {
      const moved = lines.flatMap((line, j) =>
        line === tokyo[j] ? [] : [`${zones[i + 1]!.zone}: ${line} (Tokyo: ${tokyo[j]})`],
      );
      expect(moved).toEqual([]);
      expect(lines.length).toBe(tokyo.length);
    });
  });
});

// Rarer valid dates: spans ending at a coarser precision, and years before year 1 (ISO 8601
// astronomical years: 0000 is 1 BC, -0043 is 44 BC).
describe('formatEventDate and machineDate on rarer valid dates', () => {
  const event = (date: string, end?: string) =>
    toTimelineEvent(
      {
        id: 'x',
        date,
        ...(end !== undefined ? { end } : {}),
        title: 'T',
        summary: 'S',
        track: 't',
        citations: [{ source: 's', quote: 'q' }],
      },
      0,
    );

  it('shows each end of a span at its own precision when the two differ', () => {
    // A date known to the month is shown as a month, at either end: "2009-03" to 2009-03-15 is
    // not "1 – 15 March 2009", nor 2007-01-11 to "2007-02" "11 January – 28 February 2007".
    expect(formatEventDate(event('2009-03', '2009-03-15'))).toBe('March 2009 – 15 March 2009');
    expect(formatEventDate(event('2007-01-11', '2007-02'))).toBe('11 January 2007 – February 2007');
    expect(formatEventDate(event('2009', '2009-06'))).toBe('2009 – June 2009');
    expect(formatEventDate(event('2006~', '2007-02-03'))).toBe('c. 2006 – 3 February 2007');
    expect(formatEventDate(event('2009-03', '2009-03-15'), 'ja-JP')).toBe(
      '2009年3月～2009年3月15日',
    );
    expect(formatEventDate(event('2009-03', '2009-03-15'), 'ru-RU')).toBe(
      'март 2009 г. – 15 марта 2009 г.',
    );
    // Same precision at both ends: Intl's range pattern, with its thin spaces in English.
    expect(formatEventDate(event('2009-03-02', '2009-03-15'))).toBe('2\u2009–\u200915 March 2009');
  });

  it('writes years before year 1 as ISO 8601 and shows their era', () => {
    const ides = event('-0044-03-15');
    expect(parseCalendarDate('-0044-03-15').ok).toBe(true);
    // Astronomical numbering: -0044 is 45 BC (not "15 March 45", which reads as AD 45, and
    // not "0-44-03-15", which is no datetime at all) …
    expect(machineDate(ides.start)).toBe('-0044-03-15');
    expect(formatEventDate(ides)).toBe('15 March 45 BC');
    // … and the Ides of March of 44 BC is -0043-03-15, in every locale.
    const caesar = event('-0043-03-15');
    expect(machineDate(caesar.start)).toBe('-0043-03-15');
    expect(formatEventDate(caesar)).toBe('15 March 44 BC');
    expect(formatEventDate(caesar, 'ja-JP')).toBe('紀元前44年3月15日');
    expect(formatEventDate(caesar, 'ru-RU')).toBe('15 марта 44 г. до н. э.');
  });

  it('shows year 0 as 1 BC and the era at both ends of a span across it', () => {
    const zero = event('0000');
    expect(machineDate(zero.start)).toBe('0000');
    expect(formatEventDate(zero)).toBe('1 BC');
    expect(formatEventDate(zero, 'ja-JP')).toBe('紀元前1年');
    expect(formatEventDate(event('-0043~'), 'ja-JP')).toBe('紀元前44年頃');
    expect(formatEventDate(event('-0043-03'), 'ru-RU')).toBe('март 44 г. до н. э.');
    const across = event('-0500', '0100');
    expect(machineDate(across.start)).toBe('-0500');
    expect(formatEventDate(across)).toBe('501 BC\u2009–\u2009100 AD');
    expect(formatEventDate(across, 'ja-JP')).toBe('紀元前501年～西暦100年');
    expect(formatEventDate(across, 'ru-RU')).toBe('501\u202fг. до н. э. – 100\u202fг. н. э.');
    // Written out on their own, first-millennium years show their era too ("19 August 14"
    // reads as a number); from 1000 on, none.
    expect(formatEventDate(event('0001'))).toBe('1 AD');
    expect(formatEventDate(event('0014-08-19'))).toBe('19 August 14 AD');
    expect(formatEventDate(event('0999-01'))).toBe('January 999 AD');
    expect(formatEventDate(event('1000'))).toBe('1000');
    expect(machineDate(event('0999-01').start)).toBe('0999-01');
  });
});
