// Writes data/timeline.schema.json from the zod schema (src/model/schema.ts).
// `npm run schema` rewrites it; a unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFileText } from '../src/model/json-schema';

const target = fileURLToPath(new URL('../data/timeline.schema.json', import.meta.url));
writeFileSync(target, schemaFileText());
console.log(`wrote ${target}`);
