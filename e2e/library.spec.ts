// The library build (dist-lib, built by scripts/e2e.sh) as a newsroom's own page uses it:
// createTimeline in the page's DOM, styled by cable-timeline.css. The demo pages all use the
// custom element, so without this spec nothing would load the shipped files themselves.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, type DataFile } from './fixtures/timeline';

const libDir = new URL('../dist-lib/', import.meta.url);
const data = JSON.parse(
  readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
) as DataFile;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A newsroom page using createTimeline</title>
    <link rel="stylesheet" href="/lib/cable-timeline.css" />
    <script type="module" src="/lib/page.js"></script>
  </head>
  <body>
    <main><h1>Story</h1><div id="chart"></div></main>
  </body>
</html>`;

const SCRIPT = `import { createTimeline } from './cable-timeline.js';
const data = await fetch('/data/timeline.json').then((response) => response.json());
createTimeline(document.getElementById('chart'), data, { hashParam: false });
document.body.dataset.ready = 'true';`;

test.beforeEach(async ({ page }) => {
  if (!existsSync(new URL('cable-timeline.js', libDir)))
    throw new Error(
      'dist-lib/ is missing: run the e2e suite with `npm run test:e2e`, which builds it',
    );
  // The shipped files, served next to the site's data as a newsroom would host them.
  await page.route('**/lib/**', async (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/lib\//, '');
    if (name === 'page.js') return route.fulfill({ body: SCRIPT, contentType: 'text/javascript' });
    const file = new URL(name, libDir);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file.pathname });
  });
  await page.route('**/library-page.html', (route) =>
    route.fulfill({ body: PAGE, contentType: 'text/html' }),
  );
  await page.goto('/library-page.html');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
});

test('createTimeline renders in the page, styled by cable-timeline.css', async ({ page }) => {
  const root = page.locator('#chart > .ct-root');
  await expect(root).toBeVisible();
  await expect(root.locator('.ct-toolbar')).toBeVisible();
  // The stylesheet applies: the chart is laid out in lanes, its list view hidden.
  await expect(root.locator('.ct-lane-label').first()).toBeVisible();
  await expect(root.locator('.ct-list-view')).toBeHidden();
  const height = await root.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(200);
});

test('printed, a createTimeline page shows the list of events with their passages, not the chart', async ({
  page,
}) => {
  // What the browser does as printing starts (emulateMedia alone does not).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const root = page.locator('#chart > .ct-root');
  await expect(root.locator('.ct-toolbar')).toBeHidden();
  await expect(root.locator('.ct-chart')).toBeHidden();
  const list = root.locator('.ct-list-view');
  await expect(list).toBeVisible();
  await expect(list.locator('.ct-list-item')).toHaveCount(data.events.length);
  for (const event of data.events) {
    const item = list.locator(`.ct-list-item[data-event-id="${event.id}"]`);
    await expect(item.locator('.ct-list-title')).toHaveText(event.title);
    await expect(item.locator('.ct-list-quote')).toHaveCount(event.citations.length);
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
