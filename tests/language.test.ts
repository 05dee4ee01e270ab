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

describe('what a settled zoom says', () => {
  it('names the range and the events beyond each edge, once, in each language', async () => {
    const { ja } = await import('../src/format/strings-ja');
    const { ru } = await import('../src/format/strings-ru');
    expect(en.showing('March 2007 – January 2010', 5, 20)).toBe(
      'Showing March 2007 – January 2010; 5 earlier, 20 later.',
    );
    expect(en.showing('March 2007 – January 2010', 0, 0)).toBe(
      'Showing March 2007 – January 2010.',
    );
    expect(ja.showing('2007年3月～2010年1月', 5, 20)).toBe(
      '表示中：2007年3月～2010年1月（前に5件、後に20件）',
    );
    expect(ru.showing('март 2007 г. – январь 2010 г.', 0, 0)).toBe(
      'Показано: март 2007 г. – январь 2010 г.',
    );
    expect(ru.showing('март 2007 г. – январь 2010 г.', 5, 20)).toBe(
      'Показано: март 2007 г. – январь 2010 г.; раньше: 5, позже: 20.',
    );
  });
});
