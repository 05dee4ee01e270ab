// Issue 6: at scale the events inside clusters are drawn on a canvas; hovering one shows its
// card and clicking opens its panel, through the spatial index.
import { test, expect } from './fixtures/timeline';
import { syntheticTimeline } from '../scripts/synthetic';

const big = syntheticTimeline(20_000, 7);
const titles = new Map(big.events.map((e) => [e.id, e.title]));

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/data/synthetic-20k.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }),
  );
});

test('hovering a dense mark shows the right card, clicking opens it @desktop-only', async ({
  page,
  timeline,
}) => {
  await page.goto('/?src=/data/synthetic-20k.json');
  await expect(timeline.clusters.first()).toBeVisible();
  await expect.poll(() => timeline.representedCount(), { timeout: 15_000 }).toBe(20_000);
  const cluster = timeline.clusters.nth(1);
  await cluster.scrollIntoViewIfNeeded();
  const box = await cluster.boundingBox();
  if (!box) throw new Error('no cluster box');
  // Walk along the tick line under the badge until a mark is under the pointer.
  const probe = timeline.root.locator('.ct-probe');
  let id: string | null = null;
  const point = { x: box.x, y: box.y + box.height + 3 };
  for (let dx = 0; dx < 200 && id === null; dx += 1) {
    point.x = box.x + dx;
    await page.mouse.move(point.x, point.y);
    id = await probe.getAttribute('data-event-id');
  }
  expect(id).not.toBeNull();
  await expect(timeline.card).toBeVisible();
  await expect(timeline.card.locator('.ct-card-title')).toHaveText(
    titles.get(id ?? '') ?? '(missing)',
  );
  // Away from the timeline and back onto the same mark: its card again.
  await page.mouse.move(2, 2);
  await expect(timeline.card).toBeHidden();
  await page.mouse.move(point.x, point.y);
  await expect(timeline.card).toBeVisible();
  await expect(timeline.card.locator('.ct-card-title')).toHaveText(
    titles.get(id ?? '') ?? '(missing)',
  );
  await page.mouse.down();
  await page.mouse.up();
  await expect(timeline.panel.locator('.ct-panel-title')).toHaveText(
    titles.get(id ?? '') ?? '(missing)',
  );
});

test('dense clusters at the edges show their count whole or not at all', async ({
  page,
  timeline,
}) => {
  await page.goto('/?src=/data/synthetic-20k.json');
  await expect.poll(() => timeline.representedCount(), { timeout: 15_000 }).toBe(20_000);
  for (const [start, end] of [
    ['2007-01-01', '2011-03-31'],
    ['2007-02-10', '2010-11-20'],
  ] as const) {
    await timeline.zoomTo(start, end);
    expect(await timeline.cutLabels(), `${start} – ${end}`).toEqual([]);
  }
});

/** A cluster of over a hundred events in view: under year-long events, one reaching past it. */
function bigCluster(root: Element): string | null {
  const clusters = [...root.querySelectorAll<HTMLElement>('.ct-items .ct-cluster')];
  const big = clusters.find(
    (c) => Number(/^\d+/.exec(c.getAttribute('aria-label') ?? '')?.[0]) > 100,
  );
  return big?.dataset.clusterId ?? null;
}

test('a cluster that reaches past the view (under year-long events) zooms in, not out, when opened', async ({
  page,
  timeline,
}) => {
  await page.goto('/?src=/data/synthetic-20k.json');
  await expect(timeline.clusters.first()).toBeVisible();
  await timeline.zoomTo('2008-02-01', '2008-02-28');
  const span = await timeline.viewSpan();
  // Year-long events hold every row of a lane through 2008: its other events are clusters
  // that begin before the view and end after it (their badges stick to the left edge).
  const reaching = await timeline.root.evaluate(bigCluster);
  expect(reaching, 'a cluster reaching past the view').not.toBeNull();
  const cluster = timeline.root.locator(`.ct-cluster[data-cluster-id="${reaching}"]`);
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => timeline.viewSpan()).toBeLessThan(span / 2);
  // At the deepest zoom it cannot open further: its first event in view opens instead, and
  // the panel steps on through the rest.
  for (let i = 0; i < 8 && !(await timeline.panel.isVisible()); i++) {
    const before = await timeline.viewSpan();
    const id = await timeline.root.evaluate(bigCluster);
    expect(id, 'a cluster reaching past the view').not.toBeNull();
    await timeline.root.locator(`.ct-cluster[data-cluster-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await timeline.panel.isVisible()) || (await timeline.viewSpan()) < before)
      .toBe(true);
  }
  await expect(timeline.panel).toBeVisible();
  await expect(timeline.panel.locator('.ct-panel-next')).toBeEnabled();
});

test('the arrow keys step through the events inside clusters: the card and the name say which one', async ({
  page,
  timeline,
}) => {
  await page.goto('/?src=/data/synthetic-20k.json');
  await expect(timeline.clusters.first()).toBeVisible();
  await timeline.root.locator('.ct-items button[tabindex="0"]').focus();
  /** The focused cluster's name and the card's event, once they agree. */
  const agreed = () =>
    timeline.root.evaluate((root) => {
      const focused = (root.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
      const card = root.querySelector<HTMLElement>('.ct-card');
      const title = card?.matches(':popover-open')
        ? card.querySelector('.ct-card-title')?.textContent
        : null;
      const name = focused?.getAttribute('aria-label') ?? '';
      return focused?.classList.contains('ct-cluster') && title && name.startsWith(`${title}, `)
        ? `${card?.dataset.eventId}`
        : null;
    });
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(agreed).not.toBeNull();
    const id = (await agreed()) ?? '';
    expect(seen, 'a new event each time').not.toContain(id);
    seen.push(id);
  }
});
