import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabel } from '../src/render/edges';

describe('placeLabel: labels at the plot edges', () => {
  it('leaves a label inside the plot as it is', () => {
    expect(placeLabel(100, 120, 14, 100, 800, 28)).toEqual({ left: 14, width: 100, hidden: false });
  });

  it('moves a label cut on the left to the edge and narrows it to the room left in its box', () => {
    // Box from -50 to 70 (a point mark, then its label from 14 to 120): the label starts at the
    // edge, 50 into the box, and has 70 px left.
    expect(placeLabel(-50, 120, 14, 106, 800, 28)).toEqual({ left: 50, width: 70, hidden: false });
  });

  it('hides a label with too little room left at the left edge', () => {
    expect(placeLabel(-100, 120, 14, 106, 800, 28)).toEqual({ left: 100, width: 20, hidden: true });
  });

  it('narrows a label that runs past the right edge, or hides it when little would show', () => {
    expect(placeLabel(700, 120, 14, 106, 800, 28)).toEqual({ left: 14, width: 86, hidden: false });
    expect(placeLabel(770, 120, 14, 106, 800, 28)).toMatchObject({ width: 16, hidden: true });
  });

  it('a badge that cannot shorten is whole or hidden', () => {
    // A 60 px badge in a 200 px cluster box starting at -30: it moves to the edge, whole.
    expect(placeLabel(-30, 200, 0, 60, 800, 60)).toEqual({ left: 30, width: 60, hidden: false });
    // In a box only 70 px wide it cannot: hidden.
    expect(placeLabel(-30, 70, 0, 60, 800, 60).hidden).toBe(true);
    expect(placeLabel(760, 200, 0, 60, 800, 60).hidden).toBe(true);
  });

  it('a shown label always lies within the plot and within its box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 200, max: 2000 }),
        (boxX, extra, left, width, plotWidth) => {
          const room = left + width + extra;
          const placed = placeLabel(boxX, room, left, width, plotWidth, 28);
          if (placed.hidden) return;
          expect(boxX + placed.left).toBeGreaterThanOrEqual(0);
          expect(boxX + placed.left + placed.width).toBeLessThanOrEqual(plotWidth);
          expect(placed.left).toBeGreaterThanOrEqual(left);
          expect(placed.left + placed.width).toBeLessThanOrEqual(room);
          expect(placed.width).toBeLessThanOrEqual(width);
        },
      ),
      { seed: 20070111 },
    );
  });
});
