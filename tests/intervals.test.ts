// The UTC calendar intervals of the axes give exactly what d3-time's do, which they replace
// in the bundle (d3-time stays a dev dependency for this comparison only).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-time';
import { utcDay, utcMonth, utcYear } from '../src/scales/intervals';

const pairs = [
  ['utcDay', utcDay, d3.utcDay],
  ['utcMonth', utcMonth, d3.utcMonth],
  ['utcYear', utcYear, d3.utcYear],
] as const;

// Instants from 1900 to 2100, some of them exactly on a period boundary.
const instant = fc.oneof(
  fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }),
  fc.integer({ min: -25_567, max: 47_482 }).map((day) => day * 86_400_000),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 11 }))
    .map(([y, m]) => Date.UTC(y, m, 1)),
);

describe.each(pairs)('%s', (_name, ours, theirs) => {
  it('floors and offsets like d3-time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -40, max: 40 }), (t, step) => {
        const date = new Date(t);
        expect(+ours.floor(date)).toBe(+theirs.floor(date));
        expect(+ours.offset(date, step)).toBe(+theirs.offset(date, step));
      }),
      { seed: 6, numRuns: 500 },
    );
  });

  it('gives the same range, with and without every', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 3_000 * 86_400_000 }),
        fc.integer({ min: 1, max: 12 }),
        (t, span, step) => {
          const [start, stop] = [new Date(t), new Date(t + span)];
          expect(ours.range(start, stop).map(Number)).toEqual(
            theirs.range(start, stop).map(Number),
          );
          expect(ours.every(step).range(start, stop).map(Number)).toEqual(
            (theirs.every(step)?.range(start, stop) ?? []).map(Number),
          );
        },
      ),
      { seed: 6, numRuns: 300 },
    );
  });
});

describe('every n-th period, as the axes step by decades, centuries or every few months', () => {
  it('floors to and offsets between the kept periods like d3-time, before year 1 too', () => {
    // From 3000 BC to AD 3000, so negative years and year 0 are covered.
    const anyInstant = fc.integer({ min: -156_000_000_000_000, max: 32_000_000_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        anyInstant,
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: -5, max: 5 }),
        ([, ours, theirs], t, step, offset) => {
          const date = new Date(t);
          const mine = ours.every(step);
          const d3every = theirs.every(step);
          if (!d3every) return;
          const floored = mine.floor(date);
          expect(+floored).toBe(+d3every.floor(date));
          expect(+mine.offset(floored, offset)).toBe(+d3every.offset(floored, offset));
        },
      ),
      { seed: 6, numRuns: 500 },
    );
  });
});
