// Screenshots of the demo article with the real data, for docs/: the timeline in the page at a
// phone, a tablet and a desktop width, with one event's card open. They are written, not compared: run
//   UPDATE_SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts --project=desktop
// and look at docs/screenshot-{375,768,1280}.png before committing them.
import { fileURLToPath } from 'node:url';
import { test, expect, dataset } from './fixtures/timeline';

for (const width of [375, 768, 1280]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width < 600 ? 812 : 900 } });

    test(`the demo article at ${width} px`, async ({ page, timeline }, testInfo) => {
      test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to write docs/*.png');
      test.skip(testInfo.project.name !== 'desktop', 'written once, from the desktop project');
      await timeline.goto('/');
      await page.evaluate(() => document.fonts.ready);
      await expect.poll(() => timeline.representedCount()).toBe(dataset.events.length);
      await expect(timeline.root.locator('.ct-hint')).not.toHaveClass(/\bct-hint-visible\b/);
      await page.locator('cable-timeline').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const marker = timeline.marker('abe-putin-meeting');
      if (await marker.isVisible()) {
        await marker.hover();
        await expect(timeline.card).toBeVisible();
      }
      await page.screenshot({
        path: fileURLToPath(new URL(`../docs/screenshot-${width}.png`, import.meta.url)),
        animations: 'disabled',
      });
    });
  });
}
