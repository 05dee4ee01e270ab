// Where a hover card goes: next to its marker, fully inside the viewport (and inside the
// component when the component is wide enough), flipping above when there is no room below
// and shifting sideways at the edges. Pure, so it is unit-tested.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** set when the card fits neither below nor above: it shrinks to this height and scrolls */
  maxHeight?: number;
}

const GAP = 8;
const EDGE = 8;
/** Below this, a shrunken card would be useless: it may cover its marker instead. */
const MIN_HEIGHT = 120;

export function placeCard(
  card: { width: number; height: number },
  anchor: Rect,
  /** the visible area; `top` when it does not start at the window's top (a frame's slice) */
  viewport: { width: number; height: number; top?: number },
  container?: Rect,
): CardPlacement {
  const viewTop = viewport.top ?? 0;
  const viewBottom = viewTop + viewport.height;
  // Horizontal bounds: the container when the card fits in it, else the viewport.
  let minX = EDGE;
  let maxX = viewport.width - EDGE;
  if (container && container.width >= card.width + 2 * EDGE) {
    minX = Math.max(minX, container.left + EDGE);
    maxX = Math.min(maxX, container.left + container.width - EDGE);
  }
  const preferredLeft = anchor.left;
  const left = Math.max(minX, Math.min(preferredLeft, maxX - card.width));

  // Vertically: below the marker, else above, else on the roomier side, shrunk to fit there.
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewBottom - EDGE - below;
  const roomAbove = anchor.top - GAP - EDGE - viewTop;
  let side: CardPlacement['side'] = 'below';
  let height = card.height;
  let maxHeight: number | undefined;
  if (card.height > roomBelow) {
    if (card.height <= roomAbove || roomAbove > roomBelow) side = 'above';
    const room = side === 'above' ? roomAbove : roomBelow;
    if (card.height > room && room >= MIN_HEIGHT) height = maxHeight = room;
  }
  let top = side === 'below' ? below : anchor.top - GAP - height;
  // Never outside the viewport, even when it is shorter than the card.
  top = Math.max(viewTop + EDGE, Math.min(top, viewBottom - EDGE - height));
  const placement: CardPlacement = { left: Math.max(EDGE, left), top, side };
  if (maxHeight !== undefined) placement.maxHeight = maxHeight;
  return placement;
}
