// Public entry point of the library.
import { loadStrings } from './format/strings';
export { createTimeline, TimelineDataError } from './timeline';
export type {
  TimelineHandle,
  TimelineOptions,
  TimelineEventMap,
  ZoomInfo,
  DateInput,
} from './timeline';
export type { VisibleArea } from './render/card';
export { formatError } from './model/check';
export type { ValidationError, ValidationResult, ValidateOptions } from './model/check';
import type { ValidateOptions, ValidationResult } from './model/check';

/**
 * Every problem in a timeline document, with its path and a plain-English reason. The schema
 * library that explains shape problems is loaded on first use, keeping the main bundle small.
 */
export async function validate(
  input: unknown,
  options?: ValidateOptions,
): Promise<ValidationResult> {
  const { validateTimeline } = await import('./model/validate');
  return validateTimeline(input, options);
}
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

/**
 * Loads the interface strings of `locale`'s language (Japanese and Russian are separate
 * chunks) so that createTimeline, which is synchronous, can use them; the custom element does
 * this itself. English is built in.
 */
export async function loadLanguage(locale: string): Promise<void> {
  // A chunk that cannot be downloaded leaves English, as the element does: never no timeline.
  await loadStrings(locale).catch(() => undefined);
}
export { attachScrollytelling } from './scrolly-lazy';
