// fast-check generators of timeline documents, shared by the Vitest property tests (through
// tests/arbitraries.ts) and the in-browser properties (e2e/properties.spec.ts): valid documents
// with hostile text and every kind of calendar date, and the ways a document can be wrong. No
// test runner is imported here, so both runners can load it.
import fc from 'fast-check';
import type { EventData, Source, TimelineData, Track } from '../src/model/schema';
import {
  daysInMonth,
  firstDay,
  lastDay,
  parseCalendarDate,
  type CalendarDate,
} from '../src/model/dates';

/** Text as it arrives from real and hostile data: scripts, RTL, emoji, markup, combining marks. */
export const TEXT_SAMPLES = [
  'Anti-satellite test',
  '日本とロシアの「戦略対話」',
  '北方領土問題について安倍首相とプーチン大統領が会談',
  'Переговоры Лаврова и Асо в Токио',
  'Сахалин-2: «Газпром» получает контроль',
  'اختبار صاروخي مضاد للأقمار الصناعية',
  '\u202Eتجربة\u202C ASAT 2007 \u200Fمقابل\u200E Moscow',
  'שלום עולם',
  '🛰️💥 ASAT',
  '👩🏽‍🚀🇯🇵🇷🇺👨‍👩‍👧‍👦',
  'e\u0301\u0302\u0303\u0304 Z\u0334\u0321\u0322\u031B\u0347\u0326 a\u20DD',
  '\u200B',
  'null',
  'undefined',
  '0',
  '__proto__',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</blockquote><svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  "' onmouseover='alert(1)",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'a & b < c > d " e \' f',
  'Line one\nLine two\r\nLine three',
  '\\u0000 \u0000 NUL',
];

const PADDING = ['', '', ' ', '   ', '\t', '\n', '\u00A0', '\u3000', ' \n\t ', '\uFEFF'];

const coreText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TEXT_SAMPLES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  {
    // Very long: up to a few thousand characters.
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...TEXT_SAMPLES), fc.integer({ min: 5, max: 80 }))
      .map(([s, n]) => Array.from({ length: n }, () => s).join(' ')),
  },
);

/** Non-blank text (the schema's `text`), often padded with whitespace of several kinds. */
export const textArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PADDING), coreText, fc.constantFrom(...PADDING))
  .map(([a, b, c]) => a + b + c)
  .filter((s) => /\S/.test(s));

const slugPart = fc.stringMatching(/^[a-z0-9]{1,8}$/);
/** A lowercase slug: letters, digits and single hyphens. */
export const slugArb: fc.Arbitrary<string> = fc
  .array(slugPart, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

/** A year as written in a date: mostly modern, sometimes anywhere in 0000–9999 or BCE. */
const yearArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1900, max: 2030 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9999 }) },
  { weight: 1, arbitrary: fc.integer({ min: -9999, max: -1 }) },
);

export function yearText(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}
const two = (n: number) => String(n).padStart(2, '0');

export type Precision = 'year' | 'month' | 'day';

/** A valid calendar date at a given precision, without a qualifier. */
function plainDateArb(precision?: Precision): fc.Arbitrary<string> {
  const precisionArb: fc.Arbitrary<Precision> =
    precision !== undefined
      ? fc.constant(precision)
      : fc.constantFrom<Precision>('day', 'day', 'day', 'month', 'year');
  return fc
    .tuple(precisionArb, yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([p, year, month, day]) => {
      if (p === 'year') return yearText(year);
      if (p === 'month') return `${yearText(year)}-${two(month)}`;
      return `${yearText(year)}-${two(month)}-${two(Math.min(day, daysInMonth(year, month)))}`;
    });
}

/** Dates many events share, so some documents pile events onto one day. */
const SHARED_DATES = ['2007-01-11', '2007-01-11~', '2007-01', '2007', '2008-02-29', '1945-08-15'];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `~` (or EDTF `?`, `%`) now and then. */
export const calendarDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SHARED_DATES) },
  {
    weight: 7,
    arbitrary: fc
      .tuple(plainDateArb(), fc.constantFrom('', '', '', '', '~', '~', '?', '%'))
      .map(([d, q]) => d + q),
  },
);

const parsed = (text: string): CalendarDate => {
  const result = parseCalendarDate(text);
  if (!result.ok) throw new Error(`generator made an invalid date: ${result.reason}`);
  return result.date;
};

/**
 * A start date and, now and then, an end date whose last day is not before the start's first
 * day (what validation asks). The end may start before the start when it is coarser:
 * `2007-06-15` to `2007-06`.
 */
const datesArb: fc.Arbitrary<{ date: string; end?: string }> = fc
  .tuple(calendarDateArb, fc.option(calendarDateArb, { freq: 4, nil: undefined }))
  .map(([a, b]) => {
    if (b === undefined) return { date: a };
    return lastDay(parsed(b)) >= firstDay(parsed(a)) ? { date: a, end: b } : { date: b, end: a };
  });

const urlArb = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://example.org/cable_07TOKYO2690/?hl=', 'HTTP://EXAMPLE.ORG/A'),
);

const sentArb = fc
  .tuple(
    plainDateArb('day').filter((d) => !d.startsWith('-')),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), {
      nil: undefined,
    }),
  )
  .map(([d, time]) => (time ? `${d}T${two(time[0])}:${two(time[1])}Z` : d));

const fileArb = fc.constantFrom('sources/07TOKYO2690.txt', 'texts/a_b-c.txt', 'x.txt');

function cableArb(index: number): fc.Arbitrary<Source> {
  return fc
    .record(
      {
        post: fc.constantFrom('TOKYO', 'MOSCOW', 'BEIJING', 'STATE'),
        year: fc.integer({ min: 0, max: 99 }),
        subject: textArb,
        classification: fc.oneof(fc.constantFrom('CONFIDENTIAL', 'SECRET'), textArb),
        origin: textArb,
        destination: textArb,
        sent: sentArb,
        released: calendarDateArb,
        url: urlArb,
        text: fc.constantFrom('full' as const, 'excerpt' as const),
        file: fileArb,
      },
      { requiredKeys: ['post', 'year', 'subject', 'classification', 'origin', 'text'] },
    )
    .map(({ post, year, ...rest }) => {
      const reference = `${two(year)}${post}${index + 1}`;
      return { id: reference, kind: 'cable', reference, ...rest };
    });
}

function articleArb(index: number): fc.Arbitrary<Source> {
  return fc
    .record(
      {
        outlet: textArb,
        author: textArb,
        headline: textArb,
        date: calendarDateArb,
        url: urlArb,
        file: fileArb,
      },
      { requiredKeys: ['author', 'headline', 'date'] },
    )
    .map((fields) => ({ id: `article-${index}`, kind: 'article', ...fields }));
}

const sourcesArb: fc.Arbitrary<Source[]> = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 4 })
  .chain((kinds) => fc.tuple(...kinds.map((cable, i) => (cable ? cableArb(i) : articleArb(i)))));

const tracksArb: fc.Arbitrary<Track[]> = fc
  .uniqueArray(slugArb, { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          label: textArb,
          order: fc.integer({ min: -1000, max: 1000 }),
        }),
      ),
    ),
  );

function citationArb(sources: readonly Source[]): fc.Arbitrary<EventData['citations'][number]> {
  return fc
    .tuple(
      fc.constantFrom(...sources),
      textArb,
      fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    )
    .map(([source, quote, paragraph]) =>
      // Articles have no numbered paragraphs.
      source.kind === 'cable' && paragraph !== undefined
        ? { source: source.id, paragraph, quote }
        : { source: source.id, quote },
    );
}

type EventBody = Omit<EventData, 'id' | 'date' | 'end' | 'track'>;

function eventBodyArb(sources: readonly Source[]): fc.Arbitrary<EventBody> {
  return fc.record(
    {
      dateLabel: textArb,
      title: textArb,
      summary: textArb,
      actors: fc.array(textArb, { maxLength: 3 }),
      citations: fc.uniqueArray(citationArb(sources), {
        minLength: 1,
        maxLength: 3,
        selector: (c) => `${c.source}|${c.paragraph ?? ''}|${c.quote}`,
      }),
      context: fc.boolean(),
    },
    { requiredKeys: ['title', 'summary', 'citations'] },
  );
}

/**
 * `count` events with ids `<prefix>-<i>`. Small documents get a body (texts, citations) per
 * event; big ones reuse up to 24 bodies, so that 500 events stay quick to generate while every
 * event still gets its own dates and track.
 */
function eventsArb(
  count: number,
  prefix: string,
  tracks: readonly Track[],
  sources: readonly Source[],
): fc.Arbitrary<EventData[]> {
  const body = eventBodyArb(sources);
  const trackIds = tracks.map((t) => t.id);
  const bodies = count <= 24 ? count : 24;
  return fc
    .record({
      bodies: fc.array(body, { minLength: bodies, maxLength: bodies }),
      dates: fc.array(datesArb, { minLength: count, maxLength: count }),
      tracks: fc.array(fc.nat({ max: trackIds.length - 1 }), {
        minLength: count,
        maxLength: count,
      }),
    })
    .map(({ bodies, dates, tracks: picks }) =>
      dates.map((d, i) => ({
        id: `${prefix}-${i}`,
        ...d,
        track: trackIds[picks[i] ?? 0] ?? trackIds[0]!,
        ...structuredClone(bodies[i % bodies.length]!),
      })),
    );
}

export interface ValidDocOptions {
  /** most documents are small; about one in 40 has 150 to maxEvents events */
  maxEvents?: number;
}

/** Valid timeline documents: 0 to 500 events by default. */
export function validDocArb({ maxEvents = 500 }: ValidDocOptions = {}): fc.Arbitrary<TimelineData> {
  const small = Math.min(12, maxEvents);
  const countArb = fc.oneof(
    { weight: 30, arbitrary: fc.integer({ min: 0, max: small }) },
    { weight: 4, arbitrary: fc.integer({ min: small, max: Math.min(60, maxEvents) }) },
    { weight: 1, arbitrary: fc.integer({ min: Math.min(150, maxEvents), max: maxEvents }) },
  );
  return fc
    .record({
      tracks: tracksArb,
      sources: sourcesArb,
      count: countArb,
      idPrefix: slugArb,
      title: textArb,
      description: fc.option(textArb, { nil: undefined }),
      schema: fc.option(fc.constant('./timeline.schema.json'), { nil: undefined }),
    })
    .chain(({ tracks, sources, count, idPrefix, title, description, schema }) =>
      eventsArb(count, idPrefix, tracks, sources).map((events): TimelineData => {
        const doc: TimelineData = { title, tracks, sources, events };
        if (description !== undefined) doc.description = description;
        if (schema !== undefined) doc.$schema = schema;
        return doc;
      }),
    );
}

export type JsonPath = (string | number)[];

/** Every path of a JSON value, containers and leaves, the root ([]) included. */
export function jsonPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => jsonPaths(v, [...prefix, k]))];
}

export function valueAtPath(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** A deep copy of `root` with `value` at `path`. */
export function withValueAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

/** Values of every JSON type, plain ones and some that look almost right. */
const anyTypeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, 1, -1, 2.5, '', ' ', '1', 'true', [], {}, [''], {
    id: 'x',
  }),
  fc.jsonValue(),
);

export interface WrongTypeCase {
  doc: TimelineData;
  path: JsonPath;
  original: unknown;
  replacement: unknown;
  /** the document with the replacement */
  input: unknown;
}

/** A valid document with the value at one of its paths replaced by one of another JSON type. */
export function wrongTypeArb(
  options: ValidDocOptions = { maxEvents: 6 },
): fc.Arbitrary<WrongTypeCase> {
  return validDocArb(options).chain((doc) => {
    const paths = jsonPaths(doc);
    return fc.constantFrom(...paths).chain((path) => {
      const original = valueAtPath(doc, path);
      return anyTypeArb
        .filter((v) => jsonType(v) !== jsonType(original))
        .map((replacement) => ({
          doc,
          path,
          original,
          replacement,
          input: withValueAt(doc, path, replacement),
        }));
    });
  });
}

/** Dates the pattern allows but the calendar does not have. */
export const impossibleDateArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(yearArb, fc.constantFrom(0, 13, 14, 20, 99)).map(([y, m]) => `${yearText(y)}-${two(m)}`),
  fc
    .tuple(
      yearArb,
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom<'zero' | 'over'>('zero', 'over'),
    )
    .map(
      ([y, m, kind]) =>
        `${yearText(y)}-${two(m)}-${kind === 'zero' ? '00' : two(daysInMonth(y, m) + 1)}`,
    ),
  fc.constantFrom('2007-02-29', '1900-02-29', '2100-02-29', '2007-04-31', '2007-02-30'),
);

/** Keys that are dangerous on plain objects (prototype pollution) or simply unknown. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' title',
  'Title',
];
