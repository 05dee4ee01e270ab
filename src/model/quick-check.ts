// A fast path for the shape check. The zod schema (schema.ts) stays the single source of truth
// and the only source of error messages; this hand-written predicate only answers "would the
// schema accept this?" about ten times faster, so 100,000 valid events load quickly. When it
// says no, the schema runs and explains. tests/quick-check.test.ts checks on generated inputs
// that both always agree.
import { DATE_PATTERN, SENT_PATTERN } from './dates';
import { LANGUAGE_TAG } from './language';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const REFERENCE = /^\d{2}[A-Z]+\d+$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const FILE = /^[A-Za-z0-9_./-]+\.txt$/;
const NON_BLANK = /\S/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean => typeof v === 'string' && NON_BLANK.test(v);
const matches = (v: unknown, pattern: RegExp): boolean => typeof v === 'string' && pattern.test(v);
const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);

/** Like Array.every, but holes count as undefined (as the schema sees them). */
function all(list: unknown[], test: (v: unknown) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
  return true;
}

function onlyKeys(o: Json, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}

const TRACK_KEYS = new Set(['id', 'label', 'order']);
const CABLE_KEYS = new Set([
  'id',
  'kind',
  'reference',
  'subject',
  'classification',
  'origin',
  'destination',
  'sent',
  'released',
  'url',
  'text',
  'file',
  'language',
]);
const ARTICLE_KEYS = new Set([
  'id',
  'kind',
  'outlet',
  'author',
  'headline',
  'date',
  'url',
  'file',
  'language',
]);
const EVENT_KEYS = new Set([
  'id',
  'date',
  'end',
  'dateLabel',
  'title',
  'summary',
  'track',
  'actors',
  'citations',
  'context',
]);
const ROOT_KEYS = new Set([
  '$schema',
  'title',
  'description',
  'language',
  'tracks',
  'sources',
  'events',
]);

const optional = (o: Json, key: string, test: (v: unknown) => boolean): boolean =>
  o[key] === undefined || test(o[key]);

function isTrack(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, TRACK_KEYS) &&
    matches(v.id, SLUG) &&
    isText(v.label) &&
    isInt(v.order)
  );
}

function isSource(v: unknown): boolean {
  if (!isObject(v) || !matches(v.id, SOURCE_ID)) return false;
  const common =
    optional(v, 'url', (u) => matches(u, HTTP_URL)) &&
    optional(v, 'file', (f) => matches(f, FILE)) &&
    optional(v, 'language', (l) => matches(l, LANGUAGE_TAG));
  if (v.kind === 'cable') {
    return (
      onlyKeys(v, CABLE_KEYS) &&
      common &&
      matches(v.reference, REFERENCE) &&
      isText(v.subject) &&
      isText(v.classification) &&
      isText(v.origin) &&
      optional(v, 'destination', isText) &&
      optional(v, 'sent', (d) => matches(d, SENT_PATTERN)) &&
      optional(v, 'released', (d) => matches(d, DATE_PATTERN)) &&
      (v.text === 'full' || v.text === 'excerpt')
    );
  }
  if (v.kind === 'article') {
    return (
      onlyKeys(v, ARTICLE_KEYS) &&
      common &&
      optional(v, 'outlet', isText) &&
      isText(v.author) &&
      isText(v.headline) &&
      matches(v.date, DATE_PATTERN)
    );
  }
  return false;
}

// Run once per event and citation: plain statements without a closure per call, a third
// faster at 100,000 events.
function isCitation(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key in v) if (key !== 'source' && key !== 'paragraph' && key !== 'quote') return false;
  const { source, paragraph, quote } = v;
  if (typeof source !== 'string' || source.length === 0) return false;
  if (paragraph !== undefined && !(isInt(paragraph) && (paragraph as number) >= 1)) return false;
  return typeof quote === 'string' && NON_BLANK.test(quote);
}

function isEvent(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key in v) if (!EVENT_KEYS.has(key)) return false;
  const { id, date, end, dateLabel, title, summary, track, actors, citations, context } = v;
  if (typeof id !== 'string' || !SLUG.test(id)) return false;
  if (typeof date !== 'string' || !DATE_PATTERN.test(date)) return false;
  if (typeof title !== 'string' || !NON_BLANK.test(title)) return false;
  if (typeof summary !== 'string' || !NON_BLANK.test(summary)) return false;
  if (typeof track !== 'string' || track.length === 0) return false;
  if (end !== undefined && !(typeof end === 'string' && DATE_PATTERN.test(end))) return false;
  if (dateLabel !== undefined && !isText(dateLabel)) return false;
  if (context !== undefined && typeof context !== 'boolean') return false;
  if (actors !== undefined) {
    if (!Array.isArray(actors)) return false;
    for (let i = 0; i < actors.length; i++) if (!isText(actors[i])) return false;
  }
  if (!Array.isArray(citations) || citations.length === 0) return false;
  for (let i = 0; i < citations.length; i++) if (!isCitation(citations[i])) return false;
  return true;
}

/** Whether the schema would accept `input` (shape only; document-level checks run separately). */
export function isWellFormed(input: unknown): boolean {
  if (!isObject(input) || !onlyKeys(input, ROOT_KEYS)) return false;
  if (!optional(input, '$schema', (s) => typeof s === 'string')) return false;
  if (!isText(input.title) || !optional(input, 'description', isText)) return false;
  if (!optional(input, 'language', (l) => matches(l, LANGUAGE_TAG))) return false;
  const { tracks, sources, events } = input;
  return (
    Array.isArray(tracks) &&
    tracks.length > 0 &&
    all(tracks, isTrack) &&
    Array.isArray(sources) &&
    all(sources, isSource) &&
    Array.isArray(events) &&
    all(events, isEvent)
  );
}
