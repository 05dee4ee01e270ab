// Where the arrow keys lead: ←/→ the previous/next event in time, ↑/↓ the nearest event in
// time in the lane above/below, Home/End the first/last event. Pure.
import type { Timeline } from '../model/timeline';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

export function navigate(
  timeline: Timeline,
  currentId: string | null,
  key: NavigationKey,
): string | null {
  const events = timeline.events;
  if (events.length === 0) return null;
  const current = currentId === null ? undefined : events.find((e) => e.id === currentId);
  if (key === 'Home' || !current)
    return key === 'End' ? (events[events.length - 1]?.id ?? null) : (events[0]?.id ?? null);
  if (key === 'End') return events[events.length - 1]?.id ?? null;
  if (key === 'ArrowLeft') return events[Math.max(0, current.index - 1)]?.id ?? null;
  if (key === 'ArrowRight')
    return events[Math.min(events.length - 1, current.index + 1)]?.id ?? null;
  const trackOrder = timeline.tracks.map((t) => t.id);
  const step = key === 'ArrowUp' ? -1 : 1;
  for (
    let lane = trackOrder.indexOf(current.track) + step;
    lane >= 0 && lane < trackOrder.length;
    lane += step
  ) {
    let best: (typeof events)[number] | undefined;
    for (const e of events) {
      if (e.track !== trackOrder[lane]) continue;
      if (
        !best ||
        Math.abs(e.startDay - current.startDay) < Math.abs(best.startDay - current.startDay)
      )
        best = e;
    }
    if (best) return best.id;
  }
  return current.id;
}
