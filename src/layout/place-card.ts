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
}

const GAP = 8;
const EDGE = 8;

export function placeCard(
  card: { width: number; height: number },
  anchor: Rect,
  viewport: { width: number; height: number },
  container?: Rect,
): CardPlacement {
  // Horizontal bounds: the container when the card fits in it, else the viewport.
  let minX = EDGE;
  let maxX = viewport.width - EDGE;
  if (container && container.width >= card.width + 2 * EDGE) {
    minX = Math.max(minX, container.left + EDGE);
    maxX = Math.min(maxX, container.left + container.width - EDGE);
  }
  const preferredLeft = anchor.left;
  const left = Math.max(minX, Math.min(preferredLeft, maxX - card.width));

  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - EDGE;
  const fitsAbove = above >= EDGE;
  let side: CardPlacement['side'] = 'below';
  let top = below;
  if (!fitsBelow && (fitsAbove || anchor.top > viewport.height - anchor.top - anchor.height)) {
    side = 'above';
    top = above;
  }
  // Never outside the viewport, even when it is shorter than the card.
  top = Math.max(EDGE, Math.min(top, viewport.height - EDGE - card.height));
  return { left: Math.max(EDGE, left), top, side };
}
