// The data's own language (`language`, at the root and on sources) against the interface's.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { timelineSchema, type TimelineData } from '../src/model/schema';
import { isWellFormed } from '../src/model/quick-check';
import { foreignLanguage, isLanguageTag, textLanguages } from '../src/model/language';
import { validateTimeline, formatError } from '../src/model/validate';
import { formatEventDate } from '../src/format/dates';
import { buildTimeline } from '../src/model/timeline';
import { validData } from './fixtures';

function withLanguages(root?: unknown, source?: unknown): TimelineData {
  const data = validData() as TimelineData & Record<string, unknown>;
  if (root !== undefined) data.language = root as string;
  if (source !== undefined) (data.sources[0] as Record<string, unknown>).language = source;
  return data;
}

const errorsOf = (input: unknown) => {
  const result = validateTimeline(input);
  return result.ok ? [] : result.errors.map(formatError);
};

describe('foreignLanguage', () => {
  it('names the data language when the interface reads otherwise', () => {
    expect(foreignLanguage('en', 'ja')).toBe('en');
    expect(foreignLanguage('ja', 'en-GB')).toBe('ja');
    // The same language in another script is another reading.
    expect(foreignLanguage('zh-TW', 'zh-CN')).toBe('zh-TW');
  });

  it('is null when the two read alike or the data does not say', () => {
    expect(foreignLanguage('en', 'en-GB')).toBeNull();
    expect(foreignLanguage('en-US', 'en')).toBeNull();
    expect(foreignLanguage('JA', 'ja-JP')).toBeNull();
    expect(foreignLanguage(undefined, 'ja')).toBeNull();
  });

  it("gives a source's quotes the source's language, else the data's", () => {
    const languages = textLanguages({ language: 'ja' }, 'ja');
    expect(languages.data).toBeNull();
    expect(languages.source(withLanguages(undefined, 'en').sources[0])).toBe('en');
    expect(languages.source(validData().sources[0])).toBeNull();
    expect(textLanguages({ language: 'en' }, 'ru').source(undefined)).toBe('en');
  });
});

describe('the language fields', () => {
  it('accept BCP 47 tags at the root and on sources', () => {
    for (const tag of ['en', 'ja', 'pt-BR', 'zh-Hant', 'sr-Latn-RS']) {
      const data = withLanguages(tag, tag);
      expect(isWellFormed(data)).toBe(true);
      expect(errorsOf(data)).toEqual([]);
    }
  });

  it('refuse what is not a tag, with the path, and the quick check agrees with the schema', () => {
    for (const bad of ['english', 'e', 'en_GB', '', 'en-', 7]) {
      for (const data of [withLanguages(bad), withLanguages(undefined, bad)]) {
        expect(isWellFormed(data)).toBe(false);
        expect(z.safeParse(timelineSchema, data).success).toBe(false);
      }
    }
    expect(errorsOf(withLanguages('english'))).toEqual([
      'language: the text "english" must be a language tag such as en, ja or pt-BR',
    ]);
    expect(errorsOf(withLanguages(undefined, 'en_GB'))).toEqual([
      'sources[0].language: the text "en_GB" must be a language tag such as en, ja or pt-BR',
    ]);
  });

  it('refuse a tag of the right shape whose subtags do not exist', () => {
    expect(isLanguageTag('en-US-US')).toBe(false);
    expect(errorsOf(withLanguages('en-US-US'))).toEqual([
      'language: "en-US-US" is not a valid language tag',
    ]);
    expect(errorsOf(withLanguages(undefined, 'en-GB-oed'))).toEqual([
      'sources[0].language: "en-GB-oed" is not a valid language tag',
    ]);
  });

  it('reach the built timeline', () => {
    expect(buildTimeline(withLanguages('en')).language).toBe('en');
    expect(buildTimeline(validData()).language).toBeUndefined();
  });
});

describe('formatEventDate with the data language', () => {
  const event = buildTimeline({
    ...validData(),
    events: [{ ...validData().events[0]!, date: '2006~', dateLabel: 'late 2006' }],
  }).events[0]!;

  it("keeps the data's date phrase in an interface of its language", () => {
    expect(formatEventDate(event, 'en-GB', 'en')).toBe('c. late 2006');
    expect(formatEventDate(event, 'ja', undefined)).toBe('late 2006頃');
  });

  it('writes the structured date in an interface of another language', () => {
    expect(formatEventDate(event, 'ja', 'en')).toBe('2006年頃');
    expect(formatEventDate(event, 'ru', 'en')).toMatch(/^ок\. 2006/);
  });
});
