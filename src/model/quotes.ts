// Matching a quote against its primary source. Released cables wrap lines, double their quote
// marks and interrupt paragraphs with page headers; those differences are normalized, nothing else.

const PAGE_HEADER = /^[ \t]*[A-Z]+ 0*\d+[ \t]+[\d.]+ OF 0*\d+[ \t]*$/gm;
const ELISION = /\s*(?:\.\.\.|…)\s*/;

function normalizeChar(c: string): string {
  if (c === '\u201C' || c === '\u201D' || c === '\u201E' || c === '\u2033') return '"';
  if (c === '\u2018' || c === '\u2019' || c === '\u2032') return "'";
  if (/[\u2010-\u2015\u2212]/.test(c)) return '-';
  return c;
}

interface NormalizedText {
  text: string;
  /** rawIndex[i] is the index in the original text of normalized character i */
  rawIndex: number[];
}

export function normalizeWithMap(raw: string): NormalizedText {
  const masked = new Uint8Array(raw.length);
  for (const m of raw.matchAll(PAGE_HEADER)) masked.fill(1, m.index, m.index + m[0].length);
  let text = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (masked[i] || /\s/.test(c)) {
      if (text !== '' && !text.endsWith(' ')) {
        text += ' ';
        rawIndex.push(i);
      }
      continue;
    }
    text += normalizeChar(c);
    rawIndex.push(i);
    if (c === '"' && raw[i + 1] === '"') i++;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    rawIndex.pop();
  }
  return { text, rawIndex };
}

export function normalizeForQuoteMatch(s: string): string {
  return normalizeWithMap(s).text;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the quote's pieces (split at elisions) stand in the raw source text, or null. */
export function locateQuote(quote: string, raw: string): TextRange[] | null {
  const source = normalizeWithMap(raw);
  const pieces = normalizeForQuoteMatch(quote)
    .split(ELISION)
    .filter((p) => p !== '');
  if (pieces.length === 0) return null;
  const ranges: TextRange[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = source.text.indexOf(piece, from);
    if (at < 0) return null;
    const start = source.rawIndex[at] ?? 0;
    const last = source.rawIndex[at + piece.length - 1] ?? start;
    ranges.push({ start, end: raw[last] === '"' && raw[last + 1] === '"' ? last + 2 : last + 1 });
    from = at + piece.length;
  }
  return ranges;
}

/** Cables number paragraphs as `¶8. (C)` or `8. (C)` at the start of a line. */
const PARAGRAPH_MARKER = /(^|\n)[ \t]*¶?(\d+)\.[ \t]+\(/g;
/**
 * An unclassified cable marks no paragraph `(C)`: `8. Tokyo officials…`, after a blank line (a
 * wrapped line may start with "300." too). Used only for a text without a single marked
 * paragraph, where a marked one would not be mistaken for a list.
 */
const UNMARKED_PARAGRAPH = /(^|\n[ \t]*\n)[ \t]*¶?(\d{1,3})\.[ \t]+(?=\S)/g;

/** The paragraph markers of a raw text, in order. */
function paragraphMarkers(raw: string): RegExpExecArray[] {
  const marked = [...raw.matchAll(PARAGRAPH_MARKER)];
  return marked.length > 0 ? marked : [...raw.matchAll(UNMARKED_PARAGRAPH)];
}

/** Where paragraph `paragraph`'s marker starts in the raw text, or -1. */
function paragraphStart(raw: string, paragraph: number): number {
  for (const m of paragraphMarkers(raw)) if (Number(m[2]) === paragraph) return m.index;
  return -1;
}

export function paragraphIsInText(raw: string, paragraph: number): boolean {
  return paragraphStart(raw, paragraph) >= 0;
}

/**
 * Whether the quote is in the given paragraph: searched from that paragraph's marker, so words
 * that also appear earlier (a summary in ¶1 repeating the body) do not hide it.
 */
export function quoteIsInParagraph(quote: string, raw: string, paragraph: number): boolean {
  const start = paragraphStart(raw, paragraph);
  if (start < 0) return false;
  const ranges = locateQuote(quote, raw.slice(start));
  return ranges !== null && paragraphAt(raw, start + (ranges[0]?.start ?? 0)) === paragraph;
}

/** The number of the paragraph that `index` of the raw text falls in, or null before the first. */
export function paragraphAt(raw: string, index: number): number | null {
  let found: number | null = null;
  for (const m of paragraphMarkers(raw)) {
    if (m.index > index) break;
    found = Number(m[2]);
  }
  return found;
}
