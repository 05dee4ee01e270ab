import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface EventLike {
  id: string;
  title: string;
}
const data = JSON.parse(
  readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
) as { events: EventLike[] };

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

test('the ASAT test is dated 11 January 2007 whatever the time zone @dates', async ({ page }) => {
  await page.goto('/');
  const item = page.locator('.ct-list-item[data-event-id="asat-test"]');
  await expect(item.locator('time')).toHaveText('11 January 2007');
  await expect(item.locator('time')).toHaveAttribute('datetime', '2007-01-11');
});
