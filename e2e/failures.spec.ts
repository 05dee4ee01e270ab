// Issue 7: failure states. When the data cannot be had (404, 500, network failure), takes long,
// is not JSON or breaks the schema, <cable-timeline> says so inside itself, specifically, in its
// shadow root (`.ct-status`, `.ct-error`, role=alert), fires `error`, and the article around it
// stays usable. Changing `src` retries, and the timeline then renders.
import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/timeline';

const FAIL_PATH = '/data/fail.json';
const timelineJson = readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8');

interface ElementEvent {
  type: string;
  reason: string | null;
}

/** Records the element's `error` and `ready` events and every page error. */
async function watch(page: Page): Promise<{ pageErrors: string[]; consoleErrors: string[] }> {
  const w = { pageErrors: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (error) => w.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') w.consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const events: Array<{ type: string; reason: string | null }> = [];
    (window as unknown as { __ctEvents: typeof events }).__ctEvents = events;
    for (const type of ['error', 'ready']) {
      // Capture: the element's events do not bubble.
      document.addEventListener(
        type,
        (e) => {
          const target = e.target as Element | null;
          if (target?.localName !== 'cable-timeline') return;
          const detail = (e as CustomEvent<{ reason?: string } | null>).detail;
          events.push({ type, reason: detail?.reason ?? null });
        },
        true,
      );
    }
  });
  return w;
}

const elementEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ctEvents: ElementEvent[] }).__ctEvents);

/** Serves `handler` at /data/fail.json (by path: a glob would also match `/?src=…`). */
async function serveFail(page: Page, handler: (route: Route) => Promise<void>): Promise<void> {
  await page.route((url) => url.pathname === FAIL_PATH, handler);
}

/**
 * Holds every response for the data file until `release()`: as long as a 10 s server would
 * take and longer, with no sleeping and no timing assumptions.
 */
async function holdResponses(page: Page): Promise<{ release: () => void; requests: () => number }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await serveFail(page, async (route) => {
    requests++;
    await released;
    await route.fulfill({ contentType: 'application/json', body: timelineJson });
  });
  return { release, requests: () => requests };
}

/** The article around the element still reads and scrolls. */
async function expectHostUsable(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible();
  const paragraph = page.locator('main p').first();
  await expect(paragraph).toBeVisible();
  await expect(paragraph).not.toBeEmpty();
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, 200);
    const y = window.scrollY;
    window.scrollTo(0, 0);
    return y;
  });
  expect(scrolled).toBeGreaterThan(0);
}

/** Retrying with another `src` renders the timeline and clears the error. */
async function expectRetryWorks(page: Page): Promise<void> {
  await page
    .locator('cable-timeline')
    .evaluate((el) => el.setAttribute('src', 'data/timeline.json'));
  await expect(page.locator('cable-timeline .ct-root')).toBeVisible();
  await expect(page.locator('cable-timeline .ct-items .ct-item').first()).toBeVisible();
  await expect(page.locator('cable-timeline .ct-error')).toHaveCount(0);
  await expect(page.locator('cable-timeline')).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(async () => (await elementEvents(page)).map((e) => e.type)).toContain('ready');
}

const invalidData = (() => {
  const data = JSON.parse(timelineJson) as { events: Array<Record<string, unknown>> };
  data.events[3]!.date = '2007-02-30';
  data.events[5]!.track = 'nowhere';
  return JSON.stringify(data);
})();

const cases: Array<{
  name: string;
  respond: (route: Route) => Promise<void>;
  message: string;
  /** what Chromium itself logs for the failed request, besides the loader's own log */
  browserLogs?: RegExp;
}> = [
  {
    name: 'HTTP 404',
    respond: (route) => route.fulfill({ status: 404, body: 'Not found' }),
    message: `The timeline data could not be loaded (HTTP 404 for ${FAIL_PATH}).`,
    browserLogs: /Failed to load resource: the server responded with a status of 404/,
  },
  {
    name: 'HTTP 500',
    respond: (route) => route.fulfill({ status: 500, body: '{"error": "boom"}' }),
    message: `The timeline data could not be loaded (HTTP 500 for ${FAIL_PATH}).`,
    browserLogs: /Failed to load resource: the server responded with a status of 500/,
  },
  {
    name: 'a network failure',
    respond: (route) => route.abort('connectionreset'),
    message: `The timeline data could not be loaded (network error for ${FAIL_PATH}).`,
    browserLogs: /Failed to load resource: net::ERR_CONNECTION_RESET/,
  },
  {
    name: 'invalid JSON',
    respond: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: timelineJson.slice(0, Math.floor(timelineJson.length / 2)),
      }),
    message: `The timeline data is not valid JSON (${FAIL_PATH}).`,
  },
  {
    name: 'HTML instead of JSON',
    respond: (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Login</title>' }),
    message: `The timeline data is not valid JSON (${FAIL_PATH}).`,
  },
  {
    name: 'schema errors',
    respond: (route) => route.fulfill({ contentType: 'application/json', body: invalidData }),
    message:
      'The timeline data has errors: events[3].date: "2007-02-30" is not a valid date (month 02 of 2007 has 28 days) and 1 more problem.',
  },
  {
    name: 'a value that is not a timeline at all',
    respond: (route) => route.fulfill({ contentType: 'application/json', body: '[1, 2, 3]' }),
    message: 'The timeline data has errors: (root): must be an object, not a list.',
  },
];

for (const { name, respond, message, browserLogs } of cases) {
  test(`${name}: a specific message inside the element, the page usable, retry by src`, async ({
    page,
  }) => {
    const w = await watch(page);
    await serveFail(page, respond);
    await page.goto(`/?src=${FAIL_PATH}`);
    const error = page.locator('cable-timeline .ct-status.ct-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveText(message);
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(page.locator('cable-timeline')).not.toHaveAttribute('aria-busy', 'true');
    // Inside the element's box, which keeps a size.
    const [host, box] = await Promise.all([
      page.locator('cable-timeline').boundingBox(),
      error.boundingBox(),
    ]);
    expect(host && box).toBeTruthy();
    if (host && box) {
      expect(box.height).toBeGreaterThan(10);
      expect(box.x).toBeGreaterThanOrEqual(host.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(host.x + host.width + 1);
      expect(box.y).toBeGreaterThanOrEqual(host.y - 1);
    }
    expect(await elementEvents(page)).toEqual([{ type: 'error', reason: message }]);
    await expectHostUsable(page);

    await expectRetryWorks(page);
    expect(w.pageErrors).toEqual([]);
    // Console errors: only the loader's log of each data problem and the browser's own log of
    // the failed request.
    expect(
      w.consoleErrors.filter((m) => !m.startsWith('timeline data: ') && !browserLogs?.test(m)),
    ).toEqual([]);
  });
}

test('a slow response: the loading state shows meanwhile, then the timeline', async ({ page }) => {
  const w = await watch(page);
  const held = await holdResponses(page);
  await page.goto(`/?src=${FAIL_PATH}`);
  await expect.poll(held.requests).toBe(1);

  const element = page.locator('cable-timeline');
  const status = page.locator('cable-timeline .ct-status');
  await expect(status).toBeVisible();
  // The data's own loading message, not the source-text panel's ("Loading the source text…").
  await expect(status).toHaveText('Loading the timeline…');
  await expect(status).not.toHaveClass(/ct-error/);
  await expect(element).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('cable-timeline .ct-root')).toHaveCount(0);
  await expectHostUsable(page);
  // Still loading, never a premature error, while the response is held.
  await expect(status).toHaveText('Loading the timeline…');
  expect(await elementEvents(page)).toEqual([]);

  held.release();
  await expect(page.locator('cable-timeline .ct-items .ct-item').first()).toBeVisible();
  await expect(page.locator('cable-timeline .ct-status')).toHaveCount(0);
  await expect(element).not.toHaveAttribute('aria-busy', 'true');
  expect(await elementEvents(page)).toEqual([{ type: 'ready', reason: null }]);
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
});

test("a slow response in Japanese and Russian: the loading message in the element's language", async ({
  page,
}) => {
  const w = await watch(page);
  const held = await holdResponses(page);
  await page.goto('/');
  await page.evaluate((src) => {
    for (const lang of ['ja', 'ru']) {
      const element = document.createElement('cable-timeline');
      element.id = `slow-${lang}`;
      element.setAttribute('lang', lang);
      element.setAttribute('src', src);
      document.querySelector('main')?.append(element);
    }
  }, FAIL_PATH);
  await expect.poll(held.requests).toBe(2);
  await expect(page.locator('#slow-ja .ct-status')).toHaveText('年表を読み込み中…');
  await expect(page.locator('#slow-ru .ct-status')).toHaveText('Загрузка хронологии…');
  held.release();
  for (const id of ['#slow-ja', '#slow-ru']) {
    await expect(page.locator(`${id} .ct-items .ct-item`).first()).toBeVisible();
    await expect(page.locator(`${id} .ct-status`)).toHaveCount(0);
  }
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
});

test('a document without events says so, without an alert', async ({ page }) => {
  const w = await watch(page);
  const empty = { ...(JSON.parse(timelineJson) as object), events: [] };
  await serveFail(page, (route) => route.fulfill({ json: empty }));
  await page.goto(`/?src=${FAIL_PATH}`);
  const status = page.locator('cable-timeline .ct-status');
  await expect(status).toHaveText('This timeline has no events yet.');
  await expect(status).not.toHaveClass(/ct-error/);
  await expectHostUsable(page);
  await expectRetryWorks(page);
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
});

test('invalid data while the module that explains it cannot load: an error, never endless loading', async ({
  page,
}) => {
  const w = await watch(page);
  // The schema library is loaded only for invalid data; here its chunk fails to download.
  await page.route(
    (url) => /^\/assets\/validate-[\w-]+\.js$/.test(url.pathname),
    (route) => route.abort('failed'),
  );
  await serveFail(page, (route) => route.fulfill({ json: [1, 2, 3] }));
  await page.goto(`/?src=${FAIL_PATH}`);
  const error = page.locator('cable-timeline .ct-status.ct-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveText(
    'The timeline data has errors: (root): does not match the timeline data format.',
  );
  expect(await elementEvents(page)).toEqual([{ type: 'error', reason: await error.textContent() }]);
  await expectHostUsable(page);
  await expectRetryWorks(page);
  expect(w.pageErrors).toEqual([]);
  expect(
    w.consoleErrors.filter(
      (m) =>
        !m.startsWith('timeline data: ') && !/Failed to load resource: net::ERR_FAILED/.test(m),
    ),
  ).toEqual([]);
});

test('the interface strings of the page language cannot load: the timeline still renders', async ({
  page,
}) => {
  const w = await watch(page);
  await page.route(
    (url) => /^\/assets\/strings-ja-[\w-]+\.js$/.test(url.pathname),
    (route) => route.abort('failed'),
  );
  await page.goto('/');
  await page.evaluate(() => {
    const element = document.createElement('cable-timeline');
    element.id = 'japanese';
    element.setAttribute('lang', 'ja');
    element.setAttribute('src', 'data/timeline.json');
    document.querySelector('main')?.append(element);
  });
  await expect(page.locator('#japanese .ct-items .ct-item').first()).toBeVisible();
  await expect(page.locator('#japanese .ct-error')).toHaveCount(0);
  expect(w.pageErrors).toEqual([]);
  expect(
    w.consoleErrors.filter((m) => !/Failed to load resource: net::ERR_FAILED/.test(m)),
  ).toEqual([]);
});

test("a failure reads in the element's language (its details, meant for the author, stay as they are)", async ({
  page,
}) => {
  await serveFail(page, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`/embed.html?lang=ja&src=${FAIL_PATH}`);
  await expect(page.locator('cable-timeline .ct-status.ct-error')).toHaveText(
    `年表のデータを読み込めませんでした（HTTP 404、${FAIL_PATH}）。`,
  );
  await page.unroute((url) => url.pathname === FAIL_PATH);
  await serveFail(page, (route) =>
    route.fulfill({ contentType: 'application/json', body: invalidData }),
  );
  await page.goto(`/embed.html?lang=ru&src=${FAIL_PATH}`);
  await expect(page.locator('cable-timeline .ct-status.ct-error')).toHaveText(
    'В данных хронологии есть ошибки: events[3].date: "2007-02-30" is not a valid date (month 02 of 2007 has 28 days). И ещё 1.',
  );
});
