// docs/data-format.md is generated: the field reference comes from the JSON Schema (itself made
// from src/model/schema.ts), the CSV columns from csv.ts, the prose from a hand-written template.
// A field without an example, or an example the schema would reject, stops the generator.
import { generateJsonSchema, type TimelineData } from '../model/schema';
import {
  EVENT_COLUMNS,
  NUMBERED_CITATION_COLUMNS,
  SOURCE_COLUMNS,
  sourceKindsWithField,
} from './csv';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  description?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minItems?: number;
  minimum?: number;
}

interface Example {
  values: unknown[];
  note?: string;
}

/** Descriptions for the few properties the schema leaves undescribed. */
const DESCRIPTIONS: Record<string, string> = {
  'timeline.$schema':
    'Path from this file to timeline.schema.json, so editors such as VS Code can complete and check it. `npm run import` writes it.',
  'timeline.tracks': 'The lanes, at least one.',
  'timeline.sources': 'The primary sources that citations point to.',
  'timeline.events': 'The events, in any order; the timeline sorts them by date.',
  'sources.cable.kind': 'Marks a US diplomatic cable.',
  'sources.article.kind': 'Marks a published article.',
};

// Real values only: from data/examples/sakhalin-2.json, data/timeline.json and the stored sources.
const EXAMPLES: Record<string, Example> = {
  'timeline.$schema': { values: ['./timeline.schema.json'], note: 'for a file in data/' },
  'timeline.title': { values: ['Sakhalin 2 as Tokyo told it, 2006–2007'] },
  'timeline.description': {
    values: [
      "A small example made from a spreadsheet: how Japan's Foreign Ministry described the Sakhalin 2 dispute to US diplomats, as reported in embassy cable 07TOKYO163.",
    ],
  },
  'timeline.language': { values: ['en'] },
  'tracks.id': { values: ['briefing'] },
  'tracks.label': { values: ['What MOFA told the US embassy'] },
  'tracks.order': { values: [3] },
  'sources.cable.id': { values: ['07MOSCOW601'] },
  'sources.cable.kind': { values: ['cable'] },
  'sources.cable.reference': { values: ['07MOSCOW601'] },
  'sources.cable.subject': {
    values: ['RUSSIA-JAPAN RELATIONSHIP: NOT YET A NEW CHAPTER (C-AL7-00069)'],
  },
  'sources.cable.classification': { values: ['CONFIDENTIAL'] },
  'sources.cable.origin': { values: ['Embassy Moscow'] },
  'sources.cable.destination': { values: ['Secretary of State, Washington'] },
  'sources.cable.sent': {
    values: ['2007-02-09T15:54Z'],
    note: 'from the date-time group `091554Z FEB 07`',
  },
  'sources.cable.released': { values: ['2011-08-30'] },
  'sources.cable.url': {
    values: [
      'https://wikileaksru.wordpress.com/2007/02/09/07moscow601-russia-japan-relationship-not-yet-a-new-chapter/',
    ],
  },
  'sources.cable.text': { values: ['excerpt', 'full'] },
  'sources.cable.file': { values: ['sources/07MOSCOW601.txt', '../sources/07TOKYO163.txt'] },
  'sources.cable.language': {
    values: ['en'],
    note: 'needed only when the data is written in another language',
  },
  'sources.article.id': { values: ['article-russia-flirted-as-china-flexed'] },
  'sources.article.kind': { values: ['article'] },
  'sources.article.outlet': { values: ['The Wall Street Journal'] },
  'sources.article.author': { values: ['Yoree Koh'] },
  'sources.article.headline': { values: ['Russia Flirted as China Flexed, Documents Show'] },
  'sources.article.date': { values: ['2011-05-11'] },
  'sources.article.url': {
    values: [
      'http://blogs.wsj.com/chinarealtime/2011/05/11/russia-flirted-as-china-flexed-documents-show/',
    ],
  },
  'sources.article.file': { values: ['sources/article-russia-flirted-as-china-flexed.txt'] },
  'sources.article.language': {
    values: ['en'],
    note: 'needed only when the data is written in another language',
  },
  'events.id': { values: ['mofa-briefing'] },
  'events.date': { values: ['2006-12-28', '2007-02', '2006', '2006~'] },
  'events.end': {
    values: ['2007-02-28'],
    note: 'with `"date": "2007-02-27"`, read as 27 – 28 February 2007',
  },
  'events.dateLabel': { values: ['late 2006'] },
  'events.title': { values: ["MOFA's Russia chief briefs US diplomats"] },
  'events.summary': {
    values: [
      "Kuninori Matsuda, director of the Foreign Ministry's Russian Division, walks US embassy officers through the Sakhalin 2 restructuring and blames Russian domestic politics.",
    ],
  },
  'events.track': { values: ['briefing'] },
  'events.actors': { values: [['Kuninori Matsuda', 'US Embassy Tokyo']] },
  'events.context': { values: [true] },
  'events.citations.source': { values: ['07TOKYO163'] },
  'events.citations.paragraph': { values: [2], note: 'for ¶2' },
  'events.citations.quote': {
    values: [
      'On December 28, poloffs met with MOFA European Affairs Bureau Russian Division Director Kuninori Matsuda …',
    ],
  },
};

interface Section {
  key: string;
  /** Key of the list property whose items this section describes ('' for the file itself). */
  list: string;
  title: string;
  node: SchemaNode;
}

const isObjectList = (node: SchemaNode) =>
  node.type === 'array' && (node.items?.type === 'object' || node.items?.oneOf !== undefined);

function collectSections(
  node: SchemaNode,
  key: string,
  list: string,
  title: string,
  out: Section[],
): void {
  out.push({ key, list, title, node });
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (!isObjectList(child) || !child.items) continue;
    const childKey = key === 'timeline' ? name : `${key}.${name}`;
    const childTitle = key === 'timeline' ? `${name}[]` : `${title}.${name}[]`;
    if (child.items.oneOf) {
      for (const variant of child.items.oneOf) {
        const kind = variant.properties?.kind?.const;
        if (typeof kind !== 'string') throw new Error(`${childKey}: a variant without a kind`);
        const variantTitle = `${childTitle} with kind "${kind}"`;
        collectSections(variant, `${childKey}.${kind}`, childKey, variantTitle, out);
      }
    } else collectSections(child.items, childKey, childKey, childTitle, out);
  }
}

function typeText(node: SchemaNode): string {
  if (node.const !== undefined) return `always ${JSON.stringify(node.const)}`;
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (node.type) {
    case 'string':
      return 'text';
    case 'integer':
      return node.minimum !== undefined && node.minimum > 0
        ? `whole number, at least ${node.minimum}`
        : 'whole number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const least = node.minItems ? `, at least ${node.minItems}` : '';
      if (isObjectList(node)) return `list${least}`;
      return `list of ${node.items ? typeText(node.items) : 'values'}${least}`;
    }
    default:
      return node.type ?? 'value';
  }
}

function checkExample(key: string, node: SchemaNode, value: unknown): void {
  const fail = (why: string) => {
    throw new Error(`example ${JSON.stringify(value)} of ${key} ${why}`);
  };
  if (node.type === 'array') {
    if (!Array.isArray(value)) fail('is not a list');
    else for (const item of value) if (node.items) checkExample(key, node.items, item);
    return;
  }
  if (node.type === 'string' && typeof value !== 'string') fail('is not text');
  if (node.type === 'integer' && !Number.isInteger(value)) fail('is not a whole number');
  if (node.type === 'boolean' && typeof value !== 'boolean') fail('is not true or false');
  if (node.pattern && !new RegExp(node.pattern).test(String(value)))
    fail(`does not match ${node.pattern}`);
  if (node.enum && !node.enum.includes(value)) fail('is not one of the allowed values');
  if (node.const !== undefined && node.const !== value)
    fail(`is not ${JSON.stringify(node.const)}`);
}

const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

function fieldLines(section: Section, used: Set<string>, sections: Section[]): string[] {
  const required = new Set(section.node.required ?? []);
  return Object.entries(section.node.properties ?? {}).map(([name, node]) => {
    const key = `${section.key}.${name}`;
    const description = node.description ?? DESCRIPTIONS[key] ?? node.items?.description;
    if (description === undefined) throw new Error(`${key} has no description`);
    const head = `- **\`${name}\`** (${required.has(name) ? 'required' : 'optional'}, ${typeText(node)}): ${description}`;
    if (isObjectList(node)) {
      const childKey = section.key === 'timeline' ? name : key;
      const children = sections.filter((s) => s.list === childKey);
      return `${head} Each item is described under ${children.map((s) => `“${s.title}”`).join(' and ')}.`;
    }
    const example = EXAMPLES[key];
    if (!example) throw new Error(`${key} has no example in src/authoring/data-guide.ts`);
    used.add(key);
    for (const value of example.values) checkExample(key, node, value);
    const [first, ...more] = example.values;
    const also = more.length > 0 ? `; also ${more.map(code).join(', ')}` : '';
    const note = example.note ? ` (${example.note})` : '';
    return `${head} Example: ${code(first)}${note}${also}.`;
  });
}

export function fieldReference(schema: SchemaNode): string {
  const sections: Section[] = [];
  collectSections(schema, 'timeline', '', 'The file', sections);
  const used = new Set<string>();
  const blocks = sections.map((section) =>
    [`### ${section.title}`, '', ...fieldLines(section, used, sections)].join('\n'),
  );
  const unused = Object.keys(EXAMPLES).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`examples for unknown fields: ${unused.join(', ')}`);
  return blocks.join('\n\n');
}

function eventColumnsText(): string {
  const lines = [...EVENT_COLUMNS, NUMBERED_CITATION_COLUMNS].map(
    (c) =>
      `- **\`${c.name}\`** (${c.required ? 'required' : 'optional'}; fills \`${c.field}\`): ${c.description} Example: \`${c.example}\``,
  );
  return lines.join('\n');
}

function sourceColumnsText(schema: SchemaNode): string {
  const variants = schema.properties?.sources?.items?.oneOf ?? [];
  return SOURCE_COLUMNS.map((column) => {
    const kinds = sourceKindsWithField(column);
    const rules = kinds.map((kind) => {
      const variant = variants.find((v) => v.properties?.kind?.const === kind);
      return `${kind}: ${variant?.required?.includes(column) ? 'required' : 'optional'}`;
    });
    const kind = kinds[0] ?? 'cable';
    const node = variants.find((v) => v.properties?.kind?.const === kind)?.properties?.[column];
    const description =
      column === 'kind' ? '`cable` or `article`.' : (node?.description ?? 'See above.');
    const example = EXAMPLES[`sources.${kind}.${column}`]?.values[0];
    const shown = typeof example === 'string' ? ` Example: \`${example}\`` : '';
    return `- **\`${column}\`** (${rules.join('; ')}): ${description}${shown}`;
  }).join('\n');
}

export const GENERATED_NOTE =
  '<!-- Generated by `npm run data-guide` from docs/data-format.template.md, src/model/schema.ts and src/authoring/csv.ts. Edit those, not this file. -->';

/**
 * The guide in Markdown (not yet formatted by Prettier): the template with its placeholders
 * `<!-- generated: example|fields|csv-events|csv-sources -->` filled in.
 */
export function dataGuideMarkdown(template: string, example: unknown): string {
  const schema = generateJsonSchema() as SchemaNode;
  const parts: Record<string, string> = {
    example: `\`\`\`json\n${JSON.stringify(example, null, 2)}\n\`\`\``,
    fields: fieldReference(schema),
    'csv-events': eventColumnsText(),
    'csv-sources': sourceColumnsText(schema),
  };
  let text = template;
  for (const [name, content] of Object.entries(parts)) {
    const placeholder = `<!-- generated: ${name} -->`;
    if (!text.includes(placeholder)) throw new Error(`the template has no ${placeholder}`);
    text = text.replace(placeholder, () => content);
  }
  return `${GENERATED_NOTE}\n\n${text}`;
}

/** A minimal file made from a full one: one event, with the track and sources it uses. */
export function excerptOf(data: TimelineData, eventId: string): unknown {
  const event = data.events.find((e) => e.id === eventId);
  if (!event) throw new Error(`the example has no event "${eventId}"`);
  const cited = new Set(event.citations.map((c) => c.source));
  return {
    ...(data.$schema === undefined ? {} : { $schema: data.$schema }),
    title: data.title,
    ...(data.description === undefined ? {} : { description: data.description }),
    tracks: data.tracks.filter((t) => t.id === event.track),
    sources: data.sources.filter((s) => cited.has(s.id)),
    events: [event],
  };
}
