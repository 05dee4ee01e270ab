// The same events as a semantic ordered list: the accessible "List" view, the no-JS content and
// the print content. Text from data is only ever set as text.
import type { Timeline, TimelineEvent } from '../model/timeline';
import { citationLabel } from '../format/citations';
import { formatEventDate, machineDate, DEFAULT_LOCALE } from '../format/dates';
import { textLanguages } from '../model/language';
import { inLanguage } from './dom';

export interface ListOptions {
  locale?: string;
  /** heading level for event titles, so the list fits the host page's outline */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderEventItem(
  doc: Document,
  timeline: Timeline,
  event: TimelineEvent,
  options: ListOptions = {},
): HTMLLIElement {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const languages = textLanguages(timeline, locale);
  const item = el(doc, 'li', 'ct-list-item');
  item.dataset.eventId = event.id;
  const meta = el(doc, 'p', 'ct-list-meta');
  // HTML's datetime has no years before 1: such a date keeps its ISO 8601 form in data-date.
  const htmlDate = event.start.year >= 1;
  const time = el(
    doc,
    htmlDate ? 'time' : 'span',
    'ct-list-date',
    formatEventDate(event, locale, timeline.language),
  );
  if (htmlDate) time.setAttribute('datetime', machineDate(event.start));
  else time.dataset.date = machineDate(event.start);
  meta.append(time);
  const track = timeline.tracks.find((t) => t.id === event.track);
  if (track) meta.append(inLanguage(el(doc, 'span', 'ct-list-track', track.label), languages.data));
  const heading = el(doc, `h${options.headingLevel ?? 3}` as 'h3', 'ct-list-title', event.title);
  item.append(
    meta,
    inLanguage(heading, languages.data),
    inLanguage(el(doc, 'p', 'ct-list-summary', event.summary), languages.data),
  );
  for (const citation of event.citations) {
    const figure = el(doc, 'figure', 'ct-list-citation');
    const quote = el(doc, 'blockquote', 'ct-list-quote');
    const source = timeline.sources.get(citation.source);
    quote.append(inLanguage(el(doc, 'p', '', citation.quote), languages.source(source)));
    if (source?.url !== undefined) quote.setAttribute('cite', source.url);
    const caption = el(doc, 'figcaption', 'ct-list-source', citationLabel(citation, source));
    figure.append(quote, caption);
    item.append(figure);
  }
  return item;
}

export function renderEventList(
  doc: Document,
  timeline: Timeline,
  options: ListOptions = {},
): HTMLOListElement {
  const list = el(doc, 'ol', 'ct-list');
  // Named, so a screen reader's list of lists says which one this is.
  list.setAttribute('aria-label', timeline.title);
  for (const event of timeline.events) list.append(renderEventItem(doc, timeline, event, options));
  return list;
}
