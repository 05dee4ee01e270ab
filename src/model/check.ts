// Validation collects every problem with its path and never throws, whatever JSON value it is
// given. The shape is decided by the zod schema (schema.ts); a fast predicate (quick-check.ts)
// answers for valid data, and the schema itself, loaded only when needed, explains problems.
// The checks below need the whole document (references, duplicates, calendar validity, order
// of dates) or the stored source texts.
import type { TimelineData } from './schema';
import { formatPath, valueAt, type PathSegment } from './paths';
import { firstDay, lastDay, type CalendarDate } from './dates';
import { buildTimeline, memoDateParser, type DateParser, type Timeline } from './timeline';
import { isWellFormed } from './quick-check';
import { isLanguageTag, LANGUAGE_TAG } from './language';

export interface ValidationError {
  path: PathSegment[];
  /** `events[3].date` */
  pathText: string;
  /** plain-English reason, e.g. `"2007-13-01" is not a valid date (no month 13)` */
  message: string;
}

export type ValidationResult =
  | { ok: true; data: TimelineData; timeline: Timeline; errors: [] }
  | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /** Source texts by source id; when given, cited paragraphs and quotes are checked against them. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export function formatError(error: ValidationError): string {
  return `${error.pathText}: ${error.message}`;
}

/** Explains why input does not match the schema: the data it parsed, or the problems. */
export type ShapeExplainer = (input: unknown) => { data?: TimelineData; errors: ValidationError[] };

export type Report = (path: PathSegment[], message: string) => void;

/**
 * Checks one citation against the stored text of its source, if there is one (check-texts.ts).
 * Only validate.ts passes it: the texts never reach the browser's first check, and the quote
 * matching stays out of the main bundle.
 */
export type CitationTextCheck = (
  citation: Record<string, unknown>,
  sourceId: string,
  source: Record<string, unknown>,
  path: PathSegment[],
  report: Report,
) => void;

/** What validate.ts adds to the synchronous check. */
export interface CheckExtras {
  /** the zod schema, explaining shape problems */
  explainShape?: ShapeExplainer;
  checkCitationText?: CitationTextCheck;
}

export const SHAPE_UNEXPLAINED = 'does not match the timeline data format';

/**
 * Validates synchronously without the schema library: exact for valid data and for every
 * document-level problem; a shape problem is reported as one root error unless `explainShape`
 * (the zod schema, see validate.ts) is given.
 */
export function checkTimeline(input: unknown, extras: CheckExtras = {}): ValidationResult {
  const { explainShape, checkCitationText } = extras;
  const errors: ValidationError[] = [];
  const report = (path: PathSegment[], message: string) => {
    errors.push({ path, pathText: formatPath(path), message });
  };
  try {
    let data: TimelineData | undefined;
    if (isWellFormed(input)) {
      data = input as TimelineData;
    } else if (explainShape) {
      const explained = explainShape(input);
      data = explained.data;
      for (const error of explained.errors) errors.push(error);
    } else {
      report([], SHAPE_UNEXPLAINED);
    }
    const parse = memoDateParser();
    // Positions in `input`, which are positions in `data`: the schema only checks, never reorders.
    const eventPositions = checkDocument(input, report, parse, checkCitationText);
    if (errors.length > 0 || !data) return { ok: false, errors: dedupe(errors) };
    return { ok: true, data, timeline: buildTimeline(data, parse, eventPositions), errors: [] };
  } catch (cause) {
    // Defensive: a bug here must surface as a validation error, never as a crash of the host page.
    report(
      [],
      `could not be validated (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    return { ok: false, errors };
  }
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = formatError(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const listAt = (root: unknown, key: string): unknown[] => {
  const v = valueAt(root, [key]);
  return Array.isArray(v) ? v : [];
};
const stringAt = (obj: unknown, key: string): string | undefined => {
  const v = isRecord(obj) ? obj[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** A language tag of the right shape whose subtags Intl does not know ("en-US-US"). */
function checkLanguage(holder: unknown, path: PathSegment[], report: Report): void {
  const tag = stringAt(holder, 'language');
  if (tag !== undefined && LANGUAGE_TAG.test(tag) && !isLanguageTag(tag)) {
    report(path, `"${tag}" is not a valid language tag`);
  }
}

/** Reports what the shape check cannot see; returns each event id's position in the list. */
function checkDocument(
  input: unknown,
  report: Report,
  parse: DateParser,
  checkCitationText: CitationTextCheck | undefined,
): ReadonlyMap<string, number> {
  if (!isRecord(input)) return new Map();
  const tracks = listAt(input, 'tracks');
  const sources = listAt(input, 'sources');
  const events = listAt(input, 'events');

  const trackIds = collectIds(tracks, 'tracks', 'track', report);
  const sourceIds = collectIds(sources, 'sources', 'source', report);
  const eventPositions = collectIds(events, 'events', 'event', report);
  checkLanguage(input, ['language'], report);
  sources.forEach((source, i) => {
    checkLanguage(source, ['sources', i, 'language'], report);
    const kind = stringAt(source, 'kind');
    const id = stringAt(source, 'id');
    const reference = stringAt(source, 'reference');
    if (kind === 'cable' && id !== undefined && reference !== undefined && id !== reference) {
      report(
        ['sources', i, 'id'],
        `a cable's id must be its reference ID "${reference}", not "${id}"`,
      );
    }
    for (const key of ['date', 'released'] as const) {
      const value = valueAt(source, [key]);
      if (typeof value === 'string') checkDate(parse, value, report, 'sources', i, key);
    }
    const sent = stringAt(source, 'sent');
    // The first ten characters, not datePart: a `sent` whose shape is wrong ("2007-02-30 05:27Z")
    // still has its impossible date reported beside the shape error.
    if (sent !== undefined) checkDate(parse, sent.slice(0, 10), report, 'sources', i, 'sent', sent);
  });

  events.forEach((event, i) => {
    if (!isRecord(event)) return;
    const start =
      typeof event.date === 'string'
        ? checkDate(parse, event.date, report, 'events', i, 'date')
        : undefined;
    const end =
      typeof event.end === 'string'
        ? checkDate(parse, event.end, report, 'events', i, 'end')
        : undefined;
    if (start && end && lastDay(end) < firstDay(start)) {
      report(
        ['events', i, 'end'],
        `"${String(event.end)}" is before the start date "${String(event.date)}"`,
      );
    }
    const track = event.track;
    // Without a list of tracks there is nothing to resolve against; that is reported once, above.
    if (
      typeof track === 'string' &&
      track !== '' &&
      Array.isArray(input.tracks) &&
      !trackIds.has(track)
    ) {
      report(
        ['events', i, 'track'],
        `unknown track "${track}" (known: ${[...trackIds.keys()].join(', ') || 'none'})`,
      );
    }
    const citations: unknown[] = Array.isArray(event.citations) ? event.citations : [];
    // A plain loop with paths made only on error: 100,000 events must not allocate per citation.
    for (let j = 0; j < citations.length; j++) {
      const citation = citations[j];
      const sourceId = stringAt(citation, 'source');
      if (sourceId === undefined || sourceId === '') continue;
      const sourceIndex = sourceIds.get(sourceId);
      if (sourceIndex === undefined) {
        if (Array.isArray(input.sources))
          report(['events', i, 'citations', j, 'source'], `unknown source "${sourceId}"`);
        continue;
      }
      // collectIds keeps the first source of each id, and only records have ids.
      const source = sources[sourceIndex] as Record<string, unknown>;
      // stringAt found a source id, so the citation is a record.
      const cited = citation as Record<string, unknown>;
      const paragraph = cited.paragraph;
      if (typeof paragraph === 'number' && source.kind === 'article') {
        report(
          ['events', i, 'citations', j, 'paragraph'],
          `articles have no numbered paragraphs (source "${sourceId}")`,
        );
      }
      // The same passage twice (a CSV row pasted twice, say) would show twice in the panel.
      for (let k = 0; k < j; k++) {
        const earlier = citations[k] as Record<string, unknown> | undefined;
        if (
          earlier?.source === sourceId &&
          earlier.paragraph === paragraph &&
          earlier.quote === cited.quote
        ) {
          report(
            ['events', i, 'citations', j],
            'repeats an earlier citation of this event (same source and quote)',
          );
          break;
        }
      }
      checkCitationText?.(cited, sourceId, source, ['events', i, 'citations', j], report);
    }
  });
  return eventPositions;
}

function collectIds(
  items: unknown[],
  listName: string,
  noun: string,
  report: Report,
): ReadonlyMap<string, number> {
  // One map (id → first index) serves as the set of ids: 100,000 events hash each id once.
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = stringAt(items[i], 'id');
    if (id === undefined) continue;
    const previous = firstIndex.get(id);
    if (previous !== undefined) {
      report([listName, i, 'id'], `duplicate ${noun} id "${id}" (also ${listName}[${previous}])`);
    } else {
      firstIndex.set(id, i);
    }
  }
  return firstIndex;
}

/** The date `list[index][key]`, reported when impossible (its path is made only then). */
function checkDate(
  parse: DateParser,
  text: string,
  report: Report,
  list: string,
  index: number,
  key: string,
  shown = text,
): CalendarDate | undefined {
  const parsed = parse(text);
  if (parsed.ok) return parsed.date;
  // The schema's pattern already reports malformed text; report impossible calendar dates here.
  if (/^-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?$/.test(text)) {
    report([list, index, key], shown === text ? parsed.reason : `"${shown}" is not a valid date`);
  }
  return undefined;
}
