import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeOrder } from '../src/model/timeline';

/** The order by comparator: the definition timeOrder must match. */
function byComparator(starts: Float64Array, ends: Float64Array): number[] {
  return Array.from(starts, (_s, i) => i).sort(
    (a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b,
  );
}

const day = fc.integer({ min: -3_652_424, max: 2_932_896 }); // 8000 BC to AD 10000

describe('timeOrder: events by first day, last day, then position', () => {
  it('matches the comparator on days close together and far apart, ties included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.tuple(fc.integer({ min: 13_500, max: 13_520 }), fc.nat(5)), {
            maxLength: 300,
          }),
          fc.array(fc.tuple(day, fc.nat(400_000)), { maxLength: 300 }),
        ),
        (pairs) => {
          const starts = Float64Array.from(pairs, ([s]) => s);
          const ends = Float64Array.from(pairs, ([s, span]) => s + span);
          expect(Array.from(timeOrder(starts, ends))).toEqual(byComparator(starts, ends));
        },
      ),
      { seed: 20070111 },
    );
  });

  it('falls back to the comparator when one exact key per event would not fit', () => {
    // 100,000 events over ten millennia with a long span: keys would pass 2^53.
    const n = 100_000;
    const starts = Float64Array.from(
      { length: n },
      (_v, i) => -1_800_000 + ((i * 7919) % 3_600_000),
    );
    const ends = Float64Array.from(starts, (s, i) => s + (i % 1000 === 0 ? 300_000 : 0));
    expect(Array.from(timeOrder(starts, ends))).toEqual(byComparator(starts, ends));
  });

  it('an end before its start (never valid data) still sorts by the definition', () => {
    const starts = Float64Array.from([5, 5, 3]);
    const ends = Float64Array.from([4, 6, 3]);
    expect(Array.from(timeOrder(starts, ends))).toEqual([2, 0, 1]);
  });
});
