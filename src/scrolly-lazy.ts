// Scrollytelling's code arrives when a page turns it on: most pages that show a timeline never
// do, and every reader would download it with the library otherwise.
import type { ScrollytellingOptions, Selectable } from './scrolly';

export type { ScrollytellingOptions, Selectable } from './scrolly';

/**
 * Starts scrollytelling (see scrolly.ts) as soon as its code is in; returns a function that
 * stops it, or keeps it from starting.
 */
export function attachScrollytelling(
  target: Selectable,
  options: ScrollytellingOptions = {},
): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  import('./scrolly')
    .then((module) => {
      if (!stopped) stop = module.attachScrollytelling(target, options);
    })
    // Offline for a moment: the article still reads; only its notes do not steer the timeline.
    .catch((cause: unknown) => console.warn('cable-timeline: scrollytelling is off:', cause));
  return () => {
    stopped = true;
    stop?.();
  };
}
