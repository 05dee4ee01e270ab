// Plain-English reasons for structural problems reported by the schema.
import { parseCalendarDate } from './dates';
import { valueAt, type PathSegment } from './paths';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return `an ${typeof value}`;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const FORMAT_REASONS: Record<string, string> = {
  id: 'must be a lowercase slug (letters, digits and single hyphens), e.g. "asat-test"',
  reference: 'must be a cable reference ID such as 07TOKYO2690',
  url: 'must be an http:// or https:// URL',
  sent: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MMZ',
  language: 'must be a language tag such as en, ja or pt-BR',
  file: 'must be a relative path to a .txt file, in letters, digits and _ . / - (no spaces), e.g. sources/07TOKYO2690.txt',
};

const DATE_KEYS = new Set(['date', 'end', 'released']);

/** The subset of a zod issue this module reads; kept structural so zod stays an implementation detail. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  origin?: unknown;
  keys?: unknown;
  values?: unknown;
  options?: unknown;
  discriminator?: unknown;
  format?: unknown;
}

export function reasonForIssue(issue: SchemaIssue, input: unknown): string {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const value = valueAt(input, path);
  const key = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return 'is required';
      const expected = EXPECTED_NAMES[String(issue.expected)] ?? String(issue.expected);
      return `must be ${expected}, not ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return 'is too large';
    case 'invalid_format': {
      if (typeof key === 'string' && DATE_KEYS.has(key)) {
        const parsed = parseCalendarDate(value);
        return parsed.ok ? 'is not a valid date' : parsed.reason;
      }
      if (typeof value === 'string' && !/\S/.test(value)) return 'must not be empty';
      const reason = typeof key === 'string' ? FORMAT_REASONS[key] : undefined;
      return `${describeValue(value)} ${reason ?? 'is not in the expected format'}`;
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.keys) ? issue.keys.map(String) : [];
      return `unknown field${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')}`;
    }
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values.map((v) => JSON.stringify(v)) : [];
      return `${describeValue(value)} must be one of ${values.join(', ')}`;
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        const options = Array.isArray(issue.options)
          ? issue.options.map((v) => JSON.stringify(v))
          : [];
        if (value === undefined) return `is required (one of ${options.join(', ')})`;
        return `${describeValue(value)} must be one of ${options.join(', ')}`;
      }
      return 'does not match any allowed form';
    default:
      return 'is not valid';
  }
}
