// Items cut by the plot's edges. A label cut at its start reads as another word ("ks 12" for
// "Tokyo talks 12", "ts" for "4 events"), so a label is shown from its start or not at all: one
// that begins left of the plot moves right to the edge, within its item's own box (where no
// other item can be), and narrows to the room left, where CSS ends it with an ellipsis; one
// that runs past the right edge narrows to the plot. Pure.

export interface LabelPlacement {
  /** label start, relative to the item's box */
  left: number;
  width: number;
  /** too little of it would show: draw none of it */
  hidden: boolean;
}

/**
 * @param boxX screen x of the item's box
 * @param room width of the box the label may use, from the box's left edge
 * @param left label start relative to the box, when nothing is cut
 * @param width label width when nothing is cut
 * @param plotWidth width of the plot
 * @param minWidth narrowest label worth showing (its full width for text that cannot shorten)
 */
export function placeLabel(
  boxX: number,
  room: number,
  left: number,
  width: number,
  plotWidth: number,
  minWidth: number,
): LabelPlacement {
  let start = left;
  let shown = width;
  if (boxX + start < 0) {
    start = -boxX;
    shown = Math.min(width, room - start);
  }
  const past = boxX + start + shown - plotWidth;
  if (past > 0) shown -= past;
  return { left: start, width: shown, hidden: shown < Math.min(minWidth, width) };
}
