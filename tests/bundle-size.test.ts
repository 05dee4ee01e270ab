// The benchmark's size report counts what a page downloads before the library runs: the entry
// and its static imports, transitively, never the chunks behind import().
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { librarySize, staticImports } from '../scripts/bundle-size';

describe('staticImports', () => {
  it('finds import and export statements, minified or not, and skips import()', () => {
    const code = [
      'import{a as b,c}from"./shared-1.js";',
      'import"./side.js";',
      'import * as ns from "./ns.js";',
      'export*from"./re.js";',
      'export{x}from"./re2.js";',
      'const lazy=()=>import("./lazy.js");',
      "const s='no import here';",
    ].join('');
    expect(staticImports(code)).toEqual([
      './shared-1.js',
      './side.js',
      './ns.js',
      './re.js',
      './re2.js',
    ]);
  });
});

describe('librarySize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sums the entry and its static chunks, and lists the lazy ones apart', () => {
    writeFileSync(join(dir, 'entry.js'), 'import{a}from"./a.js";const l=()=>import("./lazy.js");');
    writeFileSync(join(dir, 'a.js'), 'import"./b.js";export const a=1;');
    writeFileSync(join(dir, 'b.js'), 'export const b=2;');
    writeFileSync(join(dir, 'lazy.js'), 'import{a}from"./a.js";export default a;');
    const rules = Array.from({ length: 300 }, (_, i) => `.c${i}{width:${(i * 7919) % 1000}px}`);
    writeFileSync(join(dir, 'style.css'), rules.join(''));
    const size = librarySize(dir, 'entry.js', 'style.css');
    expect(size.initial.map((f) => f.file)).toEqual(['entry.js', 'a.js', 'b.js']);
    expect(size.lazy.map((f) => f.file)).toEqual(['lazy.js']);
    expect(size.css.file).toBe('style.css');
    expect(size.css.gzipKB).toBeGreaterThan(0.5);
    expect(size.totalGzipKB).toBeCloseTo(size.initialJsGzipKB + size.css.gzipKB, 0);
  });
});
