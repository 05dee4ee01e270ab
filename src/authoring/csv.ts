// Spreadsheets in, spreadsheets out. A newsroom keeps its timeline in two sheets, events and
// sources, exports them as CSV or TSV, and `npm run import` turns them into the JSON the timeline
// reads. Every value remembers the cell it came from (a provenance map), so a validation error at
// `events[3].date` is reported as `row 5, column `date``. Pure: no file system; the CLI reads files.
import { dsvFormat } from 'd3-dsv';
import { formatPath, type PathSegment } from '../model/paths';
import { validateTimeline } from '../model/validate';
import {
  articleSourceSchema,
  cableSourceSchema,
  eventSchema,
  type EventData,
  type TimelineData,
} from '../model/schema';

/** A CSV or TSV file: its name (for messages and TSV detection) and its text. */
export interface CsvFile {
  name: string;
  text: string;
}

export interface ColumnSpec {
  name: string;
  /** The JSON field it fills, e.g. `dateLabel` or `tracks[].label`. */
  field: string;
  required: boolean;
  description: string;
  example: string;
}

/** The columns of events.csv, in the order export writes them. */
export const EVENT_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'id',
    field: 'id',
    required: true,
    description:
      'Event id, a lowercase slug. A later row with the same id adds a citation to that event (fill only id, source, paragraph and quote).',
    example: 'mofa-briefing',
  },
  {
    name: 'date',
    field: 'date',
    required: true,
    description: 'YYYY, YYYY-MM or YYYY-MM-DD, with a trailing ~ when approximate.',
    example: '2006-12-28',
  },
  {
    name: 'end',
    field: 'end',
    required: false,
    description: 'Last day of a span (inclusive); empty for a single date.',
    example: '2007-02-28',
  },
  {
    name: 'date_label',
    field: 'dateLabel',
    required: false,
    description: 'Display phrase for a fuzzy date.',
    example: 'late 2006',
  },
  {
    name: 'title',
    field: 'title',
    required: true,
    description: 'Short headline in your own words.',
    example: "MOFA's Russia chief briefs US diplomats",
  },
  {
    name: 'summary',
    field: 'summary',
    required: true,
    description: 'One-line summary in your own words.',
    example: 'Kuninori Matsuda walks embassy officers through the Sakhalin 2 restructuring.',
  },
  {
    name: 'track',
    field: 'track',
    required: true,
    description:
      'Lane id (lowercase slug). The lanes are the distinct values of this column, in order of first appearance.',
    example: 'briefing',
  },
  {
    name: 'track_label',
    field: 'tracks[].label',
    required: false,
    description:
      "The lane's label, given once on any row of that lane (default: the track id). Rows that give it must agree.",
    example: 'What MOFA told the US embassy',
  },
  {
    name: 'track_order',
    field: 'tracks[].order',
    required: false,
    description:
      "The lane's position, a whole number, given once on any row of that lane (default: order of first appearance).",
    example: '3',
  },
  {
    name: 'actors',
    field: 'actors',
    required: false,
    description: 'People, governments or institutions, separated by ";".',
    example: 'Kuninori Matsuda; Japan',
  },
  {
    name: 'context',
    field: 'context',
    required: false,
    description: 'true for a background event before the main period (true/false or yes/no).',
    example: 'true',
  },
  {
    name: 'source',
    field: 'citations[].source',
    required: true,
    description: 'Id of a row of sources.csv (for a cable, its reference ID).',
    example: '07TOKYO163',
  },
  {
    name: 'paragraph',
    field: 'citations[].paragraph',
    required: false,
    description: 'Paragraph number of the cable: 8 (or ¶8) for ¶8; empty for articles.',
    example: '2',
  },
  {
    name: 'quote',
    field: 'citations[].quote',
    required: true,
    description: 'The passage, copied verbatim from the source; … marks an elision.',
    example: 'On December 28, poloffs met with …',
  },
];

/** source_2/paragraph_2/quote_2, source_3/…: more citations on the same row. */
export const NUMBERED_CITATION_COLUMNS: ColumnSpec = {
  name: 'source_2, paragraph_2, quote_2, …',
  field: 'citations[]',
  required: false,
  description:
    'Further citations on the same row, numbered from 2; cited after the row’s first citation, in number order.',
  example: '07TOKYO163, 5, Matsuda also revealed that …',
};

const CITATION_PARTS = ['source', 'paragraph', 'quote'] as const;
type CitationPart = (typeof CITATION_PARTS)[number];

/** Event columns that are properties of the event itself (citations and lanes are handled apart). */
const EVENT_FIELD_COLUMNS: readonly (readonly [column: string, field: keyof EventData])[] = [
  ['id', 'id'],
  ['date', 'date'],
  ['end', 'end'],
  ['date_label', 'dateLabel'],
  ['title', 'title'],
  ['summary', 'summary'],
  ['track', 'track'],
];

const CABLE_FIELDS = Object.keys(cableSourceSchema.shape);
const ARTICLE_FIELDS = Object.keys(articleSourceSchema.shape);

/** The columns of sources.csv: every field of either kind of source, cable fields first. */
export const SOURCE_COLUMNS: readonly string[] = [
  ...CABLE_FIELDS,
  ...ARTICLE_FIELDS.filter((f) => !CABLE_FIELDS.includes(f)),
];

/** Which kinds of source have a field. */
export function sourceKindsWithField(field: string): ('cable' | 'article')[] {
  return [
    ...(CABLE_FIELDS.includes(field) ? (['cable'] as const) : []),
    ...(ARTICLE_FIELDS.includes(field) ? (['article'] as const) : []),
  ];
}

/** Every field of an event that the CSV columns cover (a test keeps this in step with the schema). */
export const EVENT_FIELDS_COVERED: readonly string[] = [
  ...EVENT_FIELD_COLUMNS.map(([, field]) => field),
  'actors',
  'context',
  'citations',
];
export const EVENT_SCHEMA_FIELDS: readonly string[] = Object.keys(eventSchema.shape);

// ---------------------------------------------------------------------------------------------
// Where a value came from

export type Origin =
  | { kind: 'cell'; file: string; row?: number; column?: string }
  | { kind: 'option'; option: string }
  | { kind: 'json'; file: string; path: PathSegment[] };

export interface ImportProblem {
  at?: Origin;
  message: string;
}

export function formatOrigin(at: Origin): string {
  if (at.kind === 'option') return at.option;
  if (at.kind === 'json') return `${at.file}: ${formatPath(at.path)}`;
  const parts = [
    at.row === undefined ? undefined : `row ${at.row}`,
    at.column === undefined ? undefined : `column \`${at.column}\``,
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? `${at.file}: ${parts.join(', ')}` : at.file;
}

export function formatProblem(problem: ImportProblem): string {
  return problem.at ? `${formatOrigin(problem.at)}: ${problem.message}` : problem.message;
}

/** Origins by JSON path text (`events[3].date`); lookups fall back to the nearest ancestor. */
export class Provenance {
  private readonly byPath = new Map<string, Origin>();

  set(path: readonly PathSegment[], origin: Origin): void {
    this.byPath.set(formatPath(path), origin);
  }

  locate(path: readonly PathSegment[]): Origin | undefined {
    for (let depth = path.length; depth > 0; depth--) {
      const origin = this.byPath.get(formatPath(path.slice(0, depth)));
      if (origin?.kind === 'json')
        return { ...origin, path: [...origin.path, ...path.slice(depth)] };
      if (origin) return origin;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a sheet

interface Sheet {
  file: string;
  /** canonical column name → index */
  columns: Map<string, number>;
  /** canonical column name → the header as written */
  headers: Map<string, string>;
  rows: { row: number; cells: string[] }[];
}

/** `Date Label`, `dateLabel` and `date-label` all mean `date_label`; `quote2` means `quote_2`. */
export function canonicalColumn(header: string): string {
  const key = header
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const numbered = /^(source|paragraph|quote)_?(\d+)$/.exec(key);
  if (!numbered) return key;
  const n = Number(numbered[2]);
  return n <= 1 ? (numbered[1] ?? key) : `${numbered[1]}_${n}`;
}

/** Tab-separated when the name ends in .tsv/.tab or the header has a tab; `;` when the header
 * has semicolons and no commas (spreadsheets in some locales); otherwise comma-separated. */
export function detectDelimiter(file: CsvFile): string {
  const text = stripBom(file.text);
  const header = text.slice(0, Math.max(0, text.search(/\r?\n|$/)));
  if (/\.(tsv|tab)$/i.test(file.name) || header.includes('\t')) return '\t';
  if (!header.includes(',') && header.includes(';')) return ';';
  return ',';
}

const stripBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * The record (1-based, the header is 1) of a quoted cell that is never closed, if any. The
 * parser reads such a cell to the end of the file and every row after it disappears into it,
 * without an error. As in the parser, a quote opens a cell only at the cell's start.
 */
export function unclosedQuoteRecord(text: string, delimiter: string): number | null {
  let record = 1;
  let cellStart = true;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (cellStart && c === '"') {
      const opened = record;
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0) return opened;
      i = close + 1;
      cellStart = false;
    } else if (c === delimiter) {
      cellStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      record++;
      cellStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cellStart = false;
      i++;
    }
  }
  return null;
}
const cleanCell = (cell: string) => cell.replace(/\r\n?/g, '\n').trim();

function readSheet(
  file: CsvFile,
  known: (column: string) => boolean,
  knownList: string,
  problems: ImportProblem[],
): Sheet {
  const delimiter = detectDelimiter(file);
  const text = stripBom(file.text);
  const unclosed = unclosedQuoteRecord(text, delimiter);
  if (unclosed !== null) {
    problems.push({
      at: { kind: 'cell', file: file.name, row: unclosed },
      message:
        'a quoted cell starts in this row and its closing " is missing: the rows after it were read into that cell',
    });
  }
  // Read as UTF-8, a file saved in a legacy encoding (Excel's "CSV (Comma delimited)" on
  // Windows) has replacement characters where its accents were.
  const garbled = text.indexOf('\uFFFD');
  if (garbled >= 0) {
    const line = (text.slice(0, garbled).match(/\r\n|\r|\n/g) ?? []).length + 1;
    problems.push({
      at: { kind: 'cell', file: file.name },
      message: `is not UTF-8 text (line ${line} has characters that could not be read): save it as "CSV UTF-8"`,
    });
  }
  const records = dsvFormat(delimiter).parseRows(text);
  const [headerRow = [], ...body] = records;
  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const header = (column?: string): Origin => ({ kind: 'cell', file: file.name, row: 1, column });
  const rows = body.map((cells, i) => ({ row: i + 2, cells: cells.map(cleanCell) }));
  headerRow.forEach((raw, index) => {
    const written = cleanCell(raw);
    if (written === '') {
      const used = rows.find((r) => (r.cells[index] ?? '') !== '');
      if (used) {
        problems.push({
          at: header(),
          message: `column ${index + 1} has no name, but row ${used.row} has a value in it`,
        });
      }
      return;
    }
    const column = canonicalColumn(written);
    if (!known(column)) {
      problems.push({ at: header(written), message: `unknown column (known: ${knownList})` });
      return;
    }
    const previous = headers.get(column);
    if (previous !== undefined) {
      problems.push({
        at: header(written),
        message: `same column as \`${previous}\`, column ${(columns.get(column) ?? 0) + 1}`,
      });
      return;
    }
    columns.set(column, index);
    headers.set(column, written);
  });
  for (const { row, cells } of rows) {
    const extra = cells.findIndex((c, i) => i >= headerRow.length && c !== '');
    if (extra >= 0) {
      problems.push({
        at: { kind: 'cell', file: file.name, row },
        message: `has a value in column ${extra + 1}, beyond the last column of the header${delimiter === ',' ? ' (a cell that contains a comma must be in double quotes)' : ''}`,
      });
    }
  }
  return {
    file: file.name,
    columns,
    headers,
    rows: rows.filter((r) => r.cells.some((c) => c !== '')),
  };
}

function cellOf(sheet: Sheet, cells: readonly string[], column: string): string {
  const index = sheet.columns.get(column);
  return index === undefined ? '' : (cells[index] ?? '');
}

function at(sheet: Sheet, row: number, column?: string): Origin {
  return {
    kind: 'cell',
    file: sheet.file,
    row,
    column: column === undefined ? undefined : (sheet.headers.get(column) ?? column),
  };
}

function requireColumns(sheet: Sheet, names: readonly string[], problems: ImportProblem[]) {
  const missing = names.filter((n) => !sheet.columns.has(n));
  for (const name of missing) {
    problems.push({
      at: { kind: 'cell', file: sheet.file, row: 1 },
      message: `no \`${name}\` column (it is required)`,
    });
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportInput {
  events: CsvFile;
  /** When absent, `keptSources` are used (e.g. the sources of the file being re-imported). */
  sources?: CsvFile;
  keptSources?: { file: string; sources: unknown[] };
  title?: string;
  description?: string;
  /** The data's language (BCP 47), written as `language` when given. */
  language?: string;
  /** Written first, as `$schema`, when given. */
  schema?: string;
  /** Reads a source's `file` (relative to the output file); undefined when there is none. When
   * given, cited paragraphs and quotes are checked against the texts. */
  readSourceText?: (file: string) => string | undefined;
}

export type ImportResult =
  { ok: true; data: TimelineData; problems: [] } | { ok: false; problems: ImportProblem[] };

interface Built {
  document: Record<string, unknown>;
  provenance: Provenance;
  problems: ImportProblem[];
  /** `file\ncolumn` of columns missing from a header: per-row "is required" errors would repeat it. */
  missing: Set<string>;
}

export function importTimeline(input: ImportInput): ImportResult {
  const built = buildDocument(input);
  const { document, provenance, problems, missing } = built;
  const events = Array.isArray(document.events) ? document.events : [];
  if (events.length === 0 && problems.length === 0) {
    problems.push({ at: { kind: 'cell', file: input.events.name }, message: 'has no events' });
  }
  if (events.length === 0) return { ok: false, problems: sortProblems(problems, input) };

  const sourceTexts = new Map<string, string>();
  const sources = Array.isArray(document.sources) ? (document.sources as unknown[]) : [];
  if (input.readSourceText) {
    sources.forEach((source, i) => {
      if (source === null || typeof source !== 'object') return;
      const { id, file } = source as { id?: unknown; file?: unknown };
      if (typeof id !== 'string' || typeof file !== 'string') return;
      const text = input.readSourceText?.(file);
      if (text === undefined) {
        problems.push({
          at: provenance.locate(['sources', i, 'file']),
          message: `file "${file}" not found (paths are relative to the output file)`,
        });
      } else sourceTexts.set(id, text);
    });
  }

  const result = validateTimeline(document, { sourceTexts });
  for (const error of result.errors) {
    const origin = provenance.locate(error.path);
    const column = origin?.kind === 'cell' ? origin.column : undefined;
    const file = origin?.kind === 'cell' ? origin.file : '';
    if (error.message === 'is required' && missing.has(`${file}\n${column}`)) continue;
    problems.push({
      at: origin ?? { kind: 'json', file: input.events.name, path: error.path },
      message:
        error.message === 'is required' && column !== undefined
          ? 'must not be empty'
          : error.message,
    });
  }
  if (problems.length > 0 || !result.ok) {
    return { ok: false, problems: sortProblems(problems, input) };
  }
  return { ok: true, data: result.data, problems: [] };
}

function sortProblems(problems: ImportProblem[], input: ImportInput): ImportProblem[] {
  const files = [input.events.name, input.sources?.name, input.keptSources?.file];
  const key = (p: ImportProblem): [number, number] => {
    if (!p.at || p.at.kind === 'option') return [-1, 0];
    const rank = files.indexOf(p.at.file);
    return [rank < 0 ? files.length : rank, p.at.kind === 'cell' ? (p.at.row ?? 0) : 0];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map(({ p }) => p);
}

interface TrackDraft {
  id: string;
  firstRow: number;
  label?: { value: string; row: number };
  order?: { value: number; row: number };
}

function buildDocument(input: ImportInput): Built {
  const problems: ImportProblem[] = [];
  const provenance = new Provenance();
  const missing = new Set<string>();
  const document: Record<string, unknown> = {};
  if (input.schema !== undefined) document.$schema = input.schema;
  if (input.title !== undefined) document.title = input.title;
  provenance.set(['title'], { kind: 'option', option: '--title' });
  if (input.description !== undefined) document.description = input.description;
  provenance.set(['description'], { kind: 'option', option: '--description' });
  if (input.language !== undefined) document.language = input.language;
  provenance.set(['language'], { kind: 'option', option: '--language' });

  const { events, tracks } = readEvents(input.events, provenance, problems, missing);
  document.tracks = tracks;
  document.sources = readSources(input, provenance, problems, missing);
  document.events = events;
  return { document, provenance, problems, missing };
}

function isKnownEventColumn(column: string): boolean {
  return (
    EVENT_COLUMNS.some((c) => c.name === column) || /^(source|paragraph|quote)_\d+$/.test(column)
  );
}

/** The citation column groups present: '' for source/paragraph/quote, then '_2', '_3', … */
function citationGroups(sheet: Sheet, problems: ImportProblem[]): string[] {
  const numbers = new Set<number>();
  for (const column of sheet.columns.keys()) {
    const m = /^(?:source|paragraph|quote)_(\d+)$/.exec(column);
    if (m) numbers.add(Number(m[1]));
  }
  const groups = [...numbers].sort((a, b) => a - b).map((n) => `_${n}`);
  for (const suffix of groups) {
    for (const part of ['source', 'quote']) {
      if (!sheet.columns.has(`${part}${suffix}`)) {
        const other = CITATION_PARTS.map((p) => `${p}${suffix}`).find((c) => sheet.columns.has(c));
        problems.push({
          at: at(sheet, 1, other),
          message: `has no matching \`${part}${suffix}\` column`,
        });
      }
    }
  }
  return ['', ...groups];
}

function readEvents(
  file: CsvFile,
  provenance: Provenance,
  problems: ImportProblem[],
  missing: Set<string>,
): { events: Record<string, unknown>[]; tracks: Record<string, unknown>[] } {
  const known = EVENT_COLUMNS.map((c) => c.name).join(', ');
  const sheet = readSheet(file, isKnownEventColumn, `${known}, source_2 …`, problems);
  const required = EVENT_COLUMNS.filter((c) => c.required).map((c) => c.name);
  for (const name of requireColumns(sheet, required, problems))
    missing.add(`${file.name}\n${name}`);
  // Without ids, rows cannot be told apart; the missing column is reported once, above.
  if (!sheet.columns.has('id')) return { events: [], tracks: [] };
  const groups = citationGroups(sheet, problems);
  const nonCitationColumns = [...sheet.columns.keys()].filter(
    (c) => c !== 'id' && !/^(source|paragraph|quote)(_\d+)?$/.test(c),
  );

  const events: Record<string, unknown>[] = [];
  const defined = new Map<string, { index: number; row: number; cells: string[] }>();
  const tracks: TrackDraft[] = [];
  const trackById = new Map<string, TrackDraft>();

  for (const { row, cells } of sheet.rows) {
    const cell = (column: string) => cellOf(sheet, cells, column);
    const id = cell('id');
    if (id === '') {
      problems.push({
        at: at(sheet, row, 'id'),
        message: 'must not be empty (every row names the event it belongs to)',
      });
      continue;
    }
    const earlier = defined.get(id);
    if (earlier) {
      // A repeated id adds citations; anything else on the row must agree with the first row.
      for (const column of nonCitationColumns) {
        const value = cell(column);
        const first = cellOf(sheet, earlier.cells, column);
        if (value !== '' && value !== first) {
          problems.push({
            at: at(sheet, row, column),
            message: `event "${id}" is defined in row ${earlier.row}, where \`${column}\` is ${first === '' ? 'empty' : JSON.stringify(first)}; a later row with the same id only adds citations`,
          });
        }
      }
      const event = events[earlier.index];
      const citations = Array.isArray(event?.citations) ? (event.citations as unknown[]) : [];
      const added = readCitations(
        sheet,
        row,
        cells,
        groups,
        earlier.index,
        citations,
        provenance,
        problems,
      );
      if (added === 0) {
        problems.push({
          at: at(sheet, row),
          message: `repeats the id "${id}" of row ${earlier.row} but gives no source, paragraph or quote`,
        });
      }
      continue;
    }

    const index = events.length;
    defined.set(id, { index, row, cells });
    const event: Record<string, unknown> = {};
    const path = (...rest: PathSegment[]): PathSegment[] => ['events', index, ...rest];
    provenance.set(path(), at(sheet, row));
    for (const [column, field] of EVENT_FIELD_COLUMNS) {
      provenance.set(path(field), at(sheet, row, column));
      const value = cell(column);
      if (value !== '') event[field] = value;
    }
    const actors = cell('actors')
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    provenance.set(path('actors'), at(sheet, row, 'actors'));
    if (actors.length > 0) event.actors = actors;
    const citations: unknown[] = [];
    provenance.set(path('citations'), at(sheet, row, 'source'));
    readCitations(sheet, row, cells, groups, index, citations, provenance, problems);
    event.citations = citations;
    const context = cell('context');
    provenance.set(path('context'), at(sheet, row, 'context'));
    if (context !== '') {
      const flag = parseFlag(context);
      if (flag === undefined) {
        problems.push({
          at: at(sheet, row, 'context'),
          message: `"${context}" is not true or false (write true, false, yes or no, or leave it empty)`,
        });
      } else event.context = flag;
    }
    events.push(event);

    const trackId = cell('track');
    if (trackId !== '') {
      let track = trackById.get(trackId);
      if (!track) {
        track = { id: trackId, firstRow: row };
        trackById.set(trackId, track);
        tracks.push(track);
      }
      readTrackDetails(sheet, row, cell, track, problems);
    }
  }

  // Lanes are listed in the order they are shown: by order, a lane whose track_order was given
  // before one that only took its place of first appearance ("1" puts its lane first), then
  // first appearance. Two lanes given the same track_order are a problem; a lane given one
  // that another holds by appearance goes first, and the orders become positions (1, 2, 3…),
  // so the file never holds a tie.
  const drafts = tracks.map((track, k) => ({
    track,
    order: track.order?.value ?? k + 1,
    given: track.order,
  }));
  drafts.sort(
    (a, b) => a.order - b.order || Number(b.given !== undefined) - Number(a.given !== undefined),
  );
  let tied = false;
  for (let k = 1; k < drafts.length; k++) {
    const draft = drafts[k];
    const before = drafts[k - 1];
    if (!draft || !before || draft.order !== before.order) continue;
    tied = true;
    if (draft.given && before.given) {
      problems.push({
        at: at(sheet, draft.given.row, 'track_order'),
        message: `track "${draft.track.id}" has the same track_order as track "${before.track.id}" (row ${before.given.row})`,
      });
    }
  }
  if (tied) drafts.forEach((draft, k) => (draft.order = k + 1));
  const trackObjects = drafts.map(({ track, order }, k) => {
    provenance.set(['tracks', k], at(sheet, track.firstRow, 'track'));
    provenance.set(['tracks', k, 'id'], at(sheet, track.firstRow, 'track'));
    provenance.set(
      ['tracks', k, 'label'],
      track.label ? at(sheet, track.label.row, 'track_label') : at(sheet, track.firstRow, 'track'),
    );
    provenance.set(
      ['tracks', k, 'order'],
      track.order ? at(sheet, track.order.row, 'track_order') : at(sheet, track.firstRow, 'track'),
    );
    return { id: track.id, label: track.label?.value ?? track.id, order };
  });
  return { events, tracks: trackObjects };
}

function readTrackDetails(
  sheet: Sheet,
  row: number,
  cell: (column: string) => string,
  track: TrackDraft,
  problems: ImportProblem[],
): void {
  const label = cell('track_label');
  if (label !== '') {
    if (!track.label) track.label = { value: label, row };
    else if (track.label.value !== label) {
      problems.push({
        at: at(sheet, row, 'track_label'),
        message: `track "${track.id}" is labelled "${track.label.value}" in row ${track.label.row}`,
      });
    }
  }
  const orderText = cell('track_order');
  if (orderText === '') return;
  if (!/^-?\d+$/.test(orderText)) {
    problems.push({
      at: at(sheet, row, 'track_order'),
      message: `"${orderText}" is not a whole number`,
    });
    return;
  }
  const order = Number(orderText);
  if (!track.order) track.order = { value: order, row };
  else if (track.order.value !== order) {
    problems.push({
      at: at(sheet, row, 'track_order'),
      message: `track "${track.id}" has order ${track.order.value} in row ${track.order.row}`,
    });
  }
}

function parseFlag(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (t === 'true' || t === 'yes') return true;
  if (t === 'false' || t === 'no') return false;
  return undefined;
}

/** Appends the row's citations (column groups in order) and returns how many there were. */
function readCitations(
  sheet: Sheet,
  row: number,
  cells: readonly string[],
  groups: readonly string[],
  eventIndex: number,
  citations: unknown[],
  provenance: Provenance,
  problems: ImportProblem[],
): number {
  let added = 0;
  for (const suffix of groups) {
    const column = (part: CitationPart) => `${part}${suffix}`;
    const values = CITATION_PARTS.map((part) => cellOf(sheet, cells, column(part)));
    if (values.every((v) => v === '')) continue;
    const [source = '', paragraphText = '', quote = ''] = values;
    const path: PathSegment[] = ['events', eventIndex, 'citations', citations.length];
    provenance.set(path, at(sheet, row, column('source')));
    for (const part of CITATION_PARTS)
      provenance.set([...path, part], at(sheet, row, column(part)));
    const citation: Record<string, unknown> = {};
    if (source !== '') citation.source = source;
    if (paragraphText !== '') {
      const m = /^¶?\s*(\d+)$/.exec(paragraphText);
      if (m) citation.paragraph = Number(m[1]);
      else {
        problems.push({
          at: at(sheet, row, column('paragraph')),
          message: `"${paragraphText}" is not a paragraph number (write 8 for ¶8)`,
        });
      }
    }
    if (quote !== '') citation.quote = quote;
    citations.push(citation);
    added++;
  }
  return added;
}

function readSources(
  input: ImportInput,
  provenance: Provenance,
  problems: ImportProblem[],
  missing: Set<string>,
): unknown[] {
  if (!input.sources) {
    const kept = input.keptSources;
    if (!kept) return [];
    kept.sources.forEach((_, i) => {
      provenance.set(['sources', i], { kind: 'json', file: kept.file, path: ['sources', i] });
    });
    return kept.sources;
  }
  const sheet = readSheet(
    input.sources,
    (c) => SOURCE_COLUMNS.includes(c),
    SOURCE_COLUMNS.join(', '),
    problems,
  );
  for (const name of requireColumns(sheet, ['id', 'kind'], problems)) {
    missing.add(`${input.sources.name}\n${name}`);
  }
  return sheet.rows.map(({ row, cells }, i) => {
    const cell = (column: string) => cellOf(sheet, cells, column);
    const kindText = cell('kind');
    const kind = ['cable', 'article'].includes(kindText.toLowerCase())
      ? kindText.toLowerCase()
      : kindText;
    const fields =
      kind === 'cable' ? CABLE_FIELDS : kind === 'article' ? ARTICLE_FIELDS : undefined;
    provenance.set(['sources', i], at(sheet, row));
    const source: Record<string, unknown> = {};
    for (const field of fields ?? SOURCE_COLUMNS) {
      provenance.set(['sources', i, field], at(sheet, row, field));
      let value = field === 'kind' ? kind : cell(field);
      if (field === 'text' && ['full', 'excerpt'].includes(value.toLowerCase()))
        value = value.toLowerCase();
      if (value !== '') source[field] = value;
    }
    for (const field of SOURCE_COLUMNS) {
      if (fields && !fields.includes(field) && cell(field) !== '') {
        problems.push({
          at: at(sheet, row, field),
          message: `a ${kind} source has no ${field} (only ${sourceKindsWithField(field).join(' and ')} sources do); leave it empty`,
        });
      }
    }
    return source;
  });
}

// ---------------------------------------------------------------------------------------------
// Export

export interface CsvExport {
  events: string;
  sources: string;
  /** What the CSV form cannot carry (it is left out); empty for an exact round trip. */
  warnings: string[];
}

/** UTF-8 byte order mark: spreadsheet programs then read the file as UTF-8 (import strips it). */
const BOM = '\uFEFF';
const csvText = (rows: string[][]) => `${BOM}${dsvFormat(',').formatRows(rows)}\n`;

export function exportTimeline(data: TimelineData): CsvExport {
  const warnings: string[] = [];
  const firstEventOfTrack = new Map<string, string>();
  for (const event of data.events) {
    if (!firstEventOfTrack.has(event.track)) firstEventOfTrack.set(event.track, event.id);
  }
  const trackById = new Map(data.tracks.map((t) => [t.id, t]));
  for (const track of data.tracks) {
    if (!firstEventOfTrack.has(track.id)) {
      warnings.push(
        `track "${track.id}" has no events; lanes are made from events, so it is left out`,
      );
    }
  }
  if (data.tracks.some((t, k) => k > 0 && t.order < (data.tracks[k - 1]?.order ?? t.order))) {
    warnings.push('the tracks are not listed by order; import lists them by order');
  }
  // Lane positions are always written: without them the lanes follow the order of first
  // appearance, and an editor who sorts the sheet (by date, newest first) would reorder them.
  const columns = EVENT_COLUMNS.map((c) => c.name);

  const rows: string[][] = [columns];
  const row = (values: Record<string, string>) => columns.map((c) => values[c] ?? '');
  for (const event of data.events) {
    const where = `event "${event.id}"`;
    checkText(event, where, warnings);
    const firstOfTrack = firstEventOfTrack.get(event.track) === event.id;
    const track = trackById.get(event.track);
    if (event.actors?.some((a) => a.includes(';'))) {
      warnings.push(`${where}: an actor contains ";", which separates actors in the CSV`);
    }
    if (event.actors?.length === 0) warnings.push(`${where}: an empty actors list is left out`);
    const [first, ...more] = event.citations;
    rows.push(
      row({
        id: event.id,
        date: event.date,
        end: event.end ?? '',
        date_label: event.dateLabel ?? '',
        title: event.title,
        summary: event.summary,
        track: event.track,
        track_label: firstOfTrack && track ? track.label : '',
        track_order: firstOfTrack && track ? String(track.order) : '',
        actors: (event.actors ?? []).join('; '),
        context: event.context === undefined ? '' : String(event.context),
        ...citationCells(first),
      }),
    );
    for (const citation of more) rows.push(row({ id: event.id, ...citationCells(citation) }));
  }

  const sourceRows: string[][] = [[...SOURCE_COLUMNS]];
  for (const source of data.sources) {
    checkText(source, `source "${source.id}"`, warnings);
    const values: Record<string, unknown> = source;
    sourceRows.push(
      SOURCE_COLUMNS.map((c) => {
        const value = values[c];
        return typeof value === 'string' ? value : '';
      }),
    );
  }
  return { events: csvText(rows), sources: csvText(sourceRows), warnings };
}

function citationCells(
  citation: EventData['citations'][number] | undefined,
): Record<string, string> {
  if (!citation) return {};
  return {
    source: citation.source,
    paragraph: citation.paragraph === undefined ? '' : String(citation.paragraph),
    quote: citation.quote,
  };
}

/**
 * A spreadsheet reads a cell that starts with one of these as a formula (and may run it). The
 * cell is written as it is, since a quote must stay verbatim: the author is warned instead.
 */
const FORMULA_START = /^[=+\-@]/;

/**
 * Import trims cells and turns CRLF into LF; warn when that would change a value, and when a
 * spreadsheet would take a value for a formula.
 */
function checkText(value: unknown, where: string, warnings: string[]): void {
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (cleanCell(v) !== v)
        warnings.push(`${where}: "${v.slice(0, 40)}" loses surrounding space`);
      if (FORMULA_START.test(v))
        warnings.push(
          `${where}: "${v.slice(0, 40)}" starts with "${v[0] ?? ''}", so a spreadsheet may read it as a formula; check it after editing`,
        );
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
}
