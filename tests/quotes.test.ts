import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeForQuoteMatch, paragraphIsInText } from '../src/model/quotes';

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
