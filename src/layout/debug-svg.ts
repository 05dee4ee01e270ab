// A Layout drawn as plain SVG text, for golden snapshots and for looking at a packing while
// debugging. Pure and deterministic: fixed attribute order, one element per line, every number
// rounded to one decimal, so the same layout always gives the same bytes.
import { rowTop, visibleItems, type Layout, type LayoutMetrics } from './layout';
import type { PlacedCluster, PlacedEvent } from './pack';

export interface DebugSvgOptions {
  /** width of the view in pixels */
  width: number;
  metrics: LayoutMetrics;
  /** world x of the view's left edge (the pan offset); only items reaching into the view are drawn */
  left?: number;
  /** label text of an event; the id when omitted */
  text?: (id: string) => string;
  /** text of a cluster badge */
  clusterText?: (count: number) => string;
  /** shown as the SVG's <title> */
  title?: string;
}

const STYLE =
  '.band{fill:#f4f4f4}.band.odd{fill:#e9edf2}.box{fill:none;stroke:#c33;stroke-width:.5;stroke-dasharray:2 2}' +
  '.mark{fill:#2a5d8f}.label-box{fill:none;stroke:#999;stroke-width:.5}.extent{fill:#8fa9c4}' +
  '.badge{fill:#fff;stroke:#2a5d8f}.lane-label{font-weight:600}.off{fill:#777}';

/** One decimal, no `-0`: the only way numbers enter the SVG. */
export function round1(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function layoutToSvg(layout: Layout, options: DebugSvgOptions): string {
  const { width, metrics } = options;
  const left = options.left ?? 0;
  const text = options.text ?? ((id: string) => id);
  const clusterText = options.clusterText ?? ((n: number) => `${n} events`);
  const x = (worldX: number) => round1(worldX - left);
  const n = round1;
  const half = metrics.rowHeight / 2;

  const event = (item: PlacedEvent, cy: number): string[] => {
    const mark = item.bar
      ? `<rect class="mark" x="${x(item.x0)}" y="${n(cy - 4)}" width="${n(item.x1 - item.x0)}" height="8" rx="2"/>`
      : `<circle class="mark" cx="${x((item.x0 + item.x1) / 2)}" cy="${n(cy)}" r="${n(metrics.markRadius)}"/>`;
    return [
      `<g class="event" data-id="${escapeXml(item.id)}" data-row="${item.row}">`,
      `<rect class="box" x="${x(item.left)}" y="${n(cy - half + 1)}" width="${n(item.right - item.left)}" height="${n(metrics.rowHeight - 2)}"/>`,
      mark,
      `<rect class="label-box" x="${x(item.labelX)}" y="${n(cy - 8)}" width="${n(item.labelWidth)}" height="16"/>`,
      `<text x="${x(item.labelX)}" y="${n(cy + 4.5)}">${escapeXml(text(item.id))}</text>`,
      '</g>',
    ];
  };

  const cluster = (item: PlacedCluster, cy: number): string[] => {
    // A cluster pushed right of its first member draws its extent from its own left edge.
    const from = Math.max(item.x0, item.left);
    return [
      `<g class="cluster" data-id="${escapeXml(item.id)}" data-row="${item.row}" data-members="${escapeXml(item.members.join(' '))}">`,
      `<rect class="box" x="${x(item.left)}" y="${n(cy - half + 1)}" width="${n(item.right - item.left)}" height="${n(metrics.rowHeight - 2)}"/>`,
      `<rect class="extent" x="${x(from)}" y="${n(cy - 2)}" width="${n(Math.max(0, item.x1 - from))}" height="4"/>`,
      `<rect class="badge" x="${x(item.left)}" y="${n(cy - 10)}" width="${n(item.badgeWidth)}" height="20" rx="10"/>`,
      `<text x="${x(item.left + item.badgeWidth / 2)}" y="${n(cy + 4.5)}" text-anchor="middle">${escapeXml(clusterText(item.members.length))}</text>`,
      '</g>',
    ];
  };

  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(layout.height)}" viewBox="0 0 ${n(width)} ${n(layout.height)}" font-family="sans-serif" font-size="13">`,
  ];
  if (options.title !== undefined) lines.push(`<title>${escapeXml(options.title)}</title>`);
  lines.push(`<style>${STYLE}</style>`);
  layout.lanes.forEach((lane, index) => {
    const view = visibleItems(lane, left, left + width);
    lines.push(
      `<g class="lane" data-track="${escapeXml(lane.track.id)}" data-rows="${lane.rows}" data-earlier="${view.earlier}" data-later="${view.later}">`,
      `<rect class="band${index % 2 ? ' odd' : ''}" x="0" y="${n(lane.y)}" width="${n(width)}" height="${n(lane.height)}"/>`,
      `<text class="lane-label" x="4" y="${n(lane.y + 14)}">${escapeXml(lane.track.label)}</text>`,
    );
    // Events outside the view, as the renderer's edge counts would show them.
    if (view.earlier > 0)
      lines.push(
        `<text class="off" x="4" y="${n(lane.y + lane.height - 4)}">← ${view.earlier}</text>`,
      );
    if (view.later > 0)
      lines.push(
        `<text class="off" x="${n(width - 4)}" y="${n(lane.y + lane.height - 4)}" text-anchor="end">${view.later} →</text>`,
      );
    for (const item of view.items) {
      const cy = rowTop(lane, item.row, metrics) + half;
      lines.push(...(item.kind === 'cluster' ? cluster(item, cy) : event(item, cy)));
    }
    lines.push('</g>');
  });
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}
