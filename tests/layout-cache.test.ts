import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLayoutCache, kOfLevel, levelOf } from '../src/layout/cache';
import type { LaneLayout } from '../src/layout/layout';

/** A lane that records the zoom factor it was packed at. */
function fakeLane(k: number, lane: number): LaneLayout {
  return {
    track: { id: `t${lane}`, label: `T${lane}`, order: lane },
    y: lane * 10,
    height: 10,
    rows: 1,
    items: [],
    lefts: new Float64Array(),
    maxItemWidth: k,
    eventsBefore: new Uint32Array(1),
  };
}

function setup(maxEntries?: number) {
  const computed: Array<{ level: number; lane: number }> = [];
  const late = vi.fn();
  const cache = createLayoutCache(
    2,
    (k, lane) => {
      computed.push({ level: levelOf(k), lane });
      return fakeLane(k, lane);
    },
    late,
    maxEntries,
  );
  return { cache, computed, late };
}

// The background work runs on window timers: fake ones, on a stand-in window.
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('layout cache: the level kept ready', () => {
  const widest = kOfLevel(-1);

  it('is computed in the background, so zooming all the way out packs nothing in the frame', () => {
    const { cache, computed, late } = setup();
    cache.get(1, 'any');
    cache.keepReady(widest);
    expect(computed).toHaveLength(2);
    vi.runAllTimers();
    expect(computed.slice(2)).toEqual([
      { level: -1, lane: 0 },
      { level: -1, lane: 1 },
    ]);
    // Prepared ahead of the reader, not shown in place of a stand-in: no redraw is asked for.
    expect(late).not.toHaveBeenCalled();
    const { k } = cache.get(widest, 'any');
    expect(k).toBe(widest);
    expect(computed).toHaveLength(4);
  });

  it("waits for the reader's own levels, then is taken up again", () => {
    const { cache, computed } = setup();
    cache.get(1, 'any');
    cache.keepReady(widest);
    // The reader zooms in before the background starts: their level replaces the kept one.
    expect(cache.get(4, 'any').k).toBe(1);
    vi.runAllTimers();
    expect(computed.slice(2).map((c) => c.level)).toEqual([8, 8, -1, -1]);
    expect(cache.get(widest, 'any').k).toBe(widest);
  });

  it('is never evicted, and is computed again after a clear', () => {
    const { cache, computed } = setup(2);
    cache.keepReady(widest);
    vi.runAllTimers();
    for (const k of [1, 2, 4, 8]) cache.get(k, 'exact');
    const before = computed.length;
    expect(cache.get(widest, 'exact').k).toBe(widest);
    expect(computed).toHaveLength(before);

    cache.clear();
    vi.runAllTimers();
    expect(computed.slice(before).map((c) => c.level)).toEqual([-1, -1]);
  });
});

describe('layout cache: background work', () => {
  it('drops a pending level that a frame computed itself, and redraws for none', () => {
    const { cache, computed, late } = setup();
    cache.keepReady(kOfLevel(-1));
    cache.clear();
    // The frame after a resize, zoomed all the way out: the kept level is computed at once.
    cache.get(kOfLevel(-1), 'any');
    vi.runAllTimers();
    expect(computed.map((c) => c.level)).toEqual([-1, -1]);
    expect(late).not.toHaveBeenCalled();
  });

  it('keeps working with room for a single level, and stops for good when destroyed', () => {
    const { cache, computed } = setup(1);
    cache.keepReady(kOfLevel(-1));
    vi.runAllTimers();
    cache.get(1, 'exact');
    cache.get(2, 'exact');
    expect(cache.get(kOfLevel(-1), 'exact').k).toBe(kOfLevel(-1));
    expect(vi.getTimerCount()).toBe(0);
    cache.destroy();
    const before = computed.length;
    cache.clear();
    vi.runAllTimers();
    expect(computed).toHaveLength(before);
  });
});
