// npm run validate -- <file.json> [...]: every problem with its path and line:column; exit 1 on any.
import { readFileSync, existsSync } from 'node:fs';
import { readText } from './read-text';
import { dirname, resolve } from 'node:path';
import {
  findNodeAtLocation,
  getNodePath,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { formatPath } from '../src/model/paths';
import { validateTimeline, formatError, type ValidationError } from '../src/model/validate';

interface LineColumn {
  line: number;
  column: number;
}

function lineColumnAt(text: string, offset: number): LineColumn {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function validateFile(file: string): number {
  let text: string;
  try {
    text = readText(file);
  } catch (cause) {
    console.error(
      `${file}: cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    return 1;
  }
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || tree === undefined) {
    for (const e of syntaxErrors) {
      const { line, column } = lineColumnAt(text, e.offset);
      console.error(`${file}:${line}:${column}: invalid JSON (${printParseErrorCode(e.error)})`);
    }
    if (syntaxErrors.length === 0) console.error(`${file}: empty file`);
    return 1;
  }
  // JSON.parse keeps the last of two equal keys without a word: an event with two dates would
  // validate with the second one.
  const duplicates = duplicateKeys(tree);
  if (duplicates.length > 0) {
    for (const key of duplicates) {
      const at = lineColumnAt(text, key.offset);
      const path = formatPath(getNodePath(key.parent ?? key));
      console.error(
        `${file}:${at.line}:${at.column}: ${path}: the key "${String(key.value)}" is given twice (only the last would count)`,
      );
    }
    return 1;
  }
  const data: unknown = JSON.parse(text);
  const { texts, errors: fileErrors } = loadSourceTexts(data, dirname(resolve(file)));
  const result = validateTimeline(data, { sourceTexts: texts });
  const errors = [...fileErrors, ...result.errors];
  if (errors.length === 0 && result.ok) {
    const t = result.timeline;
    console.log(
      `${file}: valid: ${t.events.length} events, ${t.tracks.length} tracks, ${t.sources.size} sources, ` +
        `${t.events.reduce((n, e) => n + e.citations.length, 0)} citations`,
    );
    // "Valid" must not read as "every quote checked": a source without a stored text has none.
    const unchecked = t.events.flatMap((e) => e.citations).filter((c) => !texts.has(c.source));
    if (unchecked.length > 0) {
      const ids = [...new Set(unchecked.map((c) => `"${c.source}"`))];
      const named =
        ids.length > 5
          ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`
          : ids.join(', ');
      console.log(
        `${file}: note: ${unchecked.length} quote${unchecked.length === 1 ? ' was' : 's were'} not checked against a text: ` +
          `no stored "file" for source ${named}`,
      );
    }
    return 0;
  }
  const located = errors.map((error) => {
    // Point at the deepest node that exists: a missing field is reported at its parent.
    let node = undefined;
    for (let depth = error.path.length; depth >= 0 && node === undefined; depth--) {
      node = findNodeAtLocation(tree, error.path.slice(0, depth));
    }
    return { error, offset: node?.offset ?? 0 };
  });
  for (const { error, offset } of located.sort((a, b) => a.offset - b.offset)) {
    const at = lineColumnAt(text, offset);
    console.error(`${file}:${at.line}:${at.column}: ${formatError(error)}`);
  }
  console.error(`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
  return 1;
}

/** The key nodes that repeat a key earlier in the same object. */
function duplicateKeys(root: Node): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        if (seen.has(key.value)) found.push(key);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}

function loadSourceTexts(
  data: unknown,
  dir: string,
): { texts: Map<string, string>; errors: ValidationError[] } {
  const texts = new Map<string, string>();
  const errors: ValidationError[] = [];
  const sources =
    data !== null && typeof data === 'object' ? (data as { sources?: unknown }).sources : undefined;
  if (!Array.isArray(sources)) return { texts, errors };
  sources.forEach((source: unknown, i) => {
    if (source === null || typeof source !== 'object') return;
    const { id, file } = source as { id?: unknown; file?: unknown };
    if (typeof id !== 'string' || typeof file !== 'string') return;
    const path = resolve(dir, file);
    if (!existsSync(path)) {
      errors.push({
        path: ['sources', i, 'file'],
        pathText: `sources[${i}].file`,
        message: `file "${file}" not found`,
      });
      return;
    }
    texts.set(id, readFileSync(path, 'utf8'));
  });
  return { texts, errors };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <timeline.json> [...]');
  process.exit(2);
}
process.exit(files.map(validateFile).some((code) => code !== 0) ? 1 : 0);
