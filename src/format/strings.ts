// Interface strings in the story's three reader languages. Data text is shown as written.
export interface UiStrings {
  timelineRole: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  resetLabel: string;
  zoomHint: string;
  zoomHintMac: string;
  overviewLabel: string;
  /** the overview's window as a keyboard control */
  overviewWindow: string;
  earlier: (n: number) => string;
  later: (n: number) => string;
  clusterText: (n: number) => string;
  clusterLabel: (n: number, from: string, to: string) => string;
  morePassages: (n: number) => string;
  showSources: string;
  close: string;
  actors: string;
  passages: (n: number) => string;
  excerpt: string;
  fieldSubject: string;
  fieldClassification: string;
  fieldRoute: string;
  fieldSent: string;
  fieldReleased: string;
  fieldParagraph: string;
  fieldOutlet: string;
  fieldAuthor: string;
  fieldHeadline: string;
  fieldDate: string;
  cablePage: string;
  articlePage: string;
  readInContext: string;
  /** while the source-text panel loads a primary text */
  loading: string;
  /** while <cable-timeline> loads its data */
  loadingData: string;
  fullText: (name: string) => string;
  textUnavailable: string;
  copyCitation: string;
  copyLink: string;
  copied: string;
  previous: string;
  previousLabel: string;
  next: string;
  nextLabel: string;
  listView: string;
  chartView: string;
  selected: (label: string) => string;
  /** said once a zoom or move asked for by a key or button has settled */
  showing: (range: string, earlier: number, later: number) => string;
  instructions: string;
  invalidJson: string;
  noData: string;
  empty: string;
  /** the data file could not be fetched: an HTTP status, or none for a network error */
  unreachable: (path: string, status?: number) => string;
  invalidJsonIn: (path: string) => string;
  /** the first problem (its path and reason, in English: they are for the author) and how many more */
  dataErrors: (first: string, more: number) => string;
}

export const en: UiStrings = {
  timelineRole: 'timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset',
  resetLabel: 'Reset the view to where it started',
  zoomHint: 'Ctrl + scroll to zoom',
  zoomHintMac: '⌘ + scroll to zoom',
  overviewLabel: 'Overview: drag the window to move, or brush a range to zoom to it',
  overviewWindow: 'Visible period: arrow keys, Page Up and Page Down move it',
  earlier: (n) => `← ${n} earlier`,
  later: (n) => `${n} later →`,
  clusterText: (n) => `${n} event${n === 1 ? '' : 's'}`,
  clusterLabel: (n, from, to) =>
    n === 1
      ? `1 event, ${from}. Zoom in to see it`
      : `${n} events, ${from} to ${to}. Zoom in to see them`,
  morePassages: (n) => `+${n} more passage${n === 1 ? '' : 's'}`,
  showSources: 'Show sources',
  close: 'Close the source panel',
  actors: 'Involved',
  passages: (n) => (n === 1 ? 'The passage it rests on' : `The ${n} passages it rests on`),
  excerpt: 'Excerpt',
  fieldSubject: 'Subject',
  fieldClassification: 'Classification',
  fieldRoute: 'From → to',
  fieldSent: 'Sent',
  fieldReleased: 'Released',
  fieldParagraph: 'Paragraph',
  fieldOutlet: 'Outlet',
  fieldAuthor: 'Author',
  fieldHeadline: 'Headline',
  fieldDate: 'Published',
  cablePage: 'Public cable page',
  articlePage: 'Read the article',
  readInContext: 'Read in context',
  loading: 'Loading the source text…',
  loadingData: 'Loading the timeline…',
  fullText: (name) => `Full text of ${name}`,
  textUnavailable: 'The source text could not be loaded.',
  copyCitation: 'Copy citation',
  copyLink: 'Copy link',
  copied: 'Copied to the clipboard',
  previous: 'Previous',
  previousLabel: 'Previous event',
  next: 'Next',
  nextLabel: 'Next event',
  listView: 'List',
  chartView: 'Timeline',
  selected: (label) => `Selected: ${label}`,
  showing: (range, earlier, later) =>
    `Showing ${range}${earlier + later > 0 ? `; ${earlier} earlier, ${later} later` : ''}.`,
  instructions:
    'Left and right arrows move between events, up and down between lanes, Home and End to the first and last; Enter opens the sources, Escape closes them; plus and minus zoom, 0 resets.',
  invalidJson: 'The timeline data is not valid JSON.',
  noData: 'No timeline data: give the element a src attribute or an inline JSON script.',
  empty: 'This timeline has no events yet.',
  unreachable: (path, status) =>
    `The timeline data could not be loaded (${status ? `HTTP ${status}` : 'network error'} for ${path}).`,
  invalidJsonIn: (path) => `The timeline data is not valid JSON (${path}).`,
  dataErrors: (first, more) =>
    `The timeline data has errors: ${first}${more > 0 ? ` and ${more} more problem${more > 1 ? 's' : ''}` : ''}.`,
};

/** Interface strings for a locale, synchronously: English unless the language was loaded. */
export function stringsFor(locale: string): UiStrings {
  return loaded.get(locale.slice(0, 2).toLowerCase()) ?? en;
}

const loaded = new Map<string, UiStrings>([['en', en]]);

/** Loads the interface strings of a language (Japanese and Russian ship as separate chunks). */
export async function loadStrings(locale: string): Promise<UiStrings> {
  const language = locale.slice(0, 2).toLowerCase();
  const known = loaded.get(language);
  if (known) return known;
  const strings =
    language === 'ja'
      ? (await import('./strings-ja')).ja
      : language === 'ru'
        ? (await import('./strings-ru')).ru
        : en;
  loaded.set(language, strings);
  return strings;
}
