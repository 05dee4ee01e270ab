// Writes docs/data-format.md from docs/data-format.template.md, the schema (src/model/schema.ts),
// the CSV columns (src/authoring/csv.ts) and an excerpt of data/examples/sakhalin-2.json.
// `npm run data-guide` rewrites it; tests/data-guide.test.ts fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { dataGuideMarkdown, excerptOf } from '../src/authoring/data-guide';
import type { TimelineData } from '../src/model/schema';

const root = fileURLToPath(new URL('..', import.meta.url));
export const GUIDE_FILE = resolve(root, 'docs/data-format.md');
const TEMPLATE_FILE = resolve(root, 'docs/data-format.template.md');
const EXAMPLE_FILE = resolve(root, 'data/examples/sakhalin-2.json');
/** The event of the example shown as a minimal file. */
const EXAMPLE_EVENT = 'mofa-briefing';

/** The exact text of docs/data-format.md. */
export async function dataGuideText(): Promise<string> {
  const template = readFileSync(TEMPLATE_FILE, 'utf8');
  const example = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as TimelineData;
  const markdown = dataGuideMarkdown(template, excerptOf(example, EXAMPLE_EVENT));
  const config = (await resolveConfig(GUIDE_FILE)) ?? {};
  return format(markdown, { ...config, filepath: GUIDE_FILE });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDE_FILE, await dataGuideText());
  console.log(`wrote ${GUIDE_FILE}`);
}
