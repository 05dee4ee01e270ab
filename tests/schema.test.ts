import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { schemaFileText } from '../src/model/json-schema';

describe('data/timeline.schema.json', () => {
  it('is generated from src/model/schema.ts (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(
      new URL('../data/timeline.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(schemaFileText());
  });
  it('is referenced by the dataset', () => {
    const data = JSON.parse(
      readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
    ) as { $schema?: string };
    expect(data.$schema).toBe('./timeline.schema.json');
  });
});
