// Golden SVG snapshots, as Observable Plot keeps them: tests/__snapshots__/<name>.svg is the
// reviewed expectation. A missing golden file is written and the test passes (review it before
// committing), except under CI, where it must exist. On a mismatch the new output is written
// next to it as <name>-changed.svg (git-ignored) and the test fails: compare the two, and if
// the change is intended, move the -changed file over the golden one.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SNAPSHOT_DIR = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

export function expectSvgSnapshot(actual: string, name: string, dir = SNAPSHOT_DIR): void {
  const golden = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(golden)) {
    if (process.env.CI) {
      throw new Error(`missing golden snapshot ${golden}: run the tests locally and commit it`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `${name}.svg differs from its golden snapshot; wrote ${name}-changed.svg next to it.\n` +
      firstDifference(expected, actual),
  );
}

/** The first differing line, so the failure says where to look. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n- ${a[i] ?? '(none)'}\n+ ${b[i] ?? '(none)'}`;
  }
  return '';
}
