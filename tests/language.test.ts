import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../src/index';
import { en, stringsFor } from '../src/format/strings';

describe('loadLanguage', () => {
  it('makes a language’s interface strings available to the synchronous createTimeline', async () => {
    expect(stringsFor('ru-RU')).toBe(en);
    await loadLanguage('ru-RU');
    expect(stringsFor('ru-RU')).not.toBe(en);
    expect(stringsFor('ru-RU').listView).not.toBe(en.listView);
  });
});
