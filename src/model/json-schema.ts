import { generateJsonSchema } from './schema';

/** The exact text of data/timeline.schema.json. */
export function schemaFileText(): string {
  return `${JSON.stringify({ ...generateJsonSchema(), $id: 'timeline.schema.json' }, null, 2)}\n`;
}
