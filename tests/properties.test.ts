// Property-based tests on generated data (tests/arbitraries.ts): every valid document validates
// and lays out with each event shown exactly once and nothing overlapping; every invalid value
// is refused with path-precise reasons and never crashes validation or the loader.
// The unit run uses a fixed seed; `npm run test:fuzz` runs the same properties with a random
// seed (or FUZZ_SEED=<n>; FUZZ_RUNS=<n> for more runs) and prints it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { timelineSchema, type TimelineData } from '../src/model/schema';
import { validateTimeline, formatError, type ValidationResult } from '../src/model/validate';
import { checkTimeline } from '../src/model/check';
import { isWellFormed } from '../src/model/quick-check';
import { formatPath } from '../src/model/paths';
import { formatEventDate } from '../src/format/dates';
import { loadTimeline } from '../src/data/load';
import {
  checkLayout,
  ensure,
  HOSTILE_KEYS,
  impossibleDateArb,
  jsonPaths,
  validDocArb,
  valueAtPath,
  withValueAt,
  wrongTypeArb,
  type JsonPath,
} from './arbitraries';

const FUZZ = process.env.FUZZ === '1';
const FIXED_SEED = 20070111;
const seed = FUZZ
  ? Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
  : FIXED_SEED;
const numRuns = FUZZ ? Number(process.env.FUZZ_RUNS ?? 1000) : 1000;
if (FUZZ) {
  console.log(
    `[fuzz] seed ${seed}, ${numRuns} runs per property (reproduce: FUZZ_SEED=${seed} npm run test:fuzz)`,
  );
}

/** fc.assert with the run's seed; a failure names the seed that reproduces it. */
async function holds<Ts>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>): Promise<void> {
  try {
    await fc.assert(property, { seed, numRuns });
  } catch (error) {
    const hint = `fast-check seed ${seed}: reproduce with FUZZ_SEED=${seed} npm run test:fuzz`;
    console.error(hint);
    if (error instanceof Error) error.message = `${hint}\n${error.message}`;
    throw error;
  }
}

// Property tests are slower than plain ones: give each room on a loaded 2-core machine.
const TIMEOUT = 60_000;

const schemaAccepts = (v: unknown) => z.safeParse(timelineSchema, v).success;

function expectWellFormedErrors(result: ValidationResult): void {
  expect(result.ok).toBe(false);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(Array.isArray(error.path)).toBe(true);
    for (const segment of error.path) expect(['string', 'number']).toContain(typeof segment);
    expect(error.pathText).toBe(formatPath(error.path));
    expect(error.pathText.length).toBeGreaterThan(0);
    expect(error.message.trim().length).toBeGreaterThan(0);
    expect(formatError(error)).toBe(`${error.pathText}: ${error.message}`);
  }
}

/** Whether one path is a prefix of the other: the error points at the change or around it. */
const related = (a: JsonPath, b: JsonPath) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((segment, i) => segment === b[i]);
};

const widthArb = fc.integer({ min: 320, max: 1920 });
/** Zoom factors from far out (centuries on screen) to the deepest zoom (days). */
const zoomArb = fc.double({ min: -8, max: 9, noNaN: true }).map((e) => 2 ** e);

describe('generated valid documents', () => {
  it(
    'validate with both validators, lay out at any width and zoom, each event exactly once',
    async () => {
      await holds(
        fc.property(
          validDocArb(),
          fc.array(fc.tuple(widthArb, zoomArb), { minLength: 1, maxLength: 2 }),
          fc.integer({ min: 1, max: 4 }),
          (doc, views, maxRows) => {
            // As the browser gets it: through JSON.
            const input: unknown = JSON.parse(JSON.stringify(doc));
            const checked = checkTimeline(input);
            expect(checked.errors).toEqual([]);
            const result = validateTimeline(input);
            expect(result.errors).toEqual([]);
            expect(isWellFormed(input)).toBe(true);
            expect(schemaAccepts(input)).toBe(true);
            if (!result.ok) return;
            const { timeline } = result;
            expect(timeline.events.map((e) => e.id).sort()).toEqual(
              doc.events.map((e) => e.id).sort(),
            );
            timeline.events.forEach((event, i) => {
              const previous = timeline.events[i - 1];
              ensure(!previous || previous.startDay <= event.startDay, () => `${event.id} order`);
              ensure(event.endDay >= event.startDay, () => `${event.id} ends before it starts`);
              ensure(formatEventDate(event).trim() !== '', () => `${event.id}: no date shown`);
            });
            for (const [width, k] of views) checkLayout(timeline, width, k, maxRows);
          },
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'format their dates in every interface language without throwing',
    async () => {
      await holds(
        fc.property(validDocArb({ maxEvents: 40 }), (doc) => {
          const result = checkTimeline(doc);
          if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
          for (const event of result.timeline.events)
            for (const locale of ['en-GB', 'ja-JP', 'ru-RU'])
              ensure(formatEventDate(event, locale).trim() !== '', () => `${event.id} ${locale}`);
        }),
      );
    },
    TIMEOUT,
  );
});

describe('generated invalid values', () => {
  it(
    'any JSON value: refused with path-precise reasons, never a throw',
    async () => {
      await holds(
        fc.property(fc.jsonValue(), (value) => {
          const result = validateTimeline(value);
          expectWellFormedErrors(result);
          expect(checkTimeline(value).ok).toBe(false);
        }),
      );
    },
    TIMEOUT,
  );

  it(
    'a wrong type at any path of a valid document: refused, with an error at or around that path',
    async () => {
      await holds(
        fc.property(wrongTypeArb(), ({ path, input }) => {
          const result = validateTimeline(input);
          expectWellFormedErrors(result);
          expect(
            result.errors.some((e) => related(e.path, path)),
            `no error about ${formatPath(path)}: ${result.errors.map(formatError).join('; ')}`,
          ).toBe(true);
          const checked = checkTimeline(input);
          expect(checked.ok).toBe(false);
          expect(isWellFormed(input)).toBe(false);
        }),
      );
    },
    TIMEOUT,
  );

  it(
    'an impossible calendar date at any date path: reported at exactly that path',
    async () => {
      const datePaths = (doc: TimelineData): JsonPath[] =>
        jsonPaths(doc).filter((p) => {
          const key = p[p.length - 1];
          return (
            (key === 'date' || key === 'end' || key === 'released') &&
            typeof valueAtPath(doc, p) === 'string'
          );
        });
      await holds(
        fc.property(
          validDocArb({ maxEvents: 8 }).filter((doc) => datePaths(doc).length > 0),
          fc.nat(),
          impossibleDateArb,
          (doc, pick, date) => {
            const paths = datePaths(doc);
            const path = paths[pick % paths.length]!;
            const input = withValueAt(doc, path, date);
            const result = validateTimeline(input);
            expectWellFormedErrors(result);
            const here = result.errors.filter((e) => e.pathText === formatPath(path));
            expect(here.map((e) => e.message).join(' | ')).toContain(
              `"${date}" is not a valid date`,
            );
            expect(checkTimeline(input).ok).toBe(false);
          },
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'prototype-polluting and unknown keys anywhere: refused as unknown fields, nothing polluted',
    async () => {
      await holds(
        fc.property(
          validDocArb({ maxEvents: 6 }),
          fc.nat(),
          fc.constantFrom(...HOSTILE_KEYS),
          fc.jsonValue(),
          (doc, pick, key, value) => {
            const objects = jsonPaths(doc).filter((p) => {
              const v = valueAtPath(doc, p);
              return v !== null && typeof v === 'object' && !Array.isArray(v);
            });
            const path = objects[pick % objects.length]!;
            // An own property, as JSON.parse makes "__proto__" of a fetched file.
            const input: unknown = JSON.parse(JSON.stringify(doc));
            const target = valueAtPath(input, path) as Record<string, unknown>;
            Object.defineProperty(target, key, {
              value,
              enumerable: true,
              configurable: true,
              writable: true,
            });
            const result = validateTimeline(input);
            expectWellFormedErrors(result);
            expect(
              result.errors.some(
                (e) => related(e.path, path) && e.message.includes(JSON.stringify(key)),
              ),
              result.errors.map(formatError).join('; '),
            ).toBe(true);
            expect(checkTimeline(input).ok).toBe(false);
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
            expect(Object.prototype.toString.call([])).toBe('[object Array]');
          },
        ),
      );
    },
    TIMEOUT,
  );
});

describe('the loader on hostile responses', () => {
  let body: string;
  beforeEach(() => {
    vi.stubGlobal('document', { baseURI: 'https://example.test/article/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
      ),
    );
    // The loader logs each validation problem; keep a thousand runs quiet.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it(
    'truncated JSON: "not valid JSON" with the file name, never a throw',
    async () => {
      await holds(
        fc.asyncProperty(
          validDocArb({ maxEvents: 6 }),
          fc.constantFrom(undefined, 2, '\t'),
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          async (doc, indent, cut) => {
            const text = JSON.stringify(doc, null, indent);
            body = text.slice(0, Math.floor(cut * text.length));
            expect(() => JSON.parse(body) as unknown).toThrow();
            const result = await loadTimeline('data/timeline.json');
            expect(result.ok).toBe(false);
            if (!result.ok)
              expect(result.reason).toBe(
                'The timeline data is not valid JSON (/article/data/timeline.json).',
              );
          },
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'any response text: refused with a reason a reader can see, never a throw',
    async () => {
      await holds(
        fc.asyncProperty(
          fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
          async (text) => {
            body = text;
            const result = await loadTimeline('/data/x.json');
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.reason).toMatch(
                /^The timeline data (is not valid JSON \(\/data\/x\.json\)|has errors: .+)\.$/s,
              );
            }
          },
        ),
      );
    },
    TIMEOUT,
  );
});
