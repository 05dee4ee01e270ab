// loadLanguage when a language's chunk cannot be downloaded (offline, a blocked CDN path).
import { expect, it, vi } from 'vitest';
import { loadLanguage } from '../src/index';
import { en, stringsFor } from '../src/format/strings';

vi.mock('../src/format/strings-ja', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('resolves, and English stays, when the chunk cannot be downloaded', async () => {
  await expect(loadLanguage('ja-JP')).resolves.toBeUndefined();
  expect(stringsFor('ja-JP')).toBe(en);
});
