// Layouts per zoom level. Levels are quantized (four per doubling) and a layout is reused for
// every zoom factor k at or above its level: scaling positions by s = k / levelK ≥ 1 only
// moves items apart (widths grow by at most s), so nothing can start to overlap. While the
// reader zooms, a missing level is computed in idle time and the nearest coarser cached level
// is shown meanwhile, so no frame waits for a full re-pack of a big dataset.
import type { Layout } from './layout';

const LEVELS_PER_DOUBLING = 4;

export interface CachedLayout {
  layout: Layout;
  /** the zoom factor the layout was computed at */
  k: number;
}

export interface LayoutCache {
  /** `exact`: compute synchronously when the level is missing (initial draw, reveal) */
  get(k: number, exact: boolean): CachedLayout;
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
  compute: (k: number) => Layout,
  onLateLayout: () => void,
  maxEntries = 24,
): LayoutCache {
  const cache = new Map<number, Layout>();
  let pending: number | null = null;
  let timer = 0;

  const computeLevel = (level: number): Layout => {
    const layout = compute(kOfLevel(level));
    cache.set(level, layout);
    if (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return layout;
  };

  const schedule = (level: number) => {
    if (pending === level) return;
    pending = level;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const wanted = pending;
      pending = null;
      if (wanted !== null && !cache.has(wanted)) {
        computeLevel(wanted);
        onLateLayout();
      }
    }, 60);
  };

  return {
    get(k, exact) {
      const level = levelOf(k);
      const hit = cache.get(level);
      if (hit) return { layout: hit, k: kOfLevel(level) };
      if (!exact) {
        let best: number | null = null;
        for (const cached of cache.keys())
          if (cached < level && (best === null || cached > best)) best = cached;
        const coarser = best === null ? undefined : cache.get(best);
        // Far coarser layouts would show needless clusters; only bridge a few levels.
        if (best !== null && coarser && level - best <= 2 * LEVELS_PER_DOUBLING) {
          schedule(level);
          return { layout: coarser, k: kOfLevel(best) };
        }
      }
      return { layout: computeLevel(level), k: kOfLevel(level) };
    },
    clear() {
      cache.clear();
      pending = null;
      clearTimeout(timer);
    },
    destroy() {
      cache.clear();
      clearTimeout(timer);
    },
  };
}
