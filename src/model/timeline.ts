// The validated data turned into what the renderer needs: parsed calendar dates as day
// numbers, events sorted once by time, tracks by their order, sources by id.
import type { CitationData, EventData, Source, TimelineData, Track } from './schema';
import {
  firstDay,
  lastDay,
  parseCalendarDate,
  type CalendarDate,
  type DateParseResult,
} from './dates';

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  track: string;
  actors: readonly string[];
  citations: CitationData[];
  context: boolean;
  start: CalendarDate;
  end?: CalendarDate;
  dateLabel?: string;
  /** first day covered (day number), including the uncertainty of an imprecise date */
  startDay: number;
  /** last day covered (day number, inclusive) */
  endDay: number;
  /** position in time order */
  index: number;
}

export interface Timeline {
  title: string;
  description?: string;
  /** the language the data is written in (BCP 47), when the data says */
  language?: string;
  tracks: Track[];
  sources: ReadonlyMap<string, Source>;
  events: TimelineEvent[];
}

export type EventLookup = (id: string) => TimelineEvent | undefined;

/** The id lookups buildTimeline made, with the events array each was made for. */
const lookups = new WeakMap<Timeline, { events: readonly TimelineEvent[]; find: EventLookup }>();

/**
 * Finds a timeline's events by id. A timeline as buildTimeline made it reuses the map of ids
 * validation built (100,000 ids are not hashed twice); any other (copied, filtered, made by
 * hand) gets a map of its own events.
 */
export function eventLookup(timeline: Timeline): EventLookup {
  const built = lookups.get(timeline);
  if (built && built.events === timeline.events) return built.find;
  const byId = new Map<string, TimelineEvent>();
  for (const event of timeline.events) byId.set(event.id, event);
  return (id) => byId.get(id);
}

export type DateParser = (text: string) => DateParseResult;

/**
 * parseCalendarDate with a memory: a big dataset repeats a few thousand dates across its
 * events, and validation and building parse each date once between them. The parsed dates
 * are shared between events, so they are never mutated.
 */
export function memoDateParser(): DateParser {
  const memo = new Map<string, DateParseResult>();
  return (text) => {
    let parsed = memo.get(text);
    if (!parsed) {
      parsed = parseCalendarDate(text);
      memo.set(text, parsed);
    }
    return parsed;
  };
}

function parseOrThrow(text: string, parse: DateParser): CalendarDate {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

// Shared by every event without actors: 100,000 events need not allocate 100,000 empty arrays.
const NO_ACTORS: readonly string[] = Object.freeze([]);

export function toTimelineEvent(
  event: EventData,
  index: number,
  parse: DateParser = parseCalendarDate,
): TimelineEvent {
  const start = parseOrThrow(event.date, parse);
  const end = event.end === undefined ? undefined : parseOrThrow(event.end, parse);
  const result: TimelineEvent = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    track: event.track,
    actors: event.actors ?? NO_ACTORS,
    citations: event.citations,
    context: event.context ?? false,
    start,
    startDay: firstDay(start),
    endDay: lastDay(end ?? start),
    index,
  };
  if (end) result.end = end;
  if (event.dateLabel !== undefined) result.dateLabel = event.dateLabel;
  return result;
}

/**
 * Indices of the events in time order: first day, then last day, then position (stable). Day
 * numbers are integers, so the three fit one exact number per event when the dates span less
 * than about 2^53 / n: the typed array's own numeric sort then needs no comparator, three times
 * faster at 100,000 events. Wider data (years apart by millennia, or millions of events) takes
 * the comparator.
 */
export function timeOrder(starts: Float64Array, ends: Float64Array): Uint32Array {
  const n = starts.length;
  const order = new Uint32Array(n);
  let first = Infinity;
  let last = -Infinity;
  let longest = 0;
  let shortest = 0;
  for (let i = 0; i < n; i++) {
    const start = starts[i] ?? 0;
    first = Math.min(first, start);
    last = Math.max(last, start);
    longest = Math.max(longest, (ends[i] ?? 0) - start);
    shortest = Math.min(shortest, (ends[i] ?? 0) - start);
  }
  const spans = longest + 1;
  if (n > 0 && shortest >= 0 && (last - first + 1) * spans * n < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const start = starts[i] ?? 0;
      keys[i] = ((start - first) * spans + ((ends[i] ?? 0) - start)) * n + i;
    }
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = (keys[i] ?? 0) % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(
    (a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b,
  );
}

/**
 * Expects data that passed validation. Sorts once, by index over typed arrays (fast at 100k).
 * `positions` maps each event id to its position in `data.events`: validation has built it
 * already, and 100,000 ids need not be hashed into a second map (without it, eventLookup
 * makes its own).
 */
export function buildTimeline(
  data: TimelineData,
  parse: DateParser = memoDateParser(),
  positions?: ReadonlyMap<string, number>,
): Timeline {
  const parsed = data.events.map((event, i) => toTimelineEvent(event, i, parse));
  const n = parsed.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = parsed[i];
    if (!e) continue;
    starts[i] = e.startDay;
    ends[i] = e.endDay;
  }
  const order = timeOrder(starts, ends);
  const events: TimelineEvent[] = new Array<TimelineEvent>(n);
  for (let i = 0; i < n; i++) {
    const e = parsed[order[i] ?? 0];
    if (!e) continue;
    e.index = i;
    events[i] = e;
  }
  const timeline: Timeline = {
    title: data.title,
    tracks: [...data.tracks].sort((a, b) => a.order - b.order),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    events,
  };
  if (positions) {
    lookups.set(timeline, {
      events,
      find: (id) => {
        const position = positions.get(id);
        return position === undefined ? undefined : parsed[position];
      },
    });
  }
  if (data.description !== undefined) timeline.description = data.description;
  if (data.language !== undefined) timeline.language = data.language;
  return timeline;
}
