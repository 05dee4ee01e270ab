// npm run export-csv -- data/timeline.json -o <dir>: writes <dir>/events.csv and <dir>/sources.csv,
// the spreadsheet form that `npm run import` reads back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readText } from './read-text';
import { join } from 'node:path';
import { exportTimeline } from '../src/authoring/csv';
import { validateTimeline, formatError } from '../src/model/validate';

const USAGE = 'usage: npm run export-csv -- <timeline.json> -o <directory>';

function main(args: string[]): number {
  const at = args.findIndex((a) => a === '-o' || a === '--output');
  const dir = at >= 0 ? args[at + 1] : undefined;
  const inputs = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const [input] = inputs;
  if (dir === undefined || input === undefined || inputs.length !== 1 || input.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(readText(input));
  } catch (cause) {
    console.error(
      `${input}: cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    return 1;
  }
  const result = validateTimeline(data);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${input}: ${formatError(error)}`);
    console.error(`${input} is not valid (check it with npm run validate); nothing was written`);
    return 1;
  }
  const csv = exportTimeline(result.data);
  mkdirSync(dir, { recursive: true });
  const events = join(dir, 'events.csv');
  const sources = join(dir, 'sources.csv');
  writeFileSync(events, csv.events);
  writeFileSync(sources, csv.sources);
  for (const warning of csv.warnings) console.error(`warning: ${warning}`);
  console.log(`wrote ${events} and ${sources}`);
  // Title, description and language are not columns; the command to import them back carries
  // them. Every argument quoted: a folder may have spaces in its name.
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const { title, description, language } = result.data;
  console.log(
    `to import them back: npm run import -- ${quote(events)} ${quote(sources)} -o ${quote(input)} --title ${quote(title)}` +
      (description === undefined ? '' : ` --description ${quote(description)}`) +
      (language === undefined ? '' : ` --language ${quote(language)}`),
  );
  return 0;
}

process.exit(main(process.argv.slice(2)));
