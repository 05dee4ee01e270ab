// The build's pre-rendered list reads as the live element would: its locale, and the data's
// own language marked where it differs.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { prerenderTimelines } from '../scripts/prerender';

const root = fileURLToPath(new URL('..', import.meta.url));

function fallbackOf(htmlLang: string, elementLang = '') {
  const lang = elementLang ? ` lang="${elementLang}"` : '';
  const html = prerenderTimelines(
    `<!doctype html><html lang="${htmlLang}"><body><cable-timeline src="/data/timeline.json"${lang}></cable-timeline></body></html>`,
    `${root}/index.html`,
    root,
  );
  const fallback = parseHTML(html).document.querySelector('.ct-fallback');
  if (!fallback) throw new Error('no fallback list');
  const first = (selector: string) => fallback.querySelector(selector);
  return {
    lang: fallback.getAttribute('lang'),
    titleLang: first('.ct-fallback-title')?.getAttribute('lang') ?? null,
    eventTitleLang: first('.ct-list-title')?.getAttribute('lang') ?? null,
    dates: [...fallback.querySelectorAll('.ct-list-date')].map((d) => d.textContent),
  };
}

describe('prerenderTimelines', () => {
  it("writes the list in the page's language when the element names none, as the element does", () => {
    const list = fallbackOf('ja');
    expect(list.lang).toBe('ja-JP');
    // English data in a Japanese list: its text marked, its dates written in Japanese.
    expect(list.titleLang).toBe('en');
    expect(list.eventTitleLang).toBe('en');
    expect(list.dates).toContain('2006年12月');
  });

  it("lets the element's own lang win, and marks nothing when the data reads the same", () => {
    const list = fallbackOf('ja', 'en');
    expect(list.lang).toBe('en-GB');
    expect(list.titleLang).toBeNull();
    expect(list.eventTitleLang).toBeNull();
    expect(list.dates).toContain('mid-December 2006');
  });

  it('reads a language it has no strings for in English, dates included', () => {
    expect(fallbackOf('de').lang).toBe('en-GB');
  });
});
