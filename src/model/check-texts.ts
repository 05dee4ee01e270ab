// Citations checked against the stored texts of their sources: the cited paragraph exists and
// the quote is in it, verbatim. Used by validate.ts (the CLI, the CSV import, the tests);
// the browser's own first check never has the texts, so none of this is in the main bundle.
import type { CitationTextCheck } from './check';
import {
  normalizeForQuoteMatch,
  locateQuote,
  paragraphAt,
  paragraphIsInText,
  quoteIsInParagraph,
} from './quotes';

/** The check for each citation whose source has a text in `sourceTexts` (by source id). */
export function citationTextCheck(sourceTexts: ReadonlyMap<string, string>): CitationTextCheck {
  return (citation, sourceId, source, path, report) => {
    const text = sourceTexts.get(sourceId);
    if (text === undefined) return;
    const { paragraph, quote } = citation;
    // An article's paragraph number is reported once, as not allowed (check.ts), not again
    // here as missing from its text.
    const cited =
      typeof paragraph === 'number' && Number.isInteger(paragraph) && source.kind !== 'article'
        ? paragraph
        : null;
    const paragraphFound = cited === null || paragraphIsInText(text, cited);
    if (!paragraphFound) {
      const stored = source.text === 'excerpt' ? 'the stored excerpt of' : 'the text of';
      report([...path, 'paragraph'], `paragraph ${cited} is not in ${stored} ${sourceId}`);
    }
    if (typeof quote !== 'string' || !/\S/.test(quote)) return;
    const ranges = locateQuote(quote, text);
    const shown = normalizeForQuoteMatch(quote);
    const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
    if (!ranges) {
      report([...path, 'quote'], `not found verbatim in ${sourceId}: "${short}"`);
      return;
    }
    // Readers see the passage under "¶5": it must be in paragraph 5, not elsewhere in the cable.
    if (cited !== null && paragraphFound && !quoteIsInParagraph(quote, text, cited)) {
      const at = paragraphAt(text, ranges[0]?.start ?? 0);
      report(
        [...path, 'quote'],
        `found in ${sourceId}${at === null ? ' before its first paragraph' : ` ¶${at}`}, not in the cited ¶${cited}: "${short}"`,
      );
    }
  };
}
