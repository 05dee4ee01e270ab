// Spreadsheet import: reading CSV/TSV as spreadsheets export it, mapping columns to the model,
// and naming the row and column behind every problem.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  EVENT_FIELDS_COVERED,
  EVENT_SCHEMA_FIELDS,
  SOURCE_COLUMNS,
  canonicalColumn,
  exportTimeline,
  formatProblem,
  importTimeline,
  unclosedQuoteRecord,
  type ImportInput,
} from '../src/authoring/csv';
import { articleSourceSchema, cableSourceSchema, type TimelineData } from '../src/model/schema';

const SOURCES = [
  'id,kind,reference,subject,classification,origin,destination,sent,text,author,headline,date',
  '07TOKYO2690,cable,07TOKYO2690,ABE-PUTIN G-8 SUMMIT,CONFIDENTIAL,Embassy Tokyo,Secretary of State,2007-06-14T08:12Z,full,,,',
  'article,article,,,,,,,,A. Writer,A headline,2011',
].join('\n');
const HEADER = 'id,date,title,summary,track,source,paragraph,quote';
const QUOTE = "Moscow also expressed concern about the PRC's ASAT test";
const ROW = `asat-test,2007-01-11,Anti-satellite test,A test.,security,07TOKYO2690,8,${QUOTE}`;

function run(events: string, more: Partial<ImportInput> = {}) {
  return importTimeline({
    events: { name: 'events.csv', text: events },
    sources: { name: 'sources.csv', text: SOURCES },
    title: 'Test',
    ...more,
  });
}
function problems(events: string, more: Partial<ImportInput> = {}): string[] {
  const result = run(events, more);
  return result.ok ? [] : result.problems.map(formatProblem);
}
function data(events: string, more: Partial<ImportInput> = {}): TimelineData {
  const result = run(events, more);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
}

describe('importTimeline: reading the sheets', () => {
  it('maps the documented columns to an event, its lane and its citation', () => {
    const d = data(
      [
        'id,date,end,date_label,title,summary,track,track_label,actors,context,source,paragraph,quote',
        `visit,2007-02-27,2007-02-28,late February,Visit,A visit.,diplomacy,Diplomacy,"Japan; Russia ;",yes,07TOKYO2690,¶8,${QUOTE}`,
      ].join('\n'),
    );
    expect(d.tracks).toEqual([{ id: 'diplomacy', label: 'Diplomacy', order: 1 }]);
    expect(d.events).toEqual([
      {
        id: 'visit',
        date: '2007-02-27',
        end: '2007-02-28',
        dateLabel: 'late February',
        title: 'Visit',
        summary: 'A visit.',
        track: 'diplomacy',
        actors: ['Japan', 'Russia'],
        citations: [{ source: '07TOKYO2690', paragraph: 8, quote: QUOTE }],
        context: true,
      },
    ]);
    expect(d.sources.map((s) => s.kind)).toEqual(['cable', 'article']);
  });

  it('reads a byte order mark, CRLF rows and quoted cells with commas, quotes and newlines', () => {
    const text = `\uFEFF${HEADER}\r\nasat-test,2007-01-11,"Test, ""anti-satellite""","Line one\r\nline two",security,07TOKYO2690,8,"${QUOTE}"\r\n`;
    const [event] = data(text).events;
    expect(event?.id).toBe('asat-test');
    expect(event?.title).toBe('Test, "anti-satellite"');
    expect(event?.summary).toBe('Line one\nline two');
  });

  it('names the row of a quoted cell that is never closed (the rows after it would vanish into it)', () => {
    const events = [HEADER, ROW.replace(QUOTE, `"${QUOTE}`), ROW.replace('asat-test', 'second')];
    expect(problems(events.join('\n'))).toContain(
      'events.csv: row 2: a quoted cell starts in this row and its closing " is missing: the rows after it were read into that cell',
    );
    // Quotes inside a cell, doubled quotes and quoted newlines are not mistaken for it.
    const fine = [
      HEADER,
      ROW.replace(QUOTE, `"a ""quoted"" word,\nover two lines"`),
      'x,5" screen',
    ];
    expect(unclosedQuoteRecord(fine.join('\r\n'), ',')).toBeNull();
    expect(unclosedQuoteRecord('a,b\n"open\n', ',')).toBe(2);
  });

  it('refuses a file that is not UTF-8 (a legacy-encoded export) instead of importing mojibake', () => {
    const events = [HEADER, ROW.replace('Anti-satellite test', 'Caf\uFFFD vote')].join('\n');
    expect(problems(events)).toContain(
      'events.csv: is not UTF-8 text (line 2 has characters that could not be read): save it as "CSV UTF-8"',
    );
  });

  it('reads TSV by extension or by tabs in the header', () => {
    const tsv = [HEADER, ROW].map((line) => line.split(',').join('\t')).join('\n');
    expect(data(tsv).events).toHaveLength(1);
    expect(data(tsv, { events: { name: 'events.tsv', text: tsv } }).events).toHaveLength(1);
  });

  it('reads semicolon-separated files (spreadsheets in comma-decimal locales)', () => {
    const text = [HEADER.split(',').join(';'), ROW.split(',').join(';')].join('\n');
    expect(data(text).events[0]?.citations[0]?.quote).toBe(QUOTE);
  });

  it('accepts column names in other cases and spellings', () => {
    expect(canonicalColumn('Date Label')).toBe('date_label');
    expect(canonicalColumn('dateLabel')).toBe('date_label');
    expect(canonicalColumn(' Quote 2 ')).toBe('quote_2');
    expect(canonicalColumn('source1')).toBe('source');
  });

  it('adds citations from repeated ids and numbered columns, in order', () => {
    const d = data(
      [
        `${HEADER},source_2,quote_2`,
        `${ROW},article,Second`,
        'asat-test,,,,,article,,Third',
        '',
        'asat-test,2007-01-11,,,security,article,,Fourth,article,Fifth',
      ].join('\n'),
    );
    expect(d.events[0]?.citations.map((c) => c.quote)).toEqual([
      QUOTE,
      'Second',
      'Third',
      'Fourth',
      'Fifth',
    ]);
  });

  it('derives lanes from first appearance, with labels and optional order', () => {
    const d = data(
      [
        'id,date,title,summary,track,track_label,track_order,source,quote',
        'a,2007,A,A.,security,,,article,x',
        'b,2007,B,B.,diplomacy,Diplomacy,,article,x',
        'c,2007,C,C.,security,Security,,article,x',
      ].join('\n'),
    );
    expect(d.tracks).toEqual([
      { id: 'security', label: 'Security', order: 1 },
      { id: 'diplomacy', label: 'Diplomacy', order: 2 },
    ]);
    const ordered = data(
      [
        'id,date,title,summary,track,track_order,source,quote',
        'a,2007,A,A.,security,2,article,x',
        'b,2007,B,B.,diplomacy,1,article,x',
      ].join('\n'),
    );
    expect(ordered.tracks.map((t) => [t.id, t.order])).toEqual([
      ['diplomacy', 1],
      ['security', 2],
    ]);
    // One lane moved forward: it goes first, and the others follow without a tie.
    const forward = data(
      [
        'id,date,title,summary,track,track_order,source,quote',
        'a,2007,A,A.,x,,article,x',
        'b,2008,B,B.,y,1,article,x',
        'c,2009,C,C.,z,,article,x',
      ].join('\n'),
    );
    expect(forward.tracks.map((t) => [t.id, t.order])).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 3],
    ]);
    // Orders given without a tie are kept as written.
    const spaced = data(
      [
        'id,date,title,summary,track,track_order,source,quote',
        'a,2007,A,A.,x,20,article,x',
        'b,2008,B,B.,y,10,article,x',
      ].join('\n'),
    );
    expect(spaced.tracks.map((t) => [t.id, t.order])).toEqual([
      ['y', 10],
      ['x', 20],
    ]);
    // Two lanes given the same position: a problem, not a silent choice.
    expect(
      problems(
        [
          'id,date,title,summary,track,track_order,source,quote',
          'a,2007,A,A.,x,2,article,x',
          'b,2008,B,B.,y,2,article,x',
        ].join('\n'),
      ),
    ).toEqual([
      'events.csv: row 3, column `track_order`: track "y" has the same track_order as track "x" (row 2)',
    ]);
  });

  it('writes $schema first when asked', () => {
    const d = data([HEADER, ROW].join('\n'), { schema: './timeline.schema.json' });
    expect(Object.keys(d)[0]).toBe('$schema');
  });
});

describe('importTimeline: problems by row and column', () => {
  it('maps a validation path back to the cell (header = row 1)', () => {
    const text = [HEADER, ROW, ROW.replace('asat-test,2007-01-11', 'later,2007-13-01')].join('\n');
    expect(problems(text)).toEqual([
      'events.csv: row 3, column `date`: "2007-13-01" is not a valid date (no month 13)',
    ]);
  });

  it('counts spreadsheet rows, not lines, when a cell spans lines', () => {
    const multiline = ROW.replace('A test.', '"A\ntest."');
    const text = [HEADER, multiline, ROW.replace('asat-test', 'other').replace(',8,', ',eight,')];
    expect(problems(text.join('\n'))).toEqual([
      'events.csv: row 3, column `paragraph`: "eight" is not a paragraph number (write 8 for ¶8)',
    ]);
  });

  it('names the column as written in the header', () => {
    const text = ['ID,Date,Title,Summary,Track,Source,Paragraph,Quote', ROW.replace('A test.', '')];
    expect(problems(text.join('\n'))).toEqual([
      'events.csv: row 2, column `Summary`: must not be empty',
    ]);
  });

  it('reports a missing required column once, not on every row', () => {
    const text = [
      'id,date,title,track,source,quote',
      'a,2007,A,security,article,x',
      'b,2007,B,security,article,x',
    ];
    expect(problems(text.join('\n'))).toEqual([
      'events.csv: row 1: no `summary` column (it is required)',
    ]);
  });

  it('stops at a missing id column, without a problem per row', () => {
    const text = ['date,title,summary,track,source,quote', '2007,A,A.,security,article,x'];
    expect(problems(text.join('\n'))).toEqual([
      'events.csv: row 1: no `id` column (it is required)',
    ]);
  });

  it('reports unknown columns, conflicting repeats and empty ids', () => {
    expect(problems([`${HEADER},colour`, `${ROW},red`].join('\n'))).toEqual([
      expect.stringMatching(/^events\.csv: row 1, column `colour`: unknown column \(known: id, /),
    ]);
    expect(problems([HEADER, ROW, 'asat-test,2007-01-12,,,,article,,x'].join('\n'))).toEqual([
      'events.csv: row 3, column `date`: event "asat-test" is defined in row 2, where `date` is "2007-01-11"; a later row with the same id only adds citations',
    ]);
    expect(problems([HEADER, ROW, 'asat-test,,,,,,,'].join('\n'))).toEqual([
      'events.csv: row 3: repeats the id "asat-test" of row 2 but gives no source, paragraph or quote',
    ]);
    expect(problems([HEADER, ROW, ',,,,,article,,x'].join('\n'))).toEqual([
      'events.csv: row 3, column `id`: must not be empty (every row names the event it belongs to)',
    ]);
  });

  it('reports a comma that split a cell', () => {
    expect(problems([HEADER, `${ROW}, with a comma`].join('\n'))).toEqual([
      'events.csv: row 2: has a value in column 9, beyond the last column of the header (a cell that contains a comma must be in double quotes)',
    ]);
  });

  it('reports problems in sources.csv by its rows', () => {
    const sources = SOURCES.replace('2007-06-14T08:12Z', '2007-06-31').replace(',A. Writer,', ',,');
    expect(
      problems([HEADER, ROW].join('\n'), { sources: { name: 'sources.csv', text: sources } }),
    ).toEqual([
      expect.stringContaining(
        'sources.csv: row 2, column `sent`: "2007-06-31" is not a valid date',
      ),
      'sources.csv: row 3, column `author`: must not be empty',
    ]);
  });

  it('checks quotes and files against the source texts it is given', () => {
    const text = readFileSync(new URL('../data/sources/07TOKYO2690.txt', import.meta.url), 'utf8');
    const withFile = SOURCES.replace(/^id,kind/, 'file,id,kind')
      .replace('\n07TOKYO2690,', '\nsources/07TOKYO2690.txt,07TOKYO2690,')
      .replace('\narticle,', '\nsources/article.txt,article,');
    const read = (file: string) => (file === 'sources/07TOKYO2690.txt' ? text : undefined);
    const bad = [HEADER, ROW.replace(',8,', ',14,')].join('\n');
    expect(
      problems(bad, { sources: { name: 'sources.csv', text: withFile }, readSourceText: read }),
    ).toEqual([
      'events.csv: row 2, column `paragraph`: paragraph 14 is not in the text of 07TOKYO2690',
      'sources.csv: row 3, column `file`: file "sources/article.txt" not found (paths are relative to the output file)',
    ]);
  });

  it('reports a missing title as an option', () => {
    expect(problems([HEADER, ROW].join('\n'), { title: undefined })).toEqual([
      '--title: is required',
    ]);
  });

  it('uses kept sources when there is no sources sheet, and locates their problems', () => {
    const kept = {
      file: 'old.json',
      sources: [{ id: 'article', kind: 'article', author: 'A', headline: 'H', date: '2011-02-30' }],
    };
    const text = [HEADER, ROW.replace('07TOKYO2690,8', 'article,')].join('\n');
    expect(problems(text, { sources: undefined, keptSources: kept })).toEqual([
      'old.json: sources[0].date: "2011-02-30" is not a valid date (month 02 of 2011 has 28 days)',
    ]);
  });
});

describe('the CSV columns cover the schema', () => {
  it('has a way to write every event field', () => {
    expect([...EVENT_FIELDS_COVERED].sort()).toEqual([...EVENT_SCHEMA_FIELDS].sort());
  });
  it('has a column for every source field', () => {
    const fields = new Set([
      ...Object.keys(cableSourceSchema.shape),
      ...Object.keys(articleSourceSchema.shape),
    ]);
    expect([...SOURCE_COLUMNS].sort()).toEqual([...fields].sort());
  });
});

describe('exportTimeline', () => {
  it('writes one row per event and one more per further citation, with a BOM', () => {
    const d = data([`${HEADER},source_2,quote_2`, `${ROW},article,Second`].join('\n'));
    const csv = exportTimeline(d);
    expect(csv.events.startsWith('\uFEFFid,date,end,date_label,')).toBe(true);
    expect(csv.events.trim().split('\n')).toHaveLength(3);
    expect(csv.sources.split('\n')[0]).toBe(`\uFEFF${SOURCE_COLUMNS.join(',')}`);
    expect(csv.warnings).toEqual([]);
  });

  it('warns about what the sheets cannot carry', () => {
    const d = data([HEADER, ROW].join('\n'));
    d.tracks.push({ id: 'unused', label: 'Unused', order: 9 });
    expect(exportTimeline(d).warnings).toEqual([
      'track "unused" has no events; lanes are made from events, so it is left out',
    ]);
  });

  it('writes a value a spreadsheet would take for a formula as it is, with a warning', () => {
    const d = data([HEADER, ROW].join('\n'));
    const event = d.events[0]!;
    event.title = '=HYPERLINK("http://example.com","x")';
    event.summary = '-2 degrees';
    const csv = exportTimeline(d);
    expect(csv.events).toContain('"=HYPERLINK(""http://example.com"",""x"")"');
    expect(csv.warnings).toEqual([
      `event "${event.id}": "=HYPERLINK("http://example.com","x")" starts with "=", so a spreadsheet may read it as a formula; check it after editing`,
      `event "${event.id}": "-2 degrees" starts with "-", so a spreadsheet may read it as a formula; check it after editing`,
    ]);
  });
});
