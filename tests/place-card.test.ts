// Where the hover card goes: beside its marker, inside the viewport, never over the marker.
import { describe, expect, it } from 'vitest';
import { placeCard, type CardPlacement, type Rect } from '../src/layout/place-card';

const card = { width: 352, height: 200 };
const desktop = { width: 1280, height: 720 };
const phone = { width: 375, height: 667 };
const dot = (left: number, top: number): Rect => ({ left, top, width: 12, height: 12 });

/** The rectangle the card occupies once placed (shrunk when the placement says so). */
function box(placement: CardPlacement, size = card): Rect {
  return {
    left: placement.left,
    top: placement.top,
    width: size.width,
    height: placement.maxHeight ?? size.height,
  };
}

function inside(inner: Rect, outer: { width: number; height: number }): boolean {
  return (
    inner.left >= 0 &&
    inner.top >= 0 &&
    inner.left + inner.width <= outer.width &&
    inner.top + inner.height <= outer.height
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

describe('placeCard', () => {
  it('puts the card below its marker, aligned with it, when there is room', () => {
    const placement = placeCard(card, dot(400, 100), desktop);
    expect(placement).toEqual({ left: 400, top: 100 + 12 + 8, side: 'below' });
  });

  it('flips above when there is no room below', () => {
    const placement = placeCard(card, dot(400, 600), desktop);
    expect(placement.side).toBe('above');
    expect(placement.top).toBe(600 - 8 - card.height);
    expect(placement.maxHeight).toBeUndefined();
  });

  it("stays inside a frame's visible slice: flips above near its bottom, never below it", () => {
    // A frame 2,000 px tall of which the host's window shows 900 – 1,290.
    const slice = { width: 844, top: 900, height: 390 };
    const near = placeCard(card, dot(400, 1200), slice);
    expect(near.side).toBe('above');
    expect(near.top).toBe(1200 - 8 - card.height);
    const low = placeCard(card, dot(400, 1000), slice);
    expect(low).toEqual({ left: 400, top: 1000 + 12 + 8, side: 'below' });
    // Whatever its marker, the card starts inside the slice.
    for (const y of [905, 1100, 1280]) {
      const placed = box(placeCard(card, dot(400, y), slice));
      expect(placed.top).toBeGreaterThanOrEqual(900 + 8);
      expect(placed.top + placed.height).toBeLessThanOrEqual(1290 - 8);
    }
  });

  it('shifts left at the right edge of the viewport and right at the left edge', () => {
    expect(placeCard(card, dot(1270, 100), desktop).left).toBe(1280 - 8 - card.width);
    expect(placeCard(card, dot(-5, 100), desktop).left).toBe(8);
  });

  it('stays inside the component when the component is wide enough', () => {
    const container = { left: 200, top: 50, width: 600, height: 400 };
    expect(placeCard(card, dot(750, 100), desktop, container).left).toBe(800 - 8 - card.width);
    expect(placeCard(card, dot(150, 100), desktop, container).left).toBe(208);
  });

  it('uses the viewport when the component is narrower than the card', () => {
    const container = { left: 16, top: 50, width: 343, height: 400 };
    const placement = placeCard(card, dot(340, 100), phone, container);
    expect(placement.left).toBe(375 - 8 - card.width);
  });

  it('shrinks the card to the roomier side rather than cover its marker', () => {
    const tall = { width: 352, height: 560 };
    const below = placeCard(tall, dot(20, 100), phone);
    expect(below.side).toBe('below');
    expect(below.maxHeight).toBe(667 - 8 - (100 + 12 + 8));
    const above = placeCard(tall, dot(20, 500), phone);
    expect(above.side).toBe('above');
    expect(above.top).toBe(8);
    expect(above.maxHeight).toBe(500 - 8 - 8);
  });

  it('covers the marker only when neither side has useful room', () => {
    const tall = { width: 352, height: 500 };
    const tiny = { width: 375, height: 200 };
    const placement = placeCard(tall, dot(20, 90), tiny);
    expect(placement.maxHeight).toBeUndefined();
    expect(placement.top).toBe(8);
  });

  it('keeps the card inside the viewport and off its marker, wherever the marker is', () => {
    const sizes = [
      { width: 352, height: 120 },
      { width: 352, height: 260 },
      { width: 359, height: 420 },
    ];
    const failures: string[] = [];
    for (const viewport of [phone, desktop, { width: 375, height: 812 }]) {
      for (const size of sizes) {
        for (let x = -6; x <= viewport.width; x += 37) {
          for (let y = 0; y <= viewport.height - 12; y += 23) {
            const anchor = dot(x, y);
            const placement = placeCard(size, anchor, viewport);
            const placed = box(placement, size);
            const where = `${size.width}×${size.height} at ${x},${y} in ${viewport.width}×${viewport.height}`;
            if (!inside(placed, viewport)) failures.push(`${where}: outside the viewport`);
            if (overlaps(placed, anchor)) failures.push(`${where}: over its marker`);
            if ((placement.side === 'below') !== placement.top >= y + 12)
              failures.push(`${where}: side ${placement.side} but top ${placement.top}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
