// Issue 3: the renderer in real Chromium. Every event is drawn exactly once (as a marker, in a
// cluster, or counted beyond an edge) without colliding labels at several zoom levels; the
// article-friendly gestures (ctrl + wheel zooms, a plain wheel scrolls the page, drag, horizontal
// wheel, shift + wheel and a horizontal swipe pan, a vertical swipe scrolls the page, the
// overview brush zooms); and dates are drawn where they fall, in every time zone the suite runs.
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  dataset,
  frames,
  type TimelinePage,
  type ViewRange,
} from './fixtures/timeline';

const DAY = 86_400_000;
const eventCount = dataset.events.length;

const span = (view: ViewRange) => view.end - view.start;

/** Every event accounted for exactly once, and no two items' boxes intersecting. */
async function expectEveryEventOnceWithoutCollisions(
  timeline: TimelinePage,
  where: string,
): Promise<void> {
  await expect
    .poll(() => timeline.representedCount(), `${where}: markers + cluster counts + edge counts`)
    .toBe(eventCount);
  expect(await timeline.collisions(), `${where}: intersecting boxes`).toEqual([]);
}

/** Waits for a zoom transition to end with the visible range `expected` long (± 0.1 %). */
async function expectSpan(timeline: TimelinePage, expected: number): Promise<void> {
  await expect
    .poll(async () => Math.abs(span(await timeline.viewRange()) / expected - 1), 'view length')
    .toBeLessThan(0.001);
}

/**
 * Presses a toolbar button as the device would: a tap on a touch screen (a click there would
 * leave a mouse pointer behind, which opens hover cards once the page scrolls under it).
 */
async function press(timeline: TimelinePage, selector: string): Promise<void> {
  const button = timeline.root.locator(selector);
  const touch = await timeline.page.evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) await button.tap();
  else await button.click();
}

async function zoomInOnce(timeline: TimelinePage): Promise<ViewRange> {
  const before = await timeline.viewRange();
  await press(timeline, '.ct-zoom-in');
  await expectSpan(timeline, span(before) / 2);
  return timeline.viewRange();
}

/** Milliseconds per page pixel in the current view. */
async function msPerPixel(timeline: TimelinePage, view: ViewRange): Promise<number> {
  const left = await timeline.xAt(view.start);
  const right = await timeline.xAt(view.end);
  return span(view) / (right - left);
}

async function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/**
 * Ready for a test of page scrolling over the chart: the article's scrollytelling (which selects
 * and pans to an event as its note scrolls past) is turned off, so that only the chart's own
 * gestures can move the view, and the page is given room below to scroll.
 */
async function prepareToScrollPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    document
      .querySelectorAll('cable-timeline[scrolly]')
      .forEach((e) => e.removeAttribute('scrolly'));
    document.body.style.paddingBottom = '3000px';
  });
}

test.describe('every event exactly once, no colliding labels', () => {
  test('at the overview and three deeper zoom levels (zoom-in button)', async ({ timeline }) => {
    await timeline.goto('/');
    await expectEveryEventOnceWithoutCollisions(timeline, 'overview');
    for (const factor of [2, 4, 8]) {
      await zoomInOnce(timeline);
      await expectEveryEventOnceWithoutCollisions(timeline, `zoomed ×${factor}`);
    }
  });

  test('in the densest weeks, zoomed in step by step', async ({ timeline }) => {
    await timeline.goto('/');
    for (const [start, end] of [
      ['2007-05', '2007-07'],
      ['2007-06-01', '2007-06-16'],
      ['2009-01', '2009-05'],
      ['2009-02-10', '2009-02-25'],
    ] as const) {
      await timeline.zoomTo(start, end);
      await expectEveryEventOnceWithoutCollisions(timeline, `${start} – ${end}`);
    }
  });
});

test('the zoom buttons zoom in and out around the centre, and reset', async ({ timeline }) => {
  await timeline.goto('/');
  const initial = await timeline.viewRange();
  const centre = (view: ViewRange) => (view.start + view.end) / 2;

  const twice = await zoomInOnce(timeline);
  expect(Math.abs(centre(twice) - centre(initial)), 'centre kept').toBeLessThan(DAY);
  const labelsAt2 = await timeline.axisLabels();
  await zoomInOnce(timeline);
  await expect
    .poll(() => timeline.axisLabels(), 'axis labels follow the zoom')
    .not.toEqual(labelsAt2);

  await press(timeline, '.ct-zoom-out');
  await expectSpan(timeline, span(initial) / 2);

  await press(timeline, '.ct-reset');
  await expect.poll(() => timeline.viewRange()).toEqual(initial);
  await expectEveryEventOnceWithoutCollisions(timeline, 'after reset');
});

test('axis, overview and item labels and badges are whole: none is cut by the edges', async ({
  timeline,
}) => {
  await timeline.goto('/');
  const states: Array<[string, () => Promise<unknown>]> = [
    ['at load', () => Promise.resolve()],
    ['zoomed ×2', () => zoomInOnce(timeline)],
    ['zoomed ×4', () => zoomInOnce(timeline)],
    ['a few weeks', () => timeline.zoomTo('2008-03-17', '2008-05-02')],
    ['ten days', () => timeline.zoomTo('2009-02-12', '2009-02-21')],
    ['a month with events on both sides', () => timeline.zoomTo('2008-02-01', '2008-02-29')],
    ['just after a busy winter', () => timeline.zoomTo('2009-04-01', '2009-09-30')],
    ['two years', () => timeline.zoomTo('2007-07-20', '2009-08-10')],
    // Months barely wide enough to be the axis' major periods: "February 2008" is wider.
    [
      'months of 92 pixels',
      async () => {
        const width = await timeline.root.evaluate((root) => root.clientWidth);
        const days = Math.round(width / (92 / 30.44));
        const end = new Date(Date.UTC(2008, 0, days)).toISOString().slice(0, 10);
        await timeline.zoomTo('2008-01-01', end);
      },
    ],
  ];
  for (const [where, reach] of states) {
    await reach();
    expect(await timeline.cutLabels(), where).toEqual([]);
    expect(await overlappingAxisLabels(timeline), where).toEqual([]);
    // The toolbar's buttons hold their text ("← 18" on a phone rather than "← 18 earlier").
    const overflowing = await timeline.root.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('.ct-toolbar button')]
        .filter((b) => !b.hidden && b.scrollWidth > b.clientWidth + 1)
        .map((b) => b.textContent),
    );
    expect(overflowing, where).toEqual([]);
    // An event's label shows only while its mark does: a label alone at the edge would seem to
    // date an event that lies before the view.
    const orphans = await timeline.root.evaluate((root) => {
      const left = root.querySelector('.ct-viewport')?.getBoundingClientRect().left ?? 0;
      return [...root.querySelectorAll<HTMLElement>('.ct-items .ct-item')]
        .filter((item) => {
          const label = item.querySelector('.ct-label');
          const mark = item.querySelector('.ct-mark');
          if (!label || !mark || getComputedStyle(label).visibility === 'hidden') return false;
          return mark.getBoundingClientRect().right <= left;
        })
        .map((item) => item.dataset.eventId);
    });
    expect(orphans, where).toEqual([]);
    // A cluster's badge names its count, whole ("2 events") or, cut by an edge, alone ("2").
    const badges = await timeline.root.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('.ct-items .ct-cluster')].flatMap((cluster) => {
        const badge = cluster.querySelector('.ct-badge');
        if (!badge || badge.classList.contains('ct-cut')) return [];
        const count = cluster.dataset.count ?? '';
        const text = badge.textContent ?? '';
        return text === count || text === `${count} events` ? [] : [`${count}: "${text}"`];
      }),
    );
    expect(badges, where).toEqual([]);
  }
});

test('a year or month boundary does not strike through the minor label on it ("Jan", "1")', async ({
  timeline,
}) => {
  await timeline.goto('/');
  for (const where of ['at load', 'months over days']) {
    if (where === 'months over days') await timeline.zoomTo('2008-01-20', '2008-03-10');
    const struck = await timeline.root.evaluate((root) => {
      const found: string[] = [];
      const lines = [...root.querySelectorAll<SVGLineElement>('.ct-axis-boundary')];
      const labels = [...root.querySelectorAll<SVGTextElement>('.ct-axis-minor text')].filter(
        (t) => t.textContent && getComputedStyle(t).visibility !== 'hidden',
      );
      for (const line of lines) {
        const box = line.getBoundingClientRect();
        const dashes = (line.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).map(Number);
        const [dash, gapLength] = dashes;
        const gapTop = box.top + (dash ?? NaN);
        const gapBottom = gapTop + (gapLength ?? NaN);
        for (const label of labels) {
          const text = label.getBoundingClientRect();
          if (box.left < text.left || box.left > text.right) continue;
          if (!(gapTop <= text.top + 1 && gapBottom >= text.bottom - 1))
            found.push(label.textContent ?? '');
        }
      }
      return found;
    });
    expect(struck, where).toEqual([]);
  }
});

test('the last events are named on the first view: their labels go left of their marks', async ({
  timeline,
}) => {
  await timeline.goto('/');
  const latest = [...dataset.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-2)
    .map((e) => e.id);
  for (const id of latest) {
    const marker = timeline.marker(id);
    await expect(marker, id).toBeVisible();
    const label = marker.locator('.ct-label');
    await expect(label, `${id}: label shown`).not.toHaveClass(/ct-cut/);
    const [mark, text, plot] = await Promise.all([
      marker.locator('.ct-mark').boundingBox(),
      label.boundingBox(),
      timeline.root.locator('.ct-viewport').boundingBox(),
    ]);
    expect(text!.width, `${id}: a readable label`).toBeGreaterThan(40);
    expect(text!.x + text!.width, `${id}: label left of its mark`).toBeLessThanOrEqual(mark!.x);
    expect(mark!.x + mark!.width, `${id}: mark inside the plot`).toBeLessThanOrEqual(
      plot!.x + plot!.width,
    );
  }
});

/**
 * Visible axis labels of one row (major or minor) whose boxes overlap, and period labels that
 * start before their period.
 */
function overlappingAxisLabels(timeline: TimelinePage): Promise<string[]> {
  return timeline.root.evaluate((root) => {
    const found: string[] = [];
    for (const selector of ['.ct-axis-major-label', '.ct-axis-minor text']) {
      const boxes = [...root.querySelectorAll(selector)]
        .filter((t) => t.textContent && getComputedStyle(t).visibility !== 'hidden')
        .map((t) => ({ text: t.textContent ?? '', rect: t.getBoundingClientRect() }))
        .filter((b) => b.rect.width > 0)
        .sort((a, b) => a.rect.left - b.rect.left);
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        if (a.rect.right > b.rect.left + 0.5) found.push(`"${a.text}" over "${b.text}"`);
      }
    }
    // A period's label starts after its boundary (or at the plot's edge, once that has passed).
    const plotLeft = root.querySelector('.ct-axis')?.getBoundingClientRect().left ?? 0;
    root.querySelectorAll('.ct-axis-major').forEach((major) => {
      const text = major.querySelector('text');
      const line = major.querySelector('line')?.getBoundingClientRect();
      if (!text || !line || getComputedStyle(text).visibility === 'hidden') return;
      if (line.left >= plotLeft && text.getBoundingClientRect().left < line.left - 0.5)
        found.push(`"${text.textContent}" before its boundary`);
    });
    return found;
  });
}

test.describe('mouse and wheel @desktop-only', () => {
  test('ctrl + wheel zooms around the pointer and changes the axis', async ({ page, timeline }) => {
    await timeline.goto('/');
    const point = await timeline.emptyPoint();
    await page.mouse.move(point.x, point.y);
    const before = await timeline.viewRange();
    const perPixel = await msPerPixel(timeline, before);
    const underPointer = before.start + (point.x - (await timeline.xAt(before.start))) * perPixel;
    const labels = await timeline.axisLabels();
    const pageY = await scrollY(page);

    // One mouse notch with ctrl zooms in 2×, as the + button does (not d3's 4× pinch pace).
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await expect
      .poll(async () => span(await timeline.viewRange()))
      .toBeLessThan(span(before) * 0.51);
    expect(span(await timeline.viewRange())).toBeGreaterThan(span(before) * 0.49);
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');

    await expect.poll(async () => span(await timeline.viewRange())).toBeLessThan(span(before) / 3);
    await expect.poll(() => timeline.axisLabels()).not.toEqual(labels);
    // The instant under the pointer stays under it (within a pixel).
    const after = await timeline.viewRange();
    expect(Math.abs((await timeline.xAt(underPointer)) - point.x)).toBeLessThan(1);
    expect(await scrollY(page), 'the page did not scroll').toBe(pageY);
    await expectEveryEventOnceWithoutCollisions(timeline, 'after ctrl + wheel');

    // And back out.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await expect.poll(async () => span(await timeline.viewRange())).toBeGreaterThan(span(after));
  });

  test('a plain wheel scrolls the page, leaves the view alone and shows the hint', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await prepareToScrollPage(page);
    const hint = timeline.root.locator('.ct-hint');
    await expect(hint).not.toHaveClass(/\bct-hint-visible\b/);
    const point = await timeline.emptyPoint();
    await page.mouse.move(point.x, point.y);
    const before = await timeline.viewRange();
    const labels = await timeline.axisLabels();

    await page.mouse.wheel(0, 300);

    await expect.poll(() => scrollY(page), 'the page scrolls').toBeGreaterThan(100);
    await expect(hint).toHaveClass(/\bct-hint-visible\b/);
    await expect(hint).toHaveText('Ctrl + scroll to zoom');
    await expect(hint).toHaveCSS('opacity', '1');
    expect(await timeline.viewRange()).toEqual(before);
    expect(await timeline.axisLabels()).toEqual(labels);
    // The hint goes away by itself.
    await expect(hint).not.toHaveClass(/\bct-hint-visible\b/);
  });

  test('dragging an empty part of the chart pans', async ({ page, timeline }) => {
    await timeline.goto('/');
    await zoomInOnce(timeline);
    const point = await timeline.emptyPoint();
    const before = await timeline.viewRange();
    const perPixel = await msPerPixel(timeline, before);

    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x - 200, point.y + 5, { steps: 10 });
    await page.mouse.up();

    await expect
      .poll(async () => ((await timeline.viewRange()).start - before.start) / perPixel, 'pixels')
      .toBeCloseTo(200, 0);
    expect(span(await timeline.viewRange())).toBeCloseTo(span(before), -3);
    await expect(timeline.panel).toBeHidden();
    await expectEveryEventOnceWithoutCollisions(timeline, 'after dragging');
  });

  test('a horizontal wheel and shift + wheel pan without scrolling the page', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await prepareToScrollPage(page);
    await zoomInOnce(timeline);
    const point = await timeline.emptyPoint();
    await page.mouse.move(point.x, point.y);
    const pageY = await scrollY(page);

    const before = await timeline.viewRange();
    await page.mouse.wheel(200, 0);
    await expect.poll(async () => (await timeline.viewRange()).start).toBeGreaterThan(before.start);
    const panned = await timeline.viewRange();
    expect(span(panned)).toBeCloseTo(span(before), -3);

    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await timeline.viewRange()).start).toBeLessThan(panned.start);
    expect(span(await timeline.viewRange())).toBeCloseTo(span(before), -3);

    expect(await scrollY(page), 'the page did not scroll').toBe(pageY);
    await expect(timeline.root.locator('.ct-hint')).not.toHaveClass(/\bct-hint-visible\b/);
  });

  test('a press on the overview window that wavers by a pixel or two does not move the view', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await zoomInOnce(timeline);
    const selection = timeline.root.locator('.ct-brush .selection');
    await selection.scrollIntoViewIfNeeded();
    const window = (await selection.boundingBox())!;
    const before = await timeline.viewRange();
    await page.mouse.move(window.x + window.width / 2, window.y + window.height / 2);
    await page.mouse.down();
    await page.mouse.move(window.x + window.width / 2 + 2, window.y + window.height / 2 + 1);
    await page.mouse.up();
    await frames(page);
    expect(await timeline.viewRange()).toEqual(before);
  });

  test('brushing the overview outside the current window zooms to the brushed range', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await zoomInOnce(timeline); // at load the window covers most of the overview
    const overview = timeline.root.locator('.ct-overview');
    const selection = timeline.root.locator('.ct-brush .selection');
    await overview.scrollIntoViewIfNeeded();
    const box = await overview.boundingBox();
    const current = await selection.boundingBox();
    if (!box || !current) throw new Error('overview not laid out');
    const instantAt = await overviewScale(timeline);

    const leftRoom = current.x - box.x;
    const rightRoom = box.x + box.width - (current.x + current.width);
    expect(Math.max(leftRoom, rightRoom), 'room outside the window').toBeGreaterThan(60);
    const [x0, x1] =
      leftRoom > rightRoom
        ? [box.x + 10, box.x + 10 + Math.min(leftRoom - 30, 160)]
        : [box.x + box.width - 10 - Math.min(rightRoom - 30, 160), box.x + box.width - 10];
    const y = box.y + box.height / 2;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move(x1, y, { steps: 8 });
    await page.mouse.up();

    // The view becomes the brushed range (in whole days), and the window is drawn where brushed.
    await expect
      .poll(async () => {
        const view = await timeline.viewRange();
        return Math.max(Math.abs(view.start - instantAt(x0)), Math.abs(view.end - instantAt(x1)));
      }, 'distance from the brushed range, in ms')
      .toBeLessThan(1.5 * DAY);
    const shown = await selection.boundingBox();
    expect(Math.abs((shown?.x ?? NaN) - x0), 'window left edge').toBeLessThan(2);
    expect(Math.abs((shown?.width ?? NaN) - (x1 - x0)), 'window width').toBeLessThan(2);
    await expectEveryEventOnceWithoutCollisions(timeline, 'after brushing');
  });
});

test('a click or tap near either end of the overview keeps the view, and its window, within the data', async ({
  timeline,
  isMobile,
}) => {
  await timeline.goto('/');
  await zoomInOnce(timeline);
  const zoomed = await zoomInOnce(timeline);
  const overview = timeline.root.locator('.ct-overview');
  const selection = timeline.root.locator('.ct-brush .selection');
  await overview.scrollIntoViewIfNeeded();
  const box = (await overview.boundingBox())!;
  const windowWidth = (await selection.boundingBox())!.width;
  for (const x of [4, box.width - 4]) {
    const before = await timeline.viewRange();
    const position = { x, y: box.height / 2 };
    if (isMobile) await overview.tap({ position });
    else await overview.click({ position });
    await expect.poll(async () => (await timeline.viewRange()).start).not.toBe(before.start);
    // The same length of time (the overview moves the window in whole days).
    expect(Math.abs(span(await timeline.viewRange()) / span(zoomed) - 1)).toBeLessThan(0.01);
    const shown = (await selection.boundingBox())!;
    expect(shown.x, `click at ${x}: window inside the overview`).toBeGreaterThanOrEqual(box.x - 1);
    expect(shown.x + shown.width, `click at ${x}`).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(Math.abs(shown.width - windowWidth), `click at ${x}: window whole`).toBeLessThan(2);
  }
});

/** The overview's scale, page x → instant, from its first and last year labels (at 1 January + 3 px). */
async function overviewScale(timeline: TimelinePage): Promise<(x: number) => number> {
  const years = await timeline.root.locator('.ct-overview-years text').evaluateAll((labels) =>
    labels.map((label) => ({
      year: Number(label.textContent),
      x:
        (label.closest('svg')?.getBoundingClientRect().left ?? NaN) +
        Number(label.getAttribute('x')) -
        3,
    })),
  );
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last || first === last) throw new Error('the overview needs two year labels');
  const t0 = Date.UTC(first.year, 0, 1);
  const t1 = Date.UTC(last.year, 0, 1);
  return (x) => t0 + ((x - first.x) / (last.x - first.x)) * (t1 - t0);
}

test.describe('touch', () => {
  test("a finger finds the overview window's edge grip: 24 px wide, a drag from it resizes the window", async ({
    timeline,
    isMobile,
  }) => {
    test.skip(!isMobile, 'a finger');
    await timeline.goto('/');
    await zoomInOnce(timeline);
    const selection = timeline.root.locator('.ct-brush .selection');
    await selection.scrollIntoViewIfNeeded();
    const grip = timeline.root.locator('.ct-brush .handle--e');
    expect((await grip.boundingBox())!.width).toBeGreaterThanOrEqual(24);
    const window = (await selection.boundingBox())!;
    const before = await timeline.viewRange();
    // 9 px right of the edge: outside a mouse's 6 px grip, inside a finger's.
    const y = window.y + window.height / 2;
    const edge = window.x + window.width;
    await timeline.swipe({ x: edge + 9, y }, { x: edge + 60, y });
    await expect.poll(async () => (await timeline.viewRange()).end).toBeGreaterThan(before.end);
    expect(Math.abs((await timeline.viewRange()).start - before.start)).toBeLessThan(
      86_400_000 * 2,
    );
  });

  test.skip(({ hasTouch }) => !hasTouch, 'touch only (the mobile project)');

  test('a horizontal swipe pans and leaves the page where it was', async ({ page, timeline }) => {
    await timeline.goto('/');
    await zoomInOnce(timeline);
    const point = await timeline.emptyPoint();
    const before = await timeline.viewRange();
    const perPixel = await msPerPixel(timeline, before);
    const pageY = await scrollY(page);

    await timeline.swipe(point, { x: point.x - 150, y: point.y + 4 });

    await expect
      .poll(async () => ((await timeline.viewRange()).start - before.start) / perPixel, 'pixels')
      .toBeGreaterThan(140);
    expect(((await timeline.viewRange()).start - before.start) / perPixel).toBeLessThan(151);
    expect(span(await timeline.viewRange())).toBeCloseTo(span(before), -3);
    expect(await scrollY(page), 'the page did not scroll').toBe(pageY);
    await expect(timeline.panel).toBeHidden();
    await expectEveryEventOnceWithoutCollisions(timeline, 'after swiping');
  });

  test('a vertical swipe that starts on the overview scrolls the page and leaves the view alone', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await zoomInOnce(timeline);
    await prepareToScrollPage(page);
    const selection = timeline.root.locator('.ct-brush .selection');
    await selection.scrollIntoViewIfNeeded();
    const window = (await selection.boundingBox())!;
    const point = { x: window.x + window.width / 2, y: window.y + window.height / 2 };
    const before = await timeline.viewRange();
    const pageY = await scrollY(page);
    // A thumb is never quite straight (3 px sideways), and a slow start moves within the
    // browser's touch slop before the page takes the gesture.
    await timeline.swipe(point, { x: point.x + 3, y: point.y - 250 }, 100);
    await expect.poll(() => scrollY(page), 'the page scrolls').toBeGreaterThan(pageY + 150);
    expect(await timeline.viewRange()).toEqual(before);
  });

  test('a vertical swipe scrolls the page and leaves the view alone', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await prepareToScrollPage(page);
    const point = await timeline.emptyPoint();
    const before = await timeline.viewRange();

    await timeline.swipe(point, { x: point.x + 3, y: point.y - 250 });

    await expect.poll(() => scrollY(page), 'the page scrolls').toBeGreaterThan(150);
    expect(await timeline.viewRange()).toEqual(before);
    await expect(timeline.panel).toBeHidden();
  });
});

test.describe('dates drawn where they fall', () => {
  test.beforeEach(async ({ page }) => {
    // zoomTo then jumps instead of animating.
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('a day-precision event sits on its day @dates', async ({ timeline }) => {
    await timeline.goto('/');
    const marker = timeline.marker('fukuda-keeps-course');
    // About four months on screen: a day is a few pixels wide and the event a dot.
    await timeline.zoomTo('2007-08-15', '2007-12-15');
    await expect(marker).toBeVisible();
    await expect(marker).toHaveClass(/\bct-point\b/);
    await expect(marker).toHaveAttribute('aria-label', /, 4 October 2007$/);
    const dot = await marker.locator('.ct-mark').boundingBox();
    if (!dot) throw new Error('no mark');
    const dayStart = await timeline.xAt(Date.UTC(2007, 9, 4));
    const dayEnd = await timeline.xAt(Date.UTC(2007, 9, 5));
    expect(dayEnd - dayStart, 'pixels per day').toBeGreaterThan(3); // one day off would show
    // A dot is centred on its day (noon UTC of the calendar day, whatever the zone).
    const centre = dot.x + dot.width / 2;
    const noon = (dayStart + dayEnd) / 2;
    expect(Math.abs(centre - noon), `dot centre ${centre}, 4 October ${noon}`).toBeLessThanOrEqual(
      1.5,
    );

    // Two weeks on screen: the day is a bar, starting where 4 October starts.
    await timeline.zoomTo('2007-09-27', '2007-10-10');
    await expect(marker).toHaveClass(/\bct-bar\b/);
    const bar = await marker.locator('.ct-mark').boundingBox();
    const barStart = await timeline.xAt(Date.UTC(2007, 9, 4));
    expect(Math.abs((bar?.x ?? NaN) - barStart), 'bar starts on 4 October').toBeLessThanOrEqual(
      1.5,
    );
  });

  test('a bar spans exactly the days of its event @dates', async ({ timeline }) => {
    // Multi-day events, each shown with ten days either side (first day to last, inclusive).
    const spans = dataset.events.filter((e) => e.end && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
    expect(spans.length, 'day-precision spans in the dataset').toBeGreaterThan(0);
    await timeline.goto('/');
    for (const event of spans.slice(0, 3)) {
      const first = Date.parse(event.date);
      const after = Date.parse(event.end ?? '') + DAY;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      await timeline.zoomTo(iso(first - 10 * DAY), iso(after + 10 * DAY));
      const marker = timeline.marker(event.id);
      await expect(marker, event.id).toHaveClass(/\bct-bar\b/);
      const bar = await marker.locator('.ct-mark').boundingBox();
      if (!bar) throw new Error(`no mark for ${event.id}`);
      const x0 = await timeline.xAt(first);
      const x1 = await timeline.xAt(after);
      expect(Math.abs(bar.x - x0), `${event.id}: starts on ${event.date}`).toBeLessThanOrEqual(1.5);
      expect(
        Math.abs(bar.x + bar.width - x1),
        `${event.id}: ends with ${event.end} (bar ${bar.x}–${bar.x + bar.width}, days ${x0}–${x1})`,
      ).toBeLessThanOrEqual(1.5);
    }
  });

  const monthEvents = dataset.events.filter((e) => /^\d{4}-\d{2}$/.test(e.date) && !e.end);

  test('events known to the month span their month, as the axis shows it @dates', async ({
    timeline,
  }) => {
    expect(monthEvents.length, 'month-precision events in the dataset').toBeGreaterThan(0);
    await timeline.goto('/');
    for (const event of monthEvents) {
      const [year, month] = event.date.split('-').map(Number) as [number, number];
      const first = Date.UTC(year, month - 1, 1);
      const next = Date.UTC(year, month, 1);
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 7);
      await timeline.zoomTo(iso(Date.UTC(year, month - 2, 1)), iso(next));
      const marker = timeline.marker(event.id);
      await expect(marker, event.id).toBeVisible();
      await expect(marker, event.id).toHaveClass(/\bct-bar\b/);
      const mark = await marker.locator('.ct-mark').boundingBox();
      if (!mark) throw new Error(`no mark for ${event.id}`);
      const x0 = await timeline.xAt(first);
      const x1 = await timeline.xAt(next);
      expect(Math.abs(mark.x - x0), `${event.id}: left edge on the 1st`).toBeLessThanOrEqual(1.5);
      expect(
        Math.abs(mark.width - (x1 - x0)),
        `${event.id}: ${mark.width} px wide, the month is ${x1 - x0} px`,
      ).toBeLessThanOrEqual(1.5);
      // The axis agrees: its day-1 ticks sit on the month's edges.
      const ticks = await timeline.root.locator('.ct-axis-minor .tick').evaluateAll((ticks) =>
        ticks
          .filter((tick) => tick.textContent?.trim() === '1')
          .map((tick) => {
            const rect = tick.querySelector('line')?.getBoundingClientRect();
            return rect ? rect.left + rect.width / 2 : NaN;
          }),
      );
      for (const x of [x0, x1]) {
        const nearest = Math.min(...ticks.map((t) => Math.abs(t - x)));
        expect(nearest, `${event.id}: a "1" tick at ${x}`).toBeLessThanOrEqual(1.5);
      }
    }
  });
});
