// The component's fixed dimensions, shared by the renderer and the build (which reserves the
// element's height before data arrives, so the host page never shifts).
import type { LayoutMetrics } from './layout';
import type { Timeline } from '../model/timeline';

export const TOOLBAR_HEIGHT = 44;
export const AXIS_HEIGHT = 40;
export const OVERVIEW_HEIGHT = 36;
/** root border top and bottom, and the overview's top border */
const BORDERS = 3;
/** weight and size of item labels (styles/timeline.css .ct-item); the family is the host's */
export const LABEL_FONT = '500 13px';
/** axis and overview labels, as .ct-axis text, .ct-axis-major-label and .ct-overview-years text */
export const AXIS_MINOR_FONT = '11px';
export const AXIS_MAJOR_FONT = '700 12px';
export const OVERVIEW_YEAR_FONT = '10px';

export function metricsFor(
  width: number,
  maxRows: number,
  clusterText: (n: number) => string,
): LayoutMetrics {
  // Badge widths depend only on the count: memoized, since packing asks once per merge.
  const badgeWidths: number[] = [];
  return {
    markRadius: 6,
    labelGap: 6,
    maxLabelWidth: width < 500 ? 140 : 220,
    itemGap: 10,
    maxRows,
    rowHeight: 28,
    lanePadding: 4,
    laneLabelHeight: 20,
    maxClusterSpan: 120,
    badgeWidth: (count) => (badgeWidths[count] ??= badgeWidthFor(clusterText(count))),
  };
}

/** Width of a cluster badge showing `text` ("12 events", or "12" when an edge cuts it). */
export function badgeWidthFor(text: string): number {
  return 16 + text.length * 7;
}

/** Rows reserved per lane: the same at every zoom level, so the height never jumps. */
export function laneRows(eventCount: number, maxRows: number): number {
  return Math.max(1, Math.min(maxRows, eventCount));
}

/** Height of the chart (toolbar, axis, lanes, overview); it does not depend on the width. */
export function chartHeight(timeline: Pick<Timeline, 'tracks' | 'events'>, maxRows = 3): number {
  const m = metricsFor(1000, maxRows, String);
  const lanes = timeline.tracks.reduce((sum, track) => {
    const rows = laneRows(timeline.events.filter((e) => e.track === track.id).length, maxRows);
    return sum + m.laneLabelHeight + rows * m.rowHeight + 2 * m.lanePadding;
  }, 0);
  return BORDERS + TOOLBAR_HEIGHT + AXIS_HEIGHT + lanes + OVERVIEW_HEIGHT;
}
