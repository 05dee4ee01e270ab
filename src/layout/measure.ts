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

/** Room for a year label: its measured width and padding on both sides. */
export const yearLabelRoom = (label: string, measure: MeasureText): number => measure(label) + 12;
