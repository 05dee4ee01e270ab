// Build-time pre-rendering: every <cable-timeline> in a page gets the event list (dates,
// titles, summaries, quotes, citations) as semantic HTML inside it, for readers without
// JavaScript, for search engines and for print; the script then enhances it in place. The
// element also gets data-reserve, its final height, so the page does not shift while loading.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { parseHTML } from 'linkedom';
import { validateTimeline, formatError } from '../src/model/validate';
import { renderEventList } from '../src/render/list';
import { chartHeight } from '../src/layout/metrics';
import { headingLevelOf } from '../src/format/heading';
import { elementLocale } from '../src/format/dates';
import { textLanguages } from '../src/model/language';
import { inLanguage } from '../src/render/dom';

const ELEMENT = /<cable-timeline\b([^>]*)>([\s\S]*?)<\/cable-timeline>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match?.[1];
}

function readData(attributes: string, inner: string, pageFile: string, rootDir: string): unknown {
  const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(inner);
  if (inline?.[1]) return JSON.parse(inline[1]) as unknown;
  const src = attribute(attributes, 'src');
  if (!src) return undefined;
  const file = src.startsWith('/') ? resolve(rootDir, `.${src}`) : resolve(dirname(pageFile), src);
  if (!existsSync(file)) {
    console.warn(`prerender: ${src} not found (looked for ${file}); no fallback list written`);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function prerenderTimelines(html: string, pageFile: string, rootDir: string): string {
  const pageLang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  return html.replace(ELEMENT, (whole, attributes: string, inner: string) => {
    if (/class="ct-fallback"/.test(inner) || /\sdata-no-prerender/.test(attributes)) return whole;
    const data = readData(attributes, inner, pageFile, rootDir);
    if (data === undefined) return whole;
    const result = validateTimeline(data);
    if (!result.ok)
      throw new Error(
        `prerender: invalid timeline data\n${result.errors.map(formatError).join('\n')}`,
      );
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    // As the element chooses: its own lang, else the nearest given (here, the page's).
    const locale = elementLocale(attribute(attributes, 'lang') || pageLang);
    const fallback = document.createElement('div');
    fallback.className = 'ct-fallback';
    fallback.setAttribute('lang', locale);
    const title = document.createElement('p');
    title.className = 'ct-fallback-title';
    title.textContent = result.timeline.title;
    fallback.append(
      inLanguage(title, textLanguages(result.timeline, locale).data),
      renderEventList(document, result.timeline, {
        locale,
        headingLevel: headingLevelOf(attribute(attributes, 'heading-level')),
      }),
    );
    const reserve = chartHeight(result.timeline);
    const withReserve = /\sdata-reserve=/.test(attributes)
      ? attributes
      : `${attributes} data-reserve="${reserve}"`;
    return `<cable-timeline${withReserve}>${inner}${fallback.outerHTML}</cable-timeline>`;
  });
}
