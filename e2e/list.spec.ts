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
