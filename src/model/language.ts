// The data's own language against the interface's. A newsroom may show English data with a
// Japanese interface: the data's text is then marked with its language (WCAG 3.1.2), so a
// screen reader reads it in the right voice and the browser picks fitting fonts and hyphens.
import type { Source } from './schema';
import type { Timeline } from './timeline';

/** A BCP 47 language tag's shape: en, ja, pt-BR, zh-Hant… (Intl decides whether it exists). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Whether Intl knows the tag (its shape may be right and its subtags still wrong: "en-US-US"). */
export function isLanguageTag(tag: string): boolean {
  if (!LANGUAGE_TAG.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const readings = new Map<string, string>();

/** Language and script: tags that differ only by region ("en-GB", "en-US") read alike. */
function readsAs(tag: string): string {
  let reading = readings.get(tag);
  if (reading === undefined) {
    try {
      const { language, script } = new Intl.Locale(tag).maximize();
      reading = `${language}-${script ?? ''}`;
    } catch {
      reading = tag.toLowerCase();
    }
    readings.set(tag, reading);
  }
  return reading;
}

/**
 * The language to mark text with when it is written in `language` and shown in an interface in
 * `uiLocale`; null when the two read alike, or when the data does not say (its text is then
 * taken to be in the interface's language, as it always was).
 */
export function foreignLanguage(language: string | undefined, uiLocale: string): string | null {
  return language !== undefined && readsAs(language) !== readsAs(uiLocale) ? language : null;
}

/** Which language to mark the data's text, and each source's, with in one interface. */
export interface TextLanguages {
  /** titles, summaries, lane labels, actors */
  data: string | null;
  /** a source's quotes and fields (subject, headline, full text) */
  source(source: Source | undefined): string | null;
}

export function textLanguages(
  timeline: Pick<Timeline, 'language'>,
  uiLocale: string,
): TextLanguages {
  return {
    data: foreignLanguage(timeline.language, uiLocale),
    source: (source) => foreignLanguage(source?.language ?? timeline.language, uiLocale),
  };
}
