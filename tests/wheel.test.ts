import { describe, expect, it } from 'vitest';
import { zoomWheelDelta } from '../src/interaction/gestures';

const wheel = (deltaY: number, deltaMode = 0, ctrlKey = true, metaKey = false) =>
  ({ deltaY, deltaMode, ctrlKey, metaKey }) as WheelEvent;

describe('zoomWheelDelta', () => {
  it('zooms a mouse notch with ctrl by 2×, as the + button, in and out', () => {
    expect(zoomWheelDelta(wheel(-100))).toBe(1);
    expect(zoomWheelDelta(wheel(100))).toBe(-1);
    expect(zoomWheelDelta(wheel(-3, 1))).toBe(1);
    // ⌘ on a Mac zooms as ctrl does.
    expect(zoomWheelDelta(wheel(-100, 0, false, true))).toBe(1);
  });
  it("keeps d3's pace for a trackpad pinch (small ctrl+wheel deltas)", () => {
    expect(zoomWheelDelta(wheel(-4))).toBeCloseTo(0.08);
    expect(2 ** zoomWheelDelta(wheel(10))).toBeCloseTo(0.87, 2);
  });
});
