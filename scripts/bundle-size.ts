// What a page downloads to show the library, measured on the built files: the entry module,
// every chunk it imports statically (transitively: the browser fetches them before running
// it) and the stylesheet for createTimeline in the light DOM (the custom element carries its
// CSS inside the JS). Chunks loaded only by import() (Japanese and Russian strings, the
// schema library, the source panel) are listed apart: they load when needed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  minKB: number;
  gzipKB: number;
}

export interface LibrarySize {
  /** the entry and its static imports, in load order */
  initial: FileSize[];
  css: FileSize;
  /** chunks only reached through import() */
  lazy: FileSize[];
  /** minified, and min+gzip, size of the initial JS; with the CSS file */
  initialJsMinKB: number;
  initialJsGzipKB: number;
  totalGzipKB: number;
}

/**
 * The relative modules a built ES module imports statically: `import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`, minified or not; `import("./x.js")` is not one.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const statement = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g;
  for (const match of code.matchAll(statement)) if (match[1]) found.add(match[1]);
  return [...found];
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);

interface Measured {
  size: FileSize;
  bytes: number;
  gzipBytes: number;
}

function measure(dir: string, file: string, content = readFileSync(join(dir, file))): Measured {
  const bytes = content.length;
  const gzipBytes = gzipSync(content, { level: 9 }).length;
  return { size: { file, minKB: kb(bytes), gzipKB: kb(gzipBytes) }, bytes, gzipBytes };
}

export function librarySize(
  dir: string,
  entry = 'cable-timeline.js',
  cssFile = 'cable-timeline.css',
): LibrarySize {
  // Each file is read and compressed once; the totals add up the exact byte counts.
  const initial: string[] = [];
  const measured: Measured[] = [];
  const visit = (file: string) => {
    if (initial.includes(file)) return;
    initial.push(file);
    const content = readFileSync(join(dir, file));
    measured.push(measure(dir, file, content));
    for (const path of staticImports(content.toString('utf8'))) visit(join(file, '..', path));
  };
  visit(entry);
  const lazy = readdirSync(dir)
    .filter((file) => file.endsWith('.js') && !initial.includes(file))
    .sort();
  const css = measure(dir, cssFile);
  const sum = (sizes: Measured[], key: 'bytes' | 'gzipBytes') =>
    sizes.reduce((total, size) => total + size[key], 0);
  return {
    initial: measured.map(({ size }) => size),
    css: css.size,
    lazy: lazy.map((file) => measure(dir, file).size),
    initialJsMinKB: kb(sum(measured, 'bytes')),
    initialJsGzipKB: kb(sum(measured, 'gzipBytes')),
    totalGzipKB: kb(sum(measured, 'gzipBytes') + css.gzipBytes),
  };
}

export function describeSize(size: LibrarySize): string {
  const list = (files: FileSize[]) => files.map((f) => `${f.file} ${f.gzipKB}`).join(', ');
  return [
    `library, min+gzip KB: ${size.totalGzipKB} = JS ${size.initialJsGzipKB} (${list(size.initial)}; ${size.initialJsMinKB} KB minified) + CSS ${size.css.gzipKB} (${size.css.file}, for createTimeline; the element carries its CSS in the JS)`,
    `loaded only when needed: ${list(size.lazy)}`,
  ].join('\n');
}
