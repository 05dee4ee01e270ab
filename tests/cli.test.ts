import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validData } from './fixtures';

const root = new URL('..', import.meta.url).pathname;
function validate(file: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  it('exits 0 with a summary on the shipped dataset, saying which quotes had no text to check', () => {
    const { code, out } = validate('data/timeline.json');
    expect(code).toBe(0);
    const [summary, note, ...rest] = out.trim().split('\n');
    expect(summary).toMatch(/valid: \d+ events, 4 tracks/);
    // The article is cited but not stored: "valid" must not read as "every quote checked".
    expect(note).toMatch(
      /note: \d+ quotes were not checked against a text: no stored "file" for source "article-russia-flirted-as-china-flexed"$/,
    );
    expect(rest).toEqual([]);
  });

  it('lists every planted mistake with its path and line:column, and exits 1', () => {
    const { code, err } = validate('tests/fixtures/planted-mistakes.json');
    expect(code).toBe(1);
    const expected = [
      ':6:13: tracks[1].id: duplicate track id "diplomacy"',
      ':18:14: sources[0].url: the text "javascript:alert(1)" must be an http:// or https:// URL',
      ':26:15: events[0].date: "2007-13-01" is not a valid date (no month 13)',
      ':40:15: events[1].date: "2007-02-30" is not a valid date',
      ':43:16: events[1].track: unknown track "nowhere"',
      ':44:33: events[1].citations[0].source: unknown source "07TOKYO9999"',
      ':47:13: events[2].id: duplicate event id "bad-day"',
      ':49:14: events[2].end: "2007-06-01" is before the start date "2007-06-07"',
      ':50:16: events[2].title: must not be empty',
      'events[2].citations[0].paragraph: paragraph 14 is not in the text of 07TOKYO2690',
      'events[2].citations[0].quote: must not be empty',
      'events[3]: unknown field "colour"',
      'events[3].citations[0].quote: not found verbatim in 07TOKYO2690',
      ':72:20: events[4].citations: must have at least 1 item',
    ];
    for (const line of expected) expect(err).toContain(line);
    expect(err).toContain(': 14 problems');
  });

  it('reads a file that starts with a byte-order mark, as browsers do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-'));
    const file = join(dir, 'bom.json');
    const data = validData();
    for (const source of data.sources) delete (source as { file?: string }).file;
    writeFileSync(file, `\uFEFF${JSON.stringify(data, null, 2)}`);
    const { code, out, err } = validate(file);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/valid: 2 events/);
  });

  it('reports a key given twice in one object, which JSON.parse would silently resolve', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-'));
    const file = join(dir, 'twice.json');
    const data = validData();
    for (const source of data.sources) delete (source as { file?: string }).file;
    const text = JSON.stringify(data, null, 2).replace(
      `"date": "${data.events[1]!.date}"`,
      `"date": "${data.events[1]!.date}", "date": "2091-03-03"`,
    );
    writeFileSync(file, text);
    const { code, err } = validate(file);
    expect(code).toBe(1);
    expect(err).toMatch(/twice\.json:\d+:\d+: events\[1\]: the key "date" is given twice/);
  });

  it('reports broken JSON with its position instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "title": "x",\n  "events": [\n');
    const { code, err } = validate(file);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.json:\d+:\d+: invalid JSON/);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
