// Text width for label packing. Canvas measureText with the component's font, cached per text;
// a per-character estimate where no canvas exists (unit tests, workers).

export type MeasureText = (text: string) => number;

export function estimateTextWidth(fontSizePx: number): MeasureText {
  return (text) => text.length * fontSizePx * 0.55;
}

export function canvasTextMeasurer(font: string, fallbackSizePx: number): MeasureText {
  const context =
    typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!context) return estimateTextWidth(fallbackSizePx);
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * Room for a bold 12 px year label and its padding, estimated (no layout): wide characters
 * (CJK) count double.
 */
export function yearLabelRoom(label: string): number {
  let width = 12;
  for (const char of label) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7.2;
  return width;
}
