// Text files as an editor saved them: a byte-order mark is no JSON or CSV content, but editors
// write it and browsers ignore it, so the command-line tools do too.
import { readFileSync } from 'node:fs';

export function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}
