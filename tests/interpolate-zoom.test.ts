// The copy of d3-interpolate's interpolateZoom that stands in for the package (see
// vite.config.ts) follows the original exactly.
import { describe, expect, it } from 'vitest';
import { interpolateZoom } from '../src/interaction/interpolate-zoom';

type View = [number, number, number];
type Interpolator = ((t: number) => View) & { duration: number };
// The package itself, by path: its bare name is aliased to the copy.
const original = '../node_modules/d3-interpolate/dist/d3-interpolate.mjs';
const d3 = (await import(/* @vite-ignore */ original)) as {
  interpolateZoom: (a: View, b: View) => Interpolator;
};

describe('interpolateZoom', () => {
  const cases: [View, View][] = [
    [
      [400, 0, 800],
      [1200, 0, 200],
    ],
    [
      [400, 0.5, 800],
      [400, 0.5, 100],
    ],
    [
      [-300, 10, 640],
      [5000, -20, 1280],
    ],
    [
      [10, 0, 375],
      [10.000001, 0, 375],
    ],
  ];
  it.each(cases)('matches d3-interpolate from %j to %j', (a, b) => {
    const ours = interpolateZoom(a, b);
    const theirs = d3.interpolateZoom(a, b);
    expect(ours.duration).toBeCloseTo(theirs.duration, 9);
    for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      const [x, y, w] = ours(t);
      const [ex, ey, ew] = theirs(t);
      expect(x).toBeCloseTo(ex, 9);
      expect(y).toBeCloseTo(ey, 9);
      expect(w).toBeCloseTo(ew, 9);
    }
  });
});
