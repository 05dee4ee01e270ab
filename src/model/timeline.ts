// The validated data turned into what the renderer needs: parsed calendar dates as day
// numbers, events sorted once by time, tracks by their order, sources by id.
import type { CitationData, EventData, Source, TimelineData, Track } from './schema';
import { firstDay, lastDay, parseCalendarDate, type CalendarDate } from './dates';

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  track: string;
  actors: string[];
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
  tracks: Track[];
  sources: ReadonlyMap<string, Source>;
  events: TimelineEvent[];
}

function parseOrThrow(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

export function toTimelineEvent(event: EventData, index: number): TimelineEvent {
  const start = parseOrThrow(event.date);
  const end = event.end === undefined ? undefined : parseOrThrow(event.end);
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    track: event.track,
    actors: event.actors ?? [],
    citations: event.citations,
    context: event.context ?? false,
    start,
    ...(end ? { end } : {}),
    ...(event.dateLabel !== undefined ? { dateLabel: event.dateLabel } : {}),
    startDay: firstDay(start),
    endDay: lastDay(end ?? start),
    index,
  };
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Expects data that passed validation. */
export function buildTimeline(data: TimelineData): Timeline {
  const events = data.events.map(toTimelineEvent).sort(compareEvents);
  events.forEach((e, i) => (e.index = i));
  return {
    title: data.title,
    ...(data.description !== undefined ? { description: data.description } : {}),
    tracks: [...data.tracks].sort((a, b) => a.order - b.order),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    events,
  };
}
