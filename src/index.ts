// Public entry point of the library.
export { createTimeline, TimelineDataError } from './timeline';
export type {
  TimelineHandle,
  TimelineOptions,
  TimelineEventMap,
  ZoomInfo,
  DateInput,
} from './timeline';
export { validateTimeline, formatError } from './model/validate';
export type { ValidationError, ValidationResult } from './model/validate';
export type {
  TimelineData,
  Track,
  Source,
  CableSource,
  ArticleSource,
  CitationData,
  EventData,
} from './model/schema';
export type { Timeline, TimelineEvent } from './model/timeline';
export type { CalendarDate, Precision } from './model/dates';
export { formatEventDate } from './format/dates';
