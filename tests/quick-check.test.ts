// The fast shape predicate must agree with the zod schema (the source of truth) on every input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { timelineSchema } from '../src/model/schema';
import { isWellFormed } from '../src/model/quick-check';
import { syntheticTimeline } from '../scripts/synthetic';
import { validData } from './fixtures';

const schemaAccepts = (v: unknown) => z.safeParse(timelineSchema, v).success;

/** Every path of leaves and containers in a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('2007-13-01'),
  fc.constant('2007-02~'),
  fc.constant('javascript:alert(1)'),
  fc.constant('https://example.org/x'),
  fc.constant('cable'),
  fc.constant('article'),
  fc.constant('full'),
  fc.constant('asat-test'),
  fc.constant('07TOKYO2690'),
  fc.constant('pt-BR'),
  fc.constant('en_GB'),
  fc.constant(1),
  fc.constant(0),
  fc.constant(2.5),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
  fc.string(),
  fc.integer(),
  fc.jsonValue(),
);

describe('isWellFormed', () => {
  it('accepts the fixtures and synthetic data the schema accepts', () => {
    for (const data of [validData(), syntheticTimeline(300)]) {
      expect(schemaAccepts(data)).toBe(true);
      expect(isWellFormed(data)).toBe(true);
    }
  });

  it('agrees with the schema on 2,000 single mutations at every path', () => {
    const data = validData();
    const base = {
      ...data,
      description: 'x',
      $schema: './timeline.schema.json',
      language: 'ja',
      sources: data.sources.map((source) => ({ ...source, language: 'en' })),
    };
    const allPaths = paths(base);
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), replacement, (path, value) => {
        const mutated = setAt(base, path, value);
        expect(isWellFormed(mutated)).toBe(schemaAccepts(mutated));
      }),
      { numRuns: 2000, seed: 20070111 },
    );
  });

  it('agrees with the schema on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isWellFormed(value)).toBe(schemaAccepts(value));
      }),
      { numRuns: 1000, seed: 20110311 },
    );
  });
});
