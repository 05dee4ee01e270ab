import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataGuideText } from '../scripts/generate-data-guide';
import { dataGuideMarkdown } from '../src/authoring/data-guide';

describe('docs/data-format.md', () => {
  it('is generated from the schema, the CSV columns and its template (run `npm run data-guide` when this fails)', async () => {
    const committed = readFileSync(new URL('../docs/data-format.md', import.meta.url), 'utf8');
    expect(committed).toBe(await dataGuideText());
    // Loading Prettier takes seconds when the whole suite runs in parallel.
  }, 30_000);

  it('refuses a template that lost a generated part', () => {
    expect(() => dataGuideMarkdown('# Guide\n', {})).toThrow(/<!-- generated: example -->/);
  });
});
