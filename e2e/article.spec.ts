// Issue 5: the demo article. It does not shift while the timeline loads, its notes drive the
// timeline as the reader scrolls (without taking focus or scrolling the page), and it prints as
// a list of events with their passages instead of a clipped chart.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  frames,
  oneLaneTimeline,
  TimelinePage,
  type DataFile,
} from './fixtures/timeline';

/** The data the build pre-renders into the page and the article's notes refer to. */
const built = JSON.parse(
  readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
) as DataFile;

/** Resolves once the page's <cable-timeline> has rendered its data. */
async function ready(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const element = document.querySelector('cable-timeline') as
          (HTMLElement & { handle: unknown }) | null;
        if (!element || element.handle) resolve();
        else element.addEventListener('ready', () => resolve(), { once: true });
      }),
  );
}

/**
 * The demo article in a fresh context of its own size and input (a phone's touch), loaded and
 * with its timeline sticky beside the notes.
 */
async function stickyDemo(
  browser: Browser,
  size: { width: number; height: number; touch: boolean },
): Promise<{ context: BrowserContext; page: Page; element: Locator; timeline: TimelinePage }> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
  });
  const page = await context.newPage();
  const element = page.locator('cable-timeline');
  try {
    await page.goto('/');
    await ready(page);
    expect(await element.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  } catch (cause) {
    await context.close();
    throw cause;
  }
  return {
    context,
    page,
    element,
    timeline: new TimelinePage(page, page.locator('cable-timeline .ct-root')),
  };
}

test('the demo article does not shift while the timeline loads', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: string[]; __cls: number };
    w.__shifts = [];
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: Array<{ node?: Node | null }>;
        };
        if (shift.hadRecentInput) continue;
        w.__cls += shift.value;
        const nodes = (shift.sources ?? []).map((s) => {
          const node = s.node as Element | null | undefined;
          return node ? `${node.nodeName.toLowerCase()}.${node.className}` : '?';
        });
        w.__shifts.push(`${shift.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await ready(page);
  await frames(page, 3);
  await page.waitForTimeout(500);
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __shifts: string[]; __cls: number };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  expect(shifts).toEqual([]);
  expect(cls).toBe(0);
});

test.describe('scrollytelling', () => {
  test('every note names an event of the dataset', async ({ page }) => {
    await page.goto('/');
    const ids = await page
      .locator('[data-timeline-event]')
      .evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.timelineEvent ?? ''));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const known = new Set(built.events.map((e) => e.id));
    for (const id of ids) expect(known, id).toContain(id);
  });

  test('notes select and pan to their event as the reader scrolls; focus and page stay put', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page);
    const element = page.locator('cable-timeline');
    const timeline = new TimelinePage(page);
    const notes = page.locator('[data-timeline-event]');
    const ids = await notes.evaluateAll((all) =>
      all.map((n) => (n as HTMLElement).dataset.timelineEvent ?? ''),
    );
    const height = page.viewportSize()?.height ?? 700;
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
    const noteTop = (i: number) =>
      notes.nth(i).evaluate((n) => Math.round(n.getBoundingClientRect().top));

    // A script (or an anchor) scrolling a note into the band selects nothing: only readers do.
    await notes.nth(1).evaluate((n, h) => {
      window.scrollBy(0, n.getBoundingClientRect().top - h * 0.65);
    }, height);
    await page.waitForTimeout(400);
    await expect(element).not.toHaveAttribute('event', /./);

    // The reader's wheel, away from the timeline: at the page's margin, below a sticky chart.
    await page.mouse.move(4, Math.round(height * 0.9));
    for (const [i, id] of ids.entries()) {
      const before = await scrollY();
      const delta = (await noteTop(i)) - Math.round(height * 0.65);
      await page.mouse.wheel(0, delta);
      await expect.poll(() => element.getAttribute('event'), `note ${i}`).toBe(id);
      await expect(timeline.panel).toHaveAttribute('data-event-id', id);
      await expect(notes.nth(i)).toHaveClass(/\bct-scrolly-active\b/);
      // The event is drawn on screen, on its own.
      await expect(timeline.marker(id)).toBeVisible();
      // The page went where the wheel sent it, and stays there as the panel opens.
      await expect.poll(scrollY).toBeGreaterThanOrEqual(before + delta - 2);
      const settled = await scrollY();
      expect(
        Math.abs(settled - (before + delta)),
        'scrolled by the wheel only',
      ).toBeLessThanOrEqual(2);
      const top = await noteTop(i);
      await frames(page, 3);
      await page.waitForTimeout(200);
      expect(await scrollY()).toBe(settled);
      expect(await noteTop(i)).toBe(top);
      // Nothing took focus.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    }
  });

  for (const size of [
    { name: 'desktop', width: 1280, height: 900, touch: false },
    { name: 'tall phone', width: 412, height: 915, touch: true },
  ]) {
    test(`over the sticky timeline the reader's wheel or swipe scrolls the page (${size.name})`, async ({
      browser,
    }) => {
      const { context, page, timeline } = await stickyDemo(browser, size);
      try {
        const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
        // Into the notes, where the timeline sticks: then over its plot, away from any marker.
        await page.locator('[data-timeline-event]').nth(1).scrollIntoViewIfNeeded();
        const before = await scrollY();
        const at = await timeline.emptyPoint();
        if (size.touch) {
          await timeline.swipe(at, { x: at.x, y: at.y - 200 });
        } else {
          await page.mouse.move(at.x, at.y);
          await page.mouse.wheel(0, 200);
        }
        await expect.poll(scrollY).toBeGreaterThan(before + 50);
      } finally {
        await context.close();
      }
    });
  }

  test('the list view leaves the sticky box: the page scrolls through it @desktop-only', async ({
    browser,
  }) => {
    const { context, page, element, timeline } = await stickyDemo(browser, {
      width: 412,
      height: 915,
      touch: true,
    });
    try {
      await timeline.root.locator('.ct-view-toggle').tap();
      await expect(element).toHaveAttribute('view', 'list');
      await expect(timeline.root.locator('.ct-list-view')).toBeVisible();
      // In the flow, as long as its list: nothing scrolls inside it.
      expect(await element.evaluate((el) => getComputedStyle(el).position)).not.toBe('sticky');
      expect(await element.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(
        1,
      );
      const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
      const before = await scrollY();
      const box = (await timeline.root.locator('.ct-list-view').boundingBox())!;
      const at = { x: box.x + box.width / 2, y: Math.min(box.y + box.height, 915) - 150 };
      await timeline.swipe(at, { x: at.x, y: at.y - 300 });
      await expect.poll(scrollY).toBeGreaterThan(before + 100);
      // Back to the chart, and into the sticky box again.
      await element.evaluate((el) => el.removeAttribute('view'));
      await expect(timeline.root.locator('.ct-chart')).toBeVisible();
      expect(await element.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    } finally {
      await context.close();
    }
  });

  test('on a short phone the timeline stays in the flow and the notes leave it alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/');
    await ready(page);
    const element = page.locator('cable-timeline');
    expect(await element.evaluate((el) => getComputedStyle(el).position)).not.toBe('sticky');
    const notes = page.locator('[data-timeline-event]');
    await page.mouse.move(4, 650);
    const last = (await notes.count()) - 1;
    for (let i = 0; i < 60; i++) {
      const top = await notes.nth(last).evaluate((n) => n.getBoundingClientRect().top);
      if (top < 300) break;
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    await expect(element).not.toHaveAttribute('event', /./);
  });
});

test.describe('print', () => {
  test('the article prints the list of events with their passages, not the chart', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('cable-timeline .ct-root')).toBeHidden();
    // The chart's own list view, hidden on paper, is not built for nothing.
    await expect(page.locator('cable-timeline .ct-list-view .ct-list-item')).toHaveCount(0);
    const fallback = page.locator('cable-timeline > .ct-fallback');
    await expect(fallback).toBeVisible();
    const items = fallback.locator('.ct-list-item');
    await expect(items).toHaveCount(built.events.length);
    for (const event of built.events) {
      const item = fallback.locator(`.ct-list-item[data-event-id="${event.id}"]`);
      await expect(item.locator('.ct-list-title')).toBeVisible();
      await expect(item.locator('.ct-list-quote')).toHaveCount(event.citations.length);
      await expect(item.locator('.ct-list-source').first()).toBeVisible();
    }
    // The whole list is laid out, not clipped to the chart's box.
    const clipped = await page
      .locator('cable-timeline')
      .evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    expect(clipped).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('after src or lang changes, what prints is the data shown, not the pre-rendered list', async ({
    page,
  }) => {
    const other = oneLaneTimeline('Another story', { id: 'one', label: 'One' }, [
      { id: 'first', date: '2001-02-03', title: 'The first of the other events' },
      { id: 'second', date: '2002-03-04', title: 'The second of the other events' },
    ]);
    await page.route('**/e2e-data/other.json', (route) => route.fulfill({ json: other }));
    await page.route('**/e2e-data/missing.json', (route) => route.fulfill({ status: 404 }));
    const element = page.locator('cable-timeline');
    const fallback = page.locator('cable-timeline > .ct-fallback');
    const printed = page.locator('cable-timeline .ct-print');
    /** Sets an attribute of the element and resolves once it has rendered what it names. */
    const change = (name: string, value: string) =>
      element.evaluate(
        (el, [name, value]) =>
          new Promise<void>((resolve) => {
            el.addEventListener('ready', () => resolve(), { once: true });
            el.setAttribute(name!, value!);
          }),
        [name, value],
      );
    const print = async () => {
      // What the browser does as printing starts (emulateMedia alone does not).
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
    };

    await page.goto('/embed.html');
    await ready(page);
    await expect(fallback).toHaveCount(1);
    await change('src', '/e2e-data/other.json');
    await print();
    await expect(fallback).toHaveCount(0);
    await expect(printed).toBeVisible();
    await expect(printed.locator('.ct-list-title')).toHaveText(other.events.map((e) => e.title));

    // A src that fails: the reason prints (the pre-rendered list was of other data).
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/embed.html');
    await ready(page);
    await element.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          el.addEventListener('error', () => resolve(), { once: true });
          el.setAttribute('src', '/e2e-data/missing.json');
        }),
    );
    await print();
    await expect(fallback).toHaveCount(0);
    const reason = page.locator('cable-timeline .ct-status');
    await expect(reason).toBeVisible();
    await expect(reason).toHaveText(/could not be loaded \(HTTP 404/);

    // The language: the list prints in the element's new one.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/embed.html');
    await ready(page);
    await expect(fallback).toHaveCount(1);
    await change('lang', 'ja');
    await print();
    await expect(fallback).toHaveCount(0);
    await expect(printed.locator('.ct-list-item')).toHaveCount(built.events.length);
    await expect(
      printed.locator('.ct-list-item[data-event-id="abe-putin-meeting"] .ct-list-date'),
    ).toHaveText('2007年6月7日');
  });

  test('without a pre-rendered list, the element prints its own (in its language)', async ({
    page,
  }) => {
    // ?lang=ja drops the English pre-rendered list.
    await page.goto('/embed.html?lang=ja');
    await ready(page);
    await expect(page.locator('cable-timeline > .ct-fallback')).toHaveCount(0);
    // What the browser does as printing starts (emulateMedia alone does not).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('cable-timeline .ct-root')).toBeHidden();
    const list = page.locator('cable-timeline .ct-print');
    await expect(list).toBeVisible();
    await expect(list.locator('.ct-list-item')).toHaveCount(built.events.length);
    // Dates in the element's language (a dateLabel, "early 2006", is the data's own text).
    await expect(
      list.locator('.ct-list-item[data-event-id="abe-putin-meeting"] .ct-list-date'),
    ).toHaveText('2007年6月7日');
  });
});
