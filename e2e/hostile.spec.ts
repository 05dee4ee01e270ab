// Issue 7: hostile text. Every text field of a dataset carries markup that would run script if
// it were ever parsed as HTML; the demo page loads it through `?src=`. Nothing may execute
// (no dialog, no console error, no page error, no request anywhere unexpected), no element may
// be made from the data, and every text is shown literally. Source URLs with other schemes are
// refused by validation. The page is tested with its strict CSP and, since a CSP is only a
// second line of defence, with the CSP header stripped.
import type { Page, Route } from '@playwright/test';
import { test, expect, type TimelinePage } from './fixtures/timeline';

const P = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</blockquote><svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
] as const;

const CABLE_URL = 'https://example.org/cable?q="><script>alert(1)</script>';
const CONTEXT_TEXT = `UNCLASSIFIED\n\n1. (C) Before. ${P[2]} After ${P[0]}.\n\n2. (C) ${P[3]}\n`;

interface HostileEvent {
  id: string;
  date: string;
  dateLabel?: string;
  title: string;
  summary: string;
  track: string;
  actors?: string[];
  citations: Array<{ source: string; paragraph?: number; quote: string }>;
}

/** A valid dataset whose every text is a payload. */
const hostile = {
  title: P[0],
  description: P[1],
  tracks: P.map((label, i) => ({ id: `track-${i}`, label, order: i })),
  sources: [
    {
      id: '07TOKYO2690',
      kind: 'cable',
      reference: '07TOKYO2690',
      subject: P[0],
      classification: P[1],
      origin: P[2],
      destination: P[3],
      sent: '2007-06-14T08:12Z',
      url: CABLE_URL,
      text: 'excerpt',
      file: 'sources/hostile.txt',
    },
    {
      id: 'article-x',
      kind: 'article',
      outlet: P[3],
      author: P[2],
      headline: P[1],
      date: '2011-05-11',
      url: 'https://example.org/article',
    },
  ],
  events: <HostileEvent[]>[
    {
      id: 'e0',
      date: '2007-03-01',
      title: P[0],
      summary: P[1],
      track: 'track-0',
      actors: [P[3], P[0]],
      citations: [{ source: '07TOKYO2690', paragraph: 1, quote: P[2] }],
    },
    {
      id: 'e1',
      date: '2008-03-01',
      title: P[1],
      summary: P[2],
      track: 'track-1',
      actors: [P[1]],
      citations: [{ source: 'article-x', quote: P[3] }],
    },
    {
      id: 'e2',
      date: '2009-03-01~',
      dateLabel: P[0],
      title: P[2],
      summary: P[3],
      track: 'track-2',
      citations: [{ source: '07TOKYO2690', quote: P[0] }],
    },
    {
      id: 'e3',
      date: '2010-03-01',
      title: P[3],
      summary: P[0],
      track: 'track-3',
      citations: [
        { source: 'article-x', quote: P[1] },
        { source: '07TOKYO2690', paragraph: 2, quote: P[3] },
      ],
    },
  ],
};

/** Records everything that must not happen while a spec runs. */
interface Watch {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  unexpectedRequests: string[];
}

const ALLOWED_PATHS = [
  /^\/$/,
  /^\/assets\//,
  /^\/styles\//,
  /^\/favicon\.ico$/,
  /^\/data\/(hostile|timeline)\.json$/,
  /^\/data\/sources\/hostile\.txt$/,
];

function watch(page: Page, baseURL: string | undefined): Watch {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const w: Watch = { dialogs: [], consoleErrors: [], pageErrors: [], unexpectedRequests: [] };
  page.on('dialog', (dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') w.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => w.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !ALLOWED_PATHS.some((path) => path.test(url.pathname)))
      w.unexpectedRequests.push(request.url());
  });
  return w;
}

async function expectNothingRan(page: Page, w: Watch, allowConsole?: RegExp): Promise<void> {
  // Give anything scheduled (an onerror of a broken image, an iframe) a chance to run.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
  expect(w.dialogs, 'dialogs').toEqual([]);
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(
    w.consoleErrors.filter((m) => !allowConsole?.test(m)),
    'console errors',
  ).toEqual([]);
  expect(w.unexpectedRequests, 'requests to unexpected places').toEqual([]);
}

/** Elements anywhere (shadow roots included) that data could have made: handlers, frames, scripts. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        const tag = node.tagName.toLowerCase();
        for (const attr of node.getAttributeNames())
          if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
        if (['iframe', 'img', 'object', 'embed', 'frame'].includes(tag)) found.push(`<${tag}>`);
        if (tag === 'script' && !(node as HTMLScriptElement).src && node.closest('head') === null)
          found.push('<script> without src');
        // The component draws two: the plot and the overview.
        if (tag === 'svg' && !node.matches('.ct-plot, .ct-overview-host svg'))
          found.push('<svg> from data');
        const href = node.getAttribute('href') ?? node.getAttribute('src') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(href)) found.push(`<${tag}> to ${href}`);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

async function serveHostile(page: Page, data: unknown): Promise<void> {
  // By path: a glob like **/data/hostile.json would also match the page URL `/?src=…`.
  await page.route(
    (url) => url.pathname === '/data/hostile.json',
    (route) => route.fulfill({ json: data }),
  );
  await page.route(
    (url) => url.pathname === '/data/sources/hostile.txt',
    (route) => route.fulfill({ body: CONTEXT_TEXT, contentType: 'text/plain; charset=utf-8' }),
  );
}

async function stripCsp(route: Route): Promise<void> {
  const response = await route.fetch();
  const headers = { ...response.headers() };
  delete headers['content-security-policy'];
  await route.fulfill({ response, headers });
}

function cardSourceOf(event: HostileEvent): string {
  const first = event.citations[0]!;
  if (first.source === 'article-x') return P[3];
  return first.paragraph !== undefined ? `07TOKYO2690 ¶${first.paragraph}` : '07TOKYO2690';
}

async function expectCardShowsLiterally(timeline: TimelinePage, event: HostileEvent) {
  const { card } = timeline;
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-event-id', event.id);
  await expect(card.locator('.ct-card-title')).toHaveText(event.title);
  await expect(card.locator('.ct-card-summary')).toHaveText(event.summary);
  await expect(card.locator('.ct-card-quote')).toHaveText(event.citations[0]!.quote);
  await expect(card.locator('.ct-card-track')).toHaveText(
    hostile.tracks.find((t) => t.id === event.track)!.label,
  );
  if (event.dateLabel !== undefined)
    await expect(card.locator('.ct-card-date')).toHaveText(`c. ${event.dateLabel}`);
  await expect(card.locator('.ct-card-source')).toHaveText(cardSourceOf(event));
}

async function expectPanelShowsLiterally(timeline: TimelinePage, event: HostileEvent) {
  const { panel } = timeline;
  await expect(panel).toBeVisible();
  await expect(panel.locator('.ct-panel-title')).toHaveText(event.title);
  await expect(panel.locator('.ct-panel-summary')).toHaveText(event.summary);
  // Each blockquote holds exactly its passage, as text.
  await expect(panel.locator('blockquote.ct-panel-quote')).toHaveText(
    event.citations.map((c) => c.quote),
  );
  const quoteTexts = await panel
    .locator('blockquote.ct-panel-quote')
    .evaluateAll((quotes) => quotes.map((q) => q.textContent));
  expect(quoteTexts).toEqual(event.citations.map((c) => c.quote));
  if (event.actors) {
    // "<label>: actor, actor"; the label is the interface's own wording.
    const actors = await panel.locator('.ct-panel-actors').evaluate((p) => p.textContent ?? '');
    expect(actors.endsWith(`: ${event.actors.join(', ')}`), actors).toBe(true);
  }
  const details = panel.locator('.ct-panel-details dd');
  for (const citation of event.citations) {
    if (citation.source === 'article-x') {
      for (const text of [P[3], P[2], P[1]])
        await expect(details.filter({ hasText: text }).first()).toBeVisible();
    } else {
      await expect(details.getByText(`${P[2]} → ${P[3]}`, { exact: true }).first()).toBeVisible();
      await expect(details.getByText(P[0], { exact: true }).first()).toBeVisible();
    }
  }
  // Links keep their URL as an attribute value, never as markup.
  const hrefs = await panel
    .locator('a.ct-panel-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect([CABLE_URL, 'https://example.org/article']).toContain(href);
}

for (const csp of ['with the page CSP', 'with the CSP header stripped'] as const) {
  test.describe(`hostile text, ${csp}`, () => {
    test('nothing runs and every text field is shown literally @desktop-only', async ({
      page,
      timeline,
      baseURL,
    }) => {
      const w = watch(page, baseURL);
      await serveHostile(page, hostile);
      if (csp === 'with the CSP header stripped')
        await page.route((url) => url.pathname === '/', stripCsp);
      const response = await page.goto('/?src=/data/hostile.json');
      expect(response?.headers()['content-security-policy'] !== undefined).toBe(
        csp === 'with the page CSP',
      );
      await expect(timeline.items).toHaveCount(hostile.events.length);
      await expect(timeline.viewport).toHaveAccessibleName(hostile.title);
      await expect(timeline.root.locator('.ct-lane-label')).toHaveText(
        hostile.tracks.map((t) => t.label),
      );

      const viewAtLoad = await timeline.viewRange();
      for (const event of hostile.events) {
        // Each from the view at load (selecting an event near an edge recentres the view on it,
        // which can take the others off screen). Reset animates: wait until it has landed, or
        // the marker would move away from under the pointer.
        await timeline.root.locator('.ct-reset').click();
        await expect
          .poll(async () => {
            const { start, end } = await timeline.viewRange();
            return Math.abs(start - viewAtLoad.start) + Math.abs(end - viewAtLoad.end) < 60_000;
          })
          .toBe(true);
        await expect.poll(() => timeline.markerInView(event.id)).toBe(true);
        const marker = timeline.marker(event.id);
        await expect(marker.locator('.ct-label')).toHaveText(event.title);
        await timeline.pointAt(marker, false);
        await expectCardShowsLiterally(timeline, event);
        await marker.click({ position: { x: 6, y: 12 } });
        await expectPanelShowsLiterally(timeline, event);
        await timeline.panel.locator('.ct-panel-close').click();
        await expect(timeline.panel).toBeHidden();
      }

      // The stored source text, shown in context, is text too, with the passage highlighted.
      await timeline.root.locator('.ct-reset').click();
      await expect.poll(() => timeline.markerInView('e0')).toBe(true);
      await timeline.marker('e0').click({ position: { x: 6, y: 12 } });
      await timeline.panel.locator('.ct-read-context').click();
      const context = timeline.panel.locator('.ct-context');
      await expect(context).toBeVisible();
      expect(await context.evaluate((box) => box.textContent)).toBe(CONTEXT_TEXT);
      await expect(context.locator('mark')).toHaveText(P[2]);

      // The list view and the print list are text as well.
      await timeline.root.locator('.ct-view-toggle').click();
      await expect(timeline.root.locator('.ct-list-view .ct-list-title')).toHaveText(
        [...hostile.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title),
      );

      expect(await injectedElements(page)).toEqual([]);
      await expectNothingRan(page, w);
    });
  });
}

test.describe('source URLs with other schemes', () => {
  const cases = [
    { path: 'sources[0].url', url: 'javascript:alert(1)', index: 0 },
    { path: 'sources[1].url', url: 'data:text/html,<script>alert(1)</script>', index: 1 },
    { path: 'sources[0].url', url: 'JavaScript:alert(document.domain)//https://x', index: 0 },
  ];
  for (const { path, url, index } of cases) {
    test(`${url} is refused with the reason at ${path}, and no link is made @desktop-only`, async ({
      page,
      baseURL,
    }) => {
      const w = watch(page, baseURL);
      const data = structuredClone(hostile);
      const source = data.sources[index]! as { url?: string };
      source.url = url;
      await serveHostile(page, data);
      await page.goto('/?src=/data/hostile.json');
      const error = page.locator('cable-timeline .ct-error');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(error).toContainText('The timeline data has errors');
      await expect(error).toContainText(`${path}: the text ${JSON.stringify(url)}`);
      await expect(error).toContainText('must be an http:// or https:// URL');
      await expect(page.locator('cable-timeline .ct-root')).toHaveCount(0);
      await expect(page.locator('cable-timeline a')).toHaveCount(0);
      expect(await injectedElements(page)).toEqual([]);
      // The loader logs each problem of invalid data, and nothing else goes wrong.
      await expectNothingRan(page, w, /^timeline data: /);
      expect(w.consoleErrors.length).toBeGreaterThan(0);
    });
  }
});
