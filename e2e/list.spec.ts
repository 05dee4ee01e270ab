import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface EventLike {
  id: string;
  title: string;
}
const data = JSON.parse(
  readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
) as { title: string; events: EventLike[] };

test('the demo page shows every event of the dataset @dates', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.ct-list-item');
  await expect(items).toHaveCount(data.events.length);
  for (const event of data.events) {
    await expect(
      page.locator(`.ct-list-item[data-event-id="${event.id}"] .ct-list-title`),
    ).toHaveText(event.title);
  }
});

test('a day is the same calendar day whatever the time zone, a month stays a month @dates', async ({
  page,
}) => {
  await page.goto('/');
  const talks = page.locator('.ct-list-item[data-event-id="aso-lavrov-talks"]');
  await expect(talks.locator('time')).toHaveText('3 May 2007');
  await expect(talks.locator('time')).toHaveAttribute('datetime', '2007-05-03');
  // The sources date the ASAT test to its month only.
  const asat = page.locator('.ct-list-item[data-event-id="asat-test"]');
  await expect(asat.locator('time')).toHaveText('January 2007');
  await expect(asat.locator('time')).toHaveAttribute('datetime', '2007-01');
});

test("the list view: the toggle names what it does, the chart's controls and keys go with the chart", async ({
  page,
}) => {
  await page.goto('/');
  const root = page.locator('cable-timeline .ct-root');
  const toggle = root.locator('.ct-view-toggle');
  await expect(root.locator('.ct-items .ct-item').first()).toBeVisible();
  const before = await page
    .locator('cable-timeline')
    .evaluate((el) => (el as HTMLElement & { visibleRange(): { k: number } }).visibleRange().k);
  await toggle.click();
  await expect(root.locator('.ct-list-view')).toBeVisible();
  // A named list: a screen reader's list of lists says which one it is.
  await expect(root.getByRole('list', { name: data.title })).toBeVisible();
  await expect(toggle).toHaveText('Timeline');
  await expect(toggle).not.toHaveAttribute('aria-pressed', /./);
  for (const control of [
    '.ct-zoom-in',
    '.ct-zoom-out',
    '.ct-reset',
    '.ct-edge-earlier',
    '.ct-edge-later',
  ])
    await expect(root.locator(control), control).toBeHidden();
  // "+" pressed in the list does not zoom the hidden chart.
  await toggle.focus();
  await page.keyboard.press('+');
  await toggle.click();
  await expect(root.locator('.ct-chart')).toBeVisible();
  await expect(toggle).toHaveText('List');
  await expect(root.locator('.ct-zoom-in')).toBeVisible();
  const after = await page
    .locator('cable-timeline')
    .evaluate((el) => (el as HTMLElement & { visibleRange(): { k: number } }).visibleRange().k);
  expect(after).toBe(before);
});

test("closing the source panel in the list view returns focus to the event's entry", async ({
  page,
}) => {
  const event = data.events[5]!;
  await page.goto(`/#event=${event.id}`);
  const root = page.locator('cable-timeline .ct-root');
  const panel = root.locator('.ct-panel');
  await expect(panel).toHaveAttribute('data-event-id', event.id);
  await root.locator('.ct-view-toggle').click();
  await expect(root.locator('.ct-list-view')).toBeVisible();
  const focusedTitle = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.classList.contains('ct-list-title') ? active.textContent : active?.tagName;
    });
  for (const close of ['button', 'Escape'] as const) {
    await panel.locator('.ct-panel-close').focus();
    if (close === 'button') await page.keyboard.press('Enter');
    else await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect.poll(focusedTitle, close).toBe(event.title);
    await expect(
      root.locator(`.ct-list-item[data-event-id="${event.id}"] .ct-list-title`),
    ).toBeInViewport();
    // Open it again for the next way of closing it.
    await page.locator('cable-timeline').evaluate((el, id) => {
      (el as HTMLElement & { select(id: string): void }).select(id);
    }, event.id);
    await expect(panel).toBeVisible();
  }
});

test("changing heading-level after load changes the titles' heading level", async ({ page }) => {
  const event = data.events[4]!;
  await page.goto(`/#event=${event.id}`);
  const root = page.locator('cable-timeline .ct-root');
  const title = root.locator('.ct-panel .ct-panel-title');
  await expect(title).toHaveText(event.title);
  const level = () => title.evaluate((h) => h.tagName);
  const before = await level();
  const next = before === 'H4' ? '5' : '4';
  await page
    .locator('cable-timeline')
    .evaluate((el, n) => el.setAttribute('heading-level', n), next);
  await expect.poll(level).toBe(`H${next}`);
  await expect(title).toHaveText(event.title);
});
