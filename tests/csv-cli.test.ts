// npm run import / npm run export-csv as a newsroom runs them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const importCsv = (...args: string[]) => run('scripts/import-csv.ts', args);
const exportCsv = (...args: string[]) => run('scripts/export-csv.ts', args);

// Each run starts node with tsx (a second or two, more when the whole suite runs in parallel).
const slow = { timeout: 30_000 };

describe('npm run import', slow, () => {
  it('reports every planted mistake with its row and column, writes nothing and exits 1', () => {
    const out = 'tests/fixtures/planted-mistakes.out.json';
    const { code, err } = importCsv(
      'tests/fixtures/planted-mistakes.events.csv',
      'tests/fixtures/planted-mistakes.sources.csv',
      '-o',
      out,
      '--title',
      'A dozen planted mistakes',
    );
    expect(code).toBe(1);
    const events = 'tests/fixtures/planted-mistakes.events.csv: ';
    const sources = 'tests/fixtures/planted-mistakes.sources.csv: ';
    const expected = [
      `${events}row 1, column \`colour\`: unknown column`,
      `${events}row 2, column \`date\`: "2007-13-01" is not a valid date (no month 13)`,
      // Row 3 has a cell over three lines: rows are counted as the spreadsheet counts them.
      `${events}row 3, column \`date\`: "2007-02-30" is not a valid date`,
      `${events}row 4, column \`end\`: "2007-06-01" is before the start date "2007-06-07"`,
      `${events}row 5, column \`title\`: must not be empty`,
      `${events}row 6, column \`track\`: the text "Energy Policy" must be a lowercase slug`,
      `${events}row 7, column \`paragraph\`: "eight" is not a paragraph number`,
      `${events}row 8, column \`source\`: unknown source "07TOKYO9999"`,
      `${events}row 9, column \`quote\`: not found verbatim in 07TOKYO2690`,
      `${events}row 10, column \`context\`: "maybe" is not true or false`,
      `${events}row 11, column \`id\`: the text "Bad ID" must be a lowercase slug`,
      `${events}row 12, column \`date\`: event "bad-month" is defined in row 2`,
      `${events}row 12, column \`source\`: repeats an earlier citation of this event`,
      `${events}row 13, column \`paragraph\`: paragraph 14 is not in the text of 07TOKYO2690`,
      `${events}row 14, column \`track_label\`: track "diplomacy" is labelled "Diplomacy" in row 2`,
      `${sources}row 2, column \`headline\`: a cable source has no headline`,
      `${sources}row 2, column \`url\`: the text "javascript:alert(1)" must be an http:// or https:// URL`,
      `${sources}row 3, column \`file\`: file "missing.txt" not found`,
    ];
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(expected.length + 1);
    expected.forEach((start, i) => expect(lines[i]).toContain(start));
    expect(lines.at(-1)).toBe(`${expected.length} problems; ${out} was not written`);
    expect(existsSync(join(root, out))).toBe(false);
  });

  it('keeps the title, description and sources of the file it replaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-import-'));
    const out = join(dir, 'timeline.json');
    writeFileSync(
      out,
      JSON.stringify({
        title: 'Kept title',
        description: 'Kept description.',
        sources: [
          { id: 'article', kind: 'article', author: 'A. Writer', headline: 'H', date: '2011' },
        ],
      }),
    );
    const events = join(dir, 'events.tsv');
    writeFileSync(
      events,
      '\uFEFFid\tdate\ttitle\tsummary\ttrack\tsource\tquote\nan-event\t2011~\tAn event\tOne line.\tmain\tarticle\tSomething\n',
    );
    const { code, out: stdout, err } = importCsv(events, '-o', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 events, 1 tracks, 1 sources, 1 citations');
    const text = readFileSync(out, 'utf8');
    const written = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(written)[0]).toBe('$schema');
    expect(written.$schema).toMatch(/^(\.\.\/)+.*data\/timeline\.schema\.json$/);
    expect(written.title).toBe('Kept title');
    expect(written.description).toBe('Kept description.');
    expect(text).toContain('"tracks": [');
  });

  it('prints usage and exits 2 without an output file', () => {
    const { code, err } = importCsv('data/examples/sakhalin-2.events.csv');
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run import');
  });
});

describe('npm run export-csv', slow, () => {
  it('writes events.csv and sources.csv that import back to the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-export-'));
    const source = 'data/examples/sakhalin-2.json';
    const exported = exportCsv(source, '-o', dir);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    // Quoted, for folders with spaces in their names.
    expect(exported.out).toContain(`npm run import -- '${dir}/events.csv' '${dir}/sources.csv'`);
    const events = readFileSync(join(dir, 'events.csv'), 'utf8');
    expect(events.startsWith('\uFEFFid,date,end,date_label,title,summary,track,')).toBe(true);
    expect(existsSync(join(dir, 'sources.csv'))).toBe(true);

    // Import into a folder laid out like data/, so the relative source paths resolve.
    const work = mkdtempSync(join(tmpdir(), 'ct-roundtrip-'));
    mkdirSync(join(work, 'examples'));
    mkdirSync(join(work, 'sources'));
    copyFileSync(join(root, 'data/sources/07TOKYO163.txt'), join(work, 'sources/07TOKYO163.txt'));
    const out = join(work, 'examples', 'sakhalin-2.json');
    const committedText = readFileSync(join(root, source), 'utf8');
    const committed = JSON.parse(committedText) as {
      title: string;
      description: string;
      language: string;
    };
    const back = importCsv(
      join(dir, 'events.csv'),
      join(dir, 'sources.csv'),
      '-o',
      out,
      '--title',
      committed.title,
      '--description',
      committed.description,
      '--language',
      committed.language,
    );
    expect(back.err).toBe('');
    expect(back.code).toBe(0);
    // Byte for byte, but for the path to the schema, which depends on where the file is.
    const schemaLine = /^ {2}"\$schema": ".*",$/m;
    expect(readFileSync(out, 'utf8').replace(schemaLine, '')).toBe(
      committedText.replace(schemaLine, ''),
    );
  });

  it('refuses an invalid file and writes nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ct-export-')), 'out');
    const { code, err } = exportCsv('tests/fixtures/planted-mistakes.json', '-o', dir);
    expect(code).toBe(1);
    expect(err).toContain('events[0].date: "2007-13-01" is not a valid date (no month 13)');
    expect(existsSync(dir)).toBe(false);
  });
});
