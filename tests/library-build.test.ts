// The library build as a page downloads it: one entry file with no static imports (a page's
// <script> must not wait for a second request to learn what else to fetch), every chunk it
// imports lazily present, and the size budget (JS and CSS within 40 KB min+gzip).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { librarySize, staticImports, type LibrarySize } from '../scripts/bundle-size';

describe('the library build', () => {
  let out = '';
  let size: LibrarySize;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'library-build-'));
    await promisify(execFile)(
      'npx',
      ['vite', 'build', '--mode', 'lib', '--outDir', out, '--logLevel', 'error'],
      {
        cwd: resolve(import.meta.dirname, '..'),
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        timeout: 110_000,
      },
    );
    size = librarySize(out);
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('is one entry file that imports nothing before it runs', () => {
    expect(size.initial.map((file) => file.file)).toEqual(['cable-timeline.js']);
  });

  it('has every chunk the entry imports on demand, each self-contained', () => {
    const entry = readFileSync(join(out, 'cable-timeline.js'), 'utf8');
    const lazy = [...entry.matchAll(/import\("\.\/([^"]+)"\)/g)].map((match) => match[1] ?? '');
    expect(lazy).toEqual(
      expect.arrayContaining(['cable-timeline-panel.js', 'cable-timeline-validate.js']),
    );
    for (const file of lazy) {
      expect(existsSync(join(out, file)), file).toBe(true);
      // A lazy chunk that imported a shared chunk would be the extra request the entry avoids.
      expect(staticImports(readFileSync(join(out, file), 'utf8')), file).toEqual([]);
    }
  });

  it('stays within the size budget: 40 KB min+gzip, JS and CSS', () => {
    expect(size.totalGzipKB).toBeLessThanOrEqual(40);
  });
});
