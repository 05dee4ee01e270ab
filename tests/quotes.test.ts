import { describe, expect, it } from 'vitest';
import {
  locateQuote,
  normalizeForQuoteMatch,
  paragraphIsInText,
  quoteIsInParagraph,
} from '../src/model/quotes';

const raw = `¶12. (C) Muto asked the Deputy Political Chief to communicate
to Washington that Japan was attempting to involve Russia in
a constructive manner.  Japan hoped to
""drive a wedge between Russia and China,"" Muto noted.

TOKYO 00002690  003 OF 003

field of cooperation.  The Russians seemed interested`;

describe('quote matching', () => {
  it('ignores line wraps, doubled quote marks and page headers, nothing else', () => {
    expect(
      locateQuote('Japan hoped to "drive a wedge between Russia and China," Muto noted.', raw),
    ).not.toBeNull();
    expect(locateQuote('Muto noted. field of cooperation.', raw)).not.toBeNull();
    expect(
      locateQuote('Japan hoped to "drive a wedge between Russia and China", Muto noted.', raw),
    ).toBeNull();
    expect(locateQuote('Japan hopes to', raw)).toBeNull();
  });
  it('handles curly quotes and dashes as their plain forms', () => {
    expect(normalizeForQuoteMatch('“a” ‘b’ – c')).toBe('"a" \'b\' - c');
  });
  it('accepts elisions when the pieces come in order', () => {
    expect(locateQuote('Muto asked … Japan hoped to', raw)).toHaveLength(2);
    expect(locateQuote('Japan hoped to … Muto asked', raw)).toBeNull();
  });
  it('maps back to the raw text for highlighting', () => {
    const [range] = locateQuote('"drive a wedge between Russia and China,"', raw) ?? [];
    expect(raw.slice(range!.start, range!.end)).toBe('""drive a wedge between Russia and China,""');
  });
  it('finds numbered paragraphs in either cable style', () => {
    expect(paragraphIsInText(raw, 12)).toBe(true);
    expect(paragraphIsInText(' 1.  (C) Summary.', 1)).toBe(true);
    expect(paragraphIsInText(raw, 2)).toBe(false);
  });
});

describe('quoteIsInParagraph', () => {
  const raw = [
    '¶1. (C) Summary. Moscow wants the talks to accelerate.',
    '',
    '¶2. (C) Other matters.',
    '',
    '¶3. (C) In the meeting, Moscow wants the talks to accelerate.',
  ].join('\n');
  it('finds words in the cited paragraph even when an earlier one repeats them', () => {
    expect(quoteIsInParagraph('Moscow wants the talks to accelerate.', raw, 3)).toBe(true);
    expect(quoteIsInParagraph('Moscow wants the talks to accelerate.', raw, 1)).toBe(true);
  });
  it('refuses a paragraph that does not hold them', () => {
    expect(quoteIsInParagraph('Moscow wants the talks to accelerate.', raw, 2)).toBe(false);
    expect(quoteIsInParagraph('Other matters.', raw, 3)).toBe(false);
    expect(quoteIsInParagraph('Other matters.', raw, 9)).toBe(false);
  });
});

describe('an unclassified cable, whose paragraphs carry no (C) marking', () => {
  const raw = [
    'SUBJECT: FISHERIES TALKS',
    '',
    '1. Summary: Tokyo and Moscow agreed to meet again.',
    '',
    '2. Tokyo officials said the talks went well.',
  ].join('\n');
  it('finds its numbered paragraphs', () => {
    expect(paragraphIsInText(raw, 2)).toBe(true);
    expect(quoteIsInParagraph('Tokyo officials said the talks went well.', raw, 2)).toBe(true);
    expect(quoteIsInParagraph('Tokyo officials said the talks went well.', raw, 1)).toBe(false);
  });
  it('does not take a wrapped line that starts with a number for a paragraph', () => {
    const wrapped = '1. Summary: catches fell from about\n300. Officials said the talks went well.';
    expect(quoteIsInParagraph('Officials said the talks went well.', wrapped, 1)).toBe(true);
    expect(paragraphIsInText(wrapped, 300)).toBe(false);
  });
  it('does not take a numbered list for paragraphs where paragraphs are marked', () => {
    const marked = '1. (C) The talks:\n2. went well.\n\n3. (C) Next steps.';
    expect(paragraphIsInText(marked, 2)).toBe(false);
    expect(paragraphIsInText(marked, 3)).toBe(true);
  });
});
