// Layouts per zoom level. Levels are quantized (four per doubling) and a layout is reused for
// every zoom factor k at or above its level: scaling positions by s = k / levelK ≥ 1 only
// moves items apart (widths grow by at most s), so nothing can start to overlap. While the
// reader zooms, a missing level is computed in the background one lane per task (no long
// task even at 100,000 events) and the nearest coarser cached level is shown meanwhile, so no
// frame waits for a full re-pack of a big dataset.
import { assembleLayout, type Layout, type LaneLayout } from './layout';

const LEVELS_PER_DOUBLING = 4;

export interface CachedLayout {
  layout: Layout;
  /** the zoom factor the layout was computed at */
  k: number;
}

export interface LayoutCache {
  /**
   * When the level is missing: `exact` computes it synchronously; `near` lets a cached level
   * up to two doublings coarser stand in (else computes); `any` lets any coarser cached level
   * stand in, computing synchronously only when nothing coarser is cached (the first draw).
   * A stand-in is replaced when the background has computed the level.
   */
  get(k: number, missing: 'exact' | 'near' | 'any'): CachedLayout;
  /**
   * Keeps the layout for zoom factor k ready: computed in the background when missing (now,
   * after a clear, and whenever the reader's own levels have been computed) and never evicted.
   * Meant for the widest view: one gesture reaches it, and no coarser level can stand in for it,
   * so without this a big dataset would re-pack in the frame that zooms all the way out.
   */
  keepReady(k: number): void;
  /** Forgets every layout (the width changed); a level kept ready is computed again. */
  clear(): void;
  destroy(): void;
}

export function levelOf(k: number): number {
  return Math.floor(Math.log2(k) * LEVELS_PER_DOUBLING + 1e-9);
}

export function kOfLevel(level: number): number {
  return 2 ** (level / LEVELS_PER_DOUBLING);
}

export function createLayoutCache(
  laneCount: number,
  computeLane: (k: number, lane: number) => LaneLayout,
  onLateLayout: () => void,
  maxEntries = 24,
): LayoutCache {
  // Room for the kept level and the one being shown: with less, every new level would be
  // evicted as soon as it is stored and computed again forever.
  const capacity = Math.max(2, maxEntries);
  const cache = new Map<number, Layout>();
  let pending: { level: number; lanes: LaneLayout[] } | null = null;
  let timer = 0;
  let kept: number | null = null;

  const store = (level: number, layout: Layout): Layout => {
    cache.set(level, layout);
    if (cache.size > capacity) {
      for (const oldest of cache.keys()) {
        if (oldest === kept) continue;
        cache.delete(oldest);
        break;
      }
    }
    return layout;
  };

  const computeLevel = (level: number): Layout => {
    const k = kOfLevel(level);
    const layout = store(
      level,
      assembleLayout(Array.from({ length: laneCount }, (_, i) => computeLane(k, i))),
    );
    if (pending?.level === level) {
      // Computed now: the background need not pack it again.
      pending = null;
      clearTimeout(timer);
      prepareKept();
    }
    return layout;
  };

  const step = () => {
    if (!pending) return;
    const { level, lanes } = pending;
    lanes.push(computeLane(kOfLevel(level), lanes.length));
    if (lanes.length < laneCount) {
      timer = window.setTimeout(step, 0);
      return;
    }
    pending = null;
    if (!cache.has(level)) store(level, assembleLayout(lanes));
    // The kept level is prepared ahead of the reader, not shown in place of a stand-in.
    if (level !== kept) onLateLayout();
    prepareKept();
  };

  const schedule = (level: number) => {
    if (pending?.level === level) return;
    clearTimeout(timer);
    pending = { level, lanes: [] };
    timer = window.setTimeout(step, 40);
  };

  // The reader's levels go first (schedule replaces a pending kept level); the kept one is
  // taken up again once they are done.
  const prepareKept = () => {
    if (kept !== null && pending === null && !cache.has(kept)) schedule(kept);
  };

  return {
    get(k, missing) {
      const level = levelOf(k);
      const hit = cache.get(level);
      if (hit) return { layout: hit, k: kOfLevel(level) };
      if (missing !== 'exact') {
        let best: number | null = null;
        for (const cached of cache.keys())
          if (cached < level && (best === null || cached > best)) best = cached;
        const coarser = best === null ? undefined : cache.get(best);
        // A far coarser layout shows needless clusters: bridged only when a synchronous
        // re-pack would be a long task (`any`), and only until the background catches up.
        if (
          best !== null &&
          coarser &&
          (missing === 'any' || level - best <= 2 * LEVELS_PER_DOUBLING)
        ) {
          schedule(level);
          return { layout: coarser, k: kOfLevel(best) };
        }
      }
      return { layout: computeLevel(level), k: kOfLevel(level) };
    },
    keepReady(k) {
      kept = levelOf(k);
      prepareKept();
    },
    clear() {
      cache.clear();
      pending = null;
      clearTimeout(timer);
      prepareKept();
    },
    destroy() {
      cache.clear();
      kept = null;
      pending = null;
      clearTimeout(timer);
    },
  };
}
