// The shipped dataset: valid, and every cable quote verbatim in its stored primary source.
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { validateTimeline, formatError } from '../src/model/validate';
import { locateQuote, paragraphIsInText } from '../src/model/quotes';
import type { TimelineData } from '../src/model/schema';

const dataUrl = new URL('../data/timeline.json', import.meta.url);
const data = JSON.parse(readFileSync(dataUrl, 'utf8')) as TimelineData;
const texts = new Map<string, string>();
for (const source of data.sources) {
  if (source.file !== undefined)
    texts.set(source.id, readFileSync(new URL(source.file, dataUrl), 'utf8'));
}

describe('data/timeline.json', () => {
  it('is valid, including paragraphs and quotes checked against data/sources', () => {
    const result = validateTimeline(data, { sourceTexts: texts });
    expect(result.errors.map(formatError)).toEqual([]);
  });

  it('stores the text of every cable it cites', () => {
    for (const source of data.sources.filter((s) => s.kind === 'cable')) {
      expect(source.file, source.id).toBe(`sources/${source.id}.txt`);
      expect(existsSync(new URL(`sources/${source.id}.txt`, dataUrl)), source.id).toBe(true);
    }
  });

  const cableCitations = data.events.flatMap((event) =>
    event.citations
      .filter((c) => data.sources.find((s) => s.id === c.source)?.kind === 'cable')
      .map((c, i) => ({
        name: `${event.id} #${i} (${c.source}${c.paragraph ? ` ¶${c.paragraph}` : ''})`,
        citation: c,
      })),
  );
  it.each(cableCitations)('quotes $name verbatim, in the cited paragraph', ({ citation }) => {
    const text = texts.get(citation.source);
    expect(text).toBeDefined();
    const ranges = locateQuote(citation.quote, text ?? '');
    expect(ranges, citation.quote).not.toBeNull();
    if (citation.paragraph !== undefined && ranges) {
      expect(paragraphIsInText(text ?? '', citation.paragraph)).toBe(true);
      // The quote starts after the paragraph's marker and before the next paragraph's.
      const marker = (n: number) =>
        new RegExp(`(^|\\n)[ \\t]*¶?${n}\\.[ \\t]+\\(`).exec(text ?? '')?.index ?? Infinity;
      expect(ranges[0]!.start).toBeGreaterThan(marker(citation.paragraph));
      expect(ranges[0]!.start).toBeLessThan(marker(citation.paragraph + 1));
    }
  });
});
