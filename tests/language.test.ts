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

describe('Russian strings', () => {
  it('end a sentence once after a date that ends with "г."', async () => {
    const { ru } = await import('../src/format/strings-ru');
    const label = ru.clusterLabel(3, '5 февраля 2007 г.', '12 июня 2007 г.');
    expect(label).toBe('3 события, 5 февраля 2007 г. — 12 июня 2007 г. Приблизьте, чтобы увидеть');
    expect(ru.clusterLabel(2, 'февраль 2007', 'июнь 2007')).toContain('июнь 2007. Приблизьте');
  });
});

describe('every language', () => {
  // WCAG 2.5.3 Label in Name: a reader who says what a button shows ("click Previous") must hit
  // it, so its accessible name contains its visible words.
  it.each(['en', 'ja', 'ru'])(
    '%s: buttons with a longer name keep their visible text in it',
    async (lang) => {
      const strings =
        lang === 'en'
          ? en
          : lang === 'ja'
            ? (await import('../src/format/strings-ja')).ja
            : (await import('../src/format/strings-ru')).ru;
      const pairs: Array<[string, string]> = [
        [strings.previous, strings.previousLabel],
        [strings.next, strings.nextLabel],
        [strings.reset, strings.resetLabel],
      ];
      for (const [shown, name] of pairs) expect(name.toLowerCase()).toContain(shown.toLowerCase());
    },
  );
});
