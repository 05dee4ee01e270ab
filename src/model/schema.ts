// The single source of truth for the data format: TypeScript types are inferred from it,
// runtime validation parses with it, and data/timeline.schema.json is generated from it.
// zod/mini keeps the browser bundle small; messages are written in messages.ts.
import * as z from 'zod/mini';
import { DATE_PATTERN, SENT_PATTERN } from './dates';
import { LANGUAGE_TAG } from './language';

// Non-blank text: at least one non-space character.
const text = (description: string) => z.string().check(z.regex(/\S/), z.describe(description));

const slug = (description: string) =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.describe(description));

const calendarDate = (description: string) =>
  z.string().check(z.regex(DATE_PATTERN), z.describe(description));

const languageTag = (description: string) =>
  z.string().check(z.regex(LANGUAGE_TAG), z.describe(description));

const sourceLanguage = z.optional(
  languageTag(
    "Language of the source's text, and so of its quotes, when it is not the data's: e.g. en for English cables quoted in a timeline written in Japanese.",
  ),
);

const httpUrl = (description: string) =>
  z.string().check(z.regex(/^https?:\/\/[^\s]+$/i), z.describe(description));

export const trackSchema = z.strictObject({
  id: slug('Stable identifier of the lane, referenced by events[].track.'),
  label: text('Lane label shown to readers.'),
  order: z.int().check(z.describe('Position of the lane, smallest first.')),
});

const sourceFile = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9_./-]+\.txt$/),
    z.describe(
      'Path of the stored source text, relative to the data file, e.g. sources/07TOKYO2690.txt.',
    ),
  );

export const cableSourceSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/),
      z.describe('Identifier used by citations; for cables, the reference ID.'),
    ),
  kind: z.literal('cable'),
  reference: z
    .string()
    .check(z.regex(/^\d{2}[A-Z]+\d+$/), z.describe('Cable reference ID, e.g. 07TOKYO2690.')),
  subject: text('The SUBJECT line of the cable.'),
  classification: text('Classification as marked, e.g. CONFIDENTIAL.'),
  origin: text('Sending post, e.g. Embassy Tokyo.'),
  destination: z.optional(
    text(
      'Addressee, e.g. Secretary of State, Washington; omit when the stored text does not show it.',
    ),
  ),
  sent: z.optional(
    z
      .string()
      .check(
        z.regex(SENT_PATTERN),
        z.describe(
          'When the cable was sent: YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC, from its date-time group); omit when the stored text does not show it (a DECL: date is not a sending date).',
        ),
      ),
  ),
  released: z.optional(calendarDate('When the cable was made public, if known.')),
  url: z.optional(httpUrl('Public page of the cable (http or https).')),
  text: z
    .enum(['full', 'excerpt'])
    .check(z.describe('Whether the stored text is the full cable or an excerpt.')),
  file: z.optional(sourceFile),
  language: sourceLanguage,
});

export const articleSourceSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/), z.describe('Identifier used by citations.')),
  kind: z.literal('article'),
  outlet: z.optional(text('Publication, e.g. a newspaper.')),
  author: text('Author as bylined.'),
  headline: text('Headline as published.'),
  date: calendarDate('Publication date at the precision known.'),
  url: z.optional(httpUrl('Public page of the article (http or https).')),
  file: z.optional(sourceFile),
  language: sourceLanguage,
});

export const sourceSchema = z.discriminatedUnion('kind', [cableSourceSchema, articleSourceSchema]);

export const citationSchema = z.strictObject({
  source: z.string().check(z.minLength(1), z.describe('Id of an entry in sources.')),
  paragraph: z.optional(
    z
      .int()
      .check(
        z.minimum(1),
        z.describe('Paragraph number where the cable numbers its paragraphs (¶8 → 8).'),
      ),
  ),
  quote: text('Verbatim passage from the source; mark an elision with …'),
});

export const eventSchema = z.strictObject({
  id: slug('Stable identifier, used in deep links (#event=<id>).'),
  date: calendarDate(
    'YYYY, YYYY-MM or YYYY-MM-DD (calendar date at its precision), optionally followed by ~ (EDTF) when approximate.',
  ),
  end: z.optional(calendarDate('Last day of a span, same notation as date (inclusive).')),
  dateLabel: z.optional(text('Display phrase for a fuzzy date, e.g. "early 2006".')),
  title: text('Short headline in your own words.'),
  summary: text('One-line summary in your own words.'),
  track: z.string().check(z.minLength(1), z.describe('Id of an entry in tracks.')),
  actors: z.optional(z.array(text('A person, government or institution involved.'))),
  citations: z
    .array(citationSchema)
    .check(z.minLength(1), z.describe('The passages this event rests on.')),
  context: z.optional(z.boolean().check(z.describe('Background event before the main period.'))),
});

export const timelineSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    title: text('Title of the timeline.'),
    description: z.optional(text('One or two sentences introducing the timeline.')),
    language: z.optional(
      languageTag(
        "Language the data is written in (titles, summaries, labels, date phrases, quotes), as a BCP 47 tag such as en or ja. When the reader's interface is in another language, this text is marked with its own, so screen readers pronounce it right, and dates are written from the structured dates rather than from dateLabel.",
      ),
    ),
    tracks: z.array(trackSchema).check(z.minLength(1)),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
  })
  .check(
    z.meta({
      title: 'cable-timeline data',
      description: 'A sourced timeline: events with the passages they rest on.',
    }),
  );

export type TimelineData = z.infer<typeof timelineSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type CableSource = z.infer<typeof cableSourceSchema>;
export type ArticleSource = z.infer<typeof articleSourceSchema>;
export type CitationData = z.infer<typeof citationSchema>;
export type EventData = z.infer<typeof eventSchema>;

export function generateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(timelineSchema, { target: 'draft-2020-12' });
}
