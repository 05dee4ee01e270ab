// How a citation is attributed in cards, the panel, the list and copied citations.
import type { CitationData, Source } from '../model/schema';
import { datePart, parseCalendarDate } from '../model/dates';
import { formatCalendarDate, DEFAULT_LOCALE } from './dates';

/** Short attribution: `07TOKYO2690 ¶12`, or the article's outlet/author. */
export function citationLabel(citation: CitationData, source: Source | undefined): string {
  if (!source) return citation.source;
  if (source.kind === 'cable') {
    return citation.paragraph !== undefined
      ? `${source.reference} ¶${citation.paragraph}`
      : source.reference;
  }
  return source.outlet ?? source.author;
}

/** A source's date or date-time ("2007-01-11T05:27Z", "-0043-03-15") as a reader sees it. */
export function sourceDate(text: string, locale: string): string {
  // Only `sent` carries a time.
  const parsed = parseCalendarDate(datePart(text));
  return parsed.ok ? formatCalendarDate(parsed.date, locale) : text;
}

/** Plain-text citation for copying: everything a reader needs to find the passage. */
export function plainCitation(
  citation: CitationData,
  source: Source | undefined,
  locale = DEFAULT_LOCALE,
): string {
  const quote = `“${citation.quote}”`;
  if (!source) return `${quote} (${citation.source})`;
  if (source.kind === 'cable') {
    const parts = [
      `US diplomatic cable ${source.reference}`,
      citation.paragraph !== undefined ? `paragraph ${citation.paragraph}` : undefined,
      `“${source.subject}”`,
      source.classification,
      source.destination !== undefined
        ? `${source.origin} to ${source.destination}`
        : source.origin,
      source.sent !== undefined ? `sent ${sourceDate(source.sent, locale)}` : undefined,
      source.released !== undefined ? `released ${sourceDate(source.released, locale)}` : undefined,
      source.url,
    ];
    return `${quote} — ${parts.filter((p) => p !== undefined).join(', ')}.`;
  }
  const parts = [
    source.author,
    `“${source.headline}”`,
    source.outlet,
    sourceDate(source.date, locale),
    source.url,
  ];
  return `${quote} — ${parts.filter((p) => p !== undefined).join(', ')}.`;
}
