// JSON → CSV → JSON gives back the same data, and the committed example is what its CSV imports to.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { exportTimeline, formatProblem, importTimeline } from '../src/authoring/csv';
import type { TimelineData } from '../src/model/schema';
import { validData } from './fixtures';
import { csvParseRows, csvFormatRows } from 'd3-dsv';

/** Reads a source's `file` relative to a data file, as the import CLI does. */
const textsBeside = (dataUrl: URL) => (file: string) => {
  const url = new URL(file, dataUrl);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
};

function roundTrip(data: TimelineData, readSourceText?: (file: string) => string | undefined) {
  const csv = exportTimeline(data);
  const result = importTimeline({
    events: { name: 'events.csv', text: csv.events },
    sources: { name: 'sources.csv', text: csv.sources },
    title: data.title,
    description: data.description,
    language: data.language,
    schema: data.$schema,
    readSourceText,
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { data: result.data, warnings: csv.warnings };
}

const datasets: { name: string; url: URL }[] = [
  { name: 'data/timeline.json', url: new URL('../data/timeline.json', import.meta.url) },
  {
    name: 'data/examples/sakhalin-2.json',
    url: new URL('../data/examples/sakhalin-2.json', import.meta.url),
  },
];

describe('CSV round trip', () => {
  it('gives back the test fixture', () => {
    const data = validData();
    data.events[0]!.context = false;
    data.events[1]!.dateLabel = 'late February, "roughly"';
    data.events[1]!.summary = 'Two lines,\nwith a comma.';
    const back = roundTrip(data);
    expect(back.warnings).toEqual([]);
    expect(back.data).toEqual(data);
  });

  // data/timeline.json is written by another part of the project; the test runs when it exists.
  it.each(datasets.filter((d) => existsSync(d.url)))('gives back $name', ({ url }) => {
    const data = JSON.parse(readFileSync(url, 'utf8')) as TimelineData;
    const back = roundTrip(data, textsBeside(url));
    expect(back.warnings).toEqual([]);
    expect(back.data).toEqual(data);
  });
});

describe('an exported sheet, sorted by an editor', () => {
  it('keeps its lanes in their order (track_order is always written)', () => {
    const data = JSON.parse(
      readFileSync(new URL('../data/examples/sakhalin-2.json', import.meta.url), 'utf8'),
    ) as TimelineData;
    const csv = exportTimeline(data);
    const [header = [], ...rows] = csvParseRows(csv.events.replace(/^\uFEFF/, ''));
    const date = header.indexOf('date');
    // Newest first, as a spreadsheet's sort would leave it.
    rows.sort((a, b) => (b[date] ?? '').localeCompare(a[date] ?? ''));
    const result = importTimeline({
      events: { name: 'events.csv', text: csvFormatRows([header, ...rows]) },
      sources: { name: 'sources.csv', text: csv.sources },
      title: data.title,
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (result.ok) expect(result.data.tracks).toEqual(data.tracks);
  });
});

describe('data/examples/sakhalin-2.json', () => {
  const url = new URL('../data/examples/sakhalin-2.json', import.meta.url);
  const csv = (name: string) => ({
    name,
    text: readFileSync(new URL(`../data/examples/${name}`, import.meta.url), 'utf8'),
  });

  it('is exactly what its CSV files import to (npm run import)', () => {
    const committed = JSON.parse(readFileSync(url, 'utf8')) as TimelineData;
    const result = importTimeline({
      events: csv('sakhalin-2.events.csv'),
      sources: csv('sakhalin-2.sources.csv'),
      // Title, description and language are options of the import command, kept from the
      // committed file.
      title: committed.title,
      description: committed.description,
      language: committed.language,
      schema: '../timeline.schema.json',
      readSourceText: textsBeside(url),
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    // Same values in the same key order as the file the CLI wrote.
    expect(result.ok && JSON.stringify(result.data)).toBe(JSON.stringify(committed));
  });

  it('uses several lanes and cites only its cable, whose text is stored byte-identical', () => {
    const committed = JSON.parse(readFileSync(url, 'utf8')) as TimelineData;
    expect(committed.tracks.length).toBeGreaterThan(1);
    expect(committed.events.length).toBeGreaterThanOrEqual(5);
    expect(committed.sources.map((s) => [s.id, s.file])).toEqual([
      ['07TOKYO163', '../sources/07TOKYO163.txt'],
    ]);
    const shared = new URL('../../shared/sources/07TOKYO163.txt', import.meta.url);
    if (existsSync(shared)) {
      expect(readFileSync(new URL('../data/sources/07TOKYO163.txt', import.meta.url))).toEqual(
        readFileSync(shared),
      );
    }
  });
});
