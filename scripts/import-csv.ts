// npm run import -- events.csv [sources.csv] -o data/<name>.json [--title "…"] [--description "…"]
//   [--language en]
// Reads spreadsheet exports (CSV or TSV), validates the timeline they make, and writes the JSON
// only when there is no problem; otherwise lists each problem by row and column and exits 1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readText } from './read-text';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { formatProblem, importTimeline, type CsvFile } from '../src/authoring/csv';

const USAGE =
  'usage: npm run import -- <events.csv> [sources.csv] -o <timeline.json> [--title "…"] [--description "…"] [--language en]';
const schemaFile = fileURLToPath(new URL('../data/timeline.schema.json', import.meta.url));

interface Options {
  files: string[];
  output?: string;
  title?: string;
  description?: string;
  language?: string;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === '-o' || arg === '--output') options.output = value();
      else if (arg === '--title') options.title = value();
      else if (arg === '--description') options.description = value();
      else if (arg === '--language') options.language = value();
      else if (arg.startsWith('-')) return `unknown option ${arg}`;
      else options.files.push(arg);
    } catch (cause) {
      return cause instanceof Error ? cause.message : String(cause);
    }
  }
  if (options.files.length < 1 || options.files.length > 2) return 'give one or two CSV files';
  if (options.output === undefined) return 'give the output file with -o';
  return options;
}

function readCsv(file: string): CsvFile | undefined {
  try {
    return { name: file, text: readFileSync(file, 'utf8') };
  } catch (cause) {
    console.error(
      `${file}: cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    return undefined;
  }
}

/** Title, description, language and sources of the file being replaced, kept when not given again. */
function existingTimeline(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const data: unknown = JSON.parse(readText(file));
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const output = options.output ?? '';
  const [eventsFile = '', sourcesFile] = options.files;
  const events = readCsv(eventsFile);
  const sources = sourcesFile === undefined ? undefined : readCsv(sourcesFile);
  if (!events || (sourcesFile !== undefined && !sources)) return 1;

  const outDir = dirname(resolve(output));
  const existing = existingTimeline(output);
  const text = (key: string) => (typeof existing?.[key] === 'string' ? existing[key] : undefined);
  let schema = relative(outDir, schemaFile).split(sep).join('/');
  if (!schema.startsWith('.')) schema = `./${schema}`;

  const result = importTimeline({
    events,
    sources,
    keptSources:
      !sources && Array.isArray(existing?.sources)
        ? { file: output, sources: existing.sources as unknown[] }
        : undefined,
    title: options.title ?? text('title'),
    description: options.description ?? text('description'),
    language: options.language ?? text('language'),
    schema,
    readSourceText: (file) => {
      const path = resolve(outDir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    const n = result.problems.length;
    console.error(`${n} problem${n === 1 ? '' : 's'}; ${output} was not written`);
    return 1;
  }
  const json = JSON.stringify(result.data, null, 2);
  const config = (await resolveConfig(resolve(output))) ?? {};
  mkdirSync(outDir, { recursive: true });
  writeFileSync(output, await format(json, { ...config, filepath: resolve(output) }));
  const { data } = result;
  const citations = data.events.reduce((n, e) => n + e.citations.length, 0);
  console.log(
    `wrote ${output}: ${data.events.length} events, ${data.tracks.length} tracks, ` +
      `${data.sources.length} sources, ${citations} citations`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : String(cause));
    process.exit(1);
  },
);
