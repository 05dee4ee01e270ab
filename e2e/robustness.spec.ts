// Issue 7: robustness. Calendar days in every time zone (@dates runs in the extreme-zone
// projects too), resizing from 320 to 1920 px and back, bursts of ctrl+wheel zooming, and
// <cable-timeline> elements created and destroyed (mid-load too) without errors or leaked
// window/document listeners.
import type { Page } from '@playwright/test';
import { test, expect, dataset, oneLaneTimeline, TimelinePage } from './fixtures/timeline';
import { serveHostPage } from './fixtures/host-page';

/** Page errors and console errors while a spec runs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

test.describe('calendar days in every time zone @dates', () => {
  /** Page x of the middle of the mark drawn for an event. */
  const markBox = async (timeline: TimelinePage, id: string) => {
    const box = await timeline.marker(id).locator('.ct-mark').boundingBox();
    if (!box) throw new Error(`no mark for ${id}`);
    return box;
  };

  test('a day-precision event shows its day in its card and panel, drawn on that day', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await timeline.goto('/#event=fukuda-putin-letters');
    await expect(timeline.panel).toBeVisible();
    await expect(timeline.panel.locator('.ct-panel-date')).toHaveText('6 February 2008');
    await timeline.panel.locator('.ct-panel-close').click();
    await expect(timeline.panel).toBeHidden();

    await timeline.zoomTo('2008-02-01', '2008-02-29');
    // The axis too: February 2008, its 6th tick where 6 February starts (UTC), in any zone.
    await expect(
      timeline.root.locator('.ct-axis-major-label:visible', { hasText: /^February 2008$/ }),
    ).toBeVisible();
    const tick = timeline.root
      .locator('.ct-axis-minor .tick')
      .filter({ has: page.locator('text', { hasText: /^6$/ }) })
      .locator('line')
      .first();
    const tickBox = await tick.boundingBox();
    expect(tickBox).not.toBeNull();
    expect(
      Math.abs(tickBox!.x + tickBox!.width / 2 - (await timeline.xAt(Date.UTC(2008, 1, 6)))),
    ).toBeLessThan(1.5);
    const marker = timeline.marker('fukuda-putin-letters');
    await expect(marker).toBeVisible();
    await marker.hover({ position: { x: 6, y: 12 } });
    await expect(timeline.card).toBeVisible();
    await expect(timeline.card.locator('.ct-card-date')).toHaveText('6 February 2008');
    await expect(marker).toHaveAttribute('aria-label', /, 6 February 2008$/);

    // The dot sits in the middle of 6 February (UTC days), whatever the browser's zone.
    const box = await markBox(timeline, 'fukuda-putin-letters');
    const noon = await timeline.xAt(Date.UTC(2008, 1, 6, 12));
    const dayWidth =
      (await timeline.xAt(Date.UTC(2008, 1, 7))) - (await timeline.xAt(Date.UTC(2008, 1, 6)));
    expect(dayWidth).toBeGreaterThan(10);
    expect(Math.abs(box.x + box.width / 2 - noon)).toBeLessThan(Math.min(4, dayWidth / 4));
    expect(errors).toEqual([]);
  });

  test('a month-precision event shows its month, drawn across the whole month', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    const event = dataset.events.find((e) => e.id === 'medvedev-on-islands');
    expect(event?.date).toBe('2010-11');
    await timeline.goto('/#event=medvedev-on-islands');
    await expect(timeline.panel.locator('.ct-panel-date')).toHaveText('November 2010');
    await timeline.panel.locator('.ct-panel-close').click();

    await timeline.zoomTo('2010-10', '2010-12');
    const marker = timeline.marker('medvedev-on-islands');
    await expect(marker).toBeVisible();
    await marker.hover({ position: { x: 6, y: 12 } });
    await expect(timeline.card.locator('.ct-card-date')).toHaveText('November 2010');
    const box = await markBox(timeline, 'medvedev-on-islands');
    const from = await timeline.xAt(Date.UTC(2010, 10, 1));
    const to = await timeline.xAt(Date.UTC(2010, 11, 1));
    expect(Math.abs(box.x - from)).toBeLessThan(3);
    expect(Math.abs(box.x + box.width - to)).toBeLessThan(4);
    expect(errors).toEqual([]);
  });
});

test.describe('years before year 1 in every time zone @dates', () => {
  const BC_PATH = '/data/before-common-era.json';
  const data = oneLaneTimeline('Before the common era', { id: 'rome', label: 'Rome' }, [
    { id: 'ides', date: '-0043-03-15', title: 'The Ides of March' },
    { id: 'actium', date: '-0030~', title: 'Around Actium' },
    { id: 'one-bc', date: '0000', title: 'The year 1 BC' },
    { id: 'augustus', date: '-0026', title: 'Augustus to AD 14', end: '0014' },
  ]);

  test('ISO 8601 years in data-date, the era wherever a reader sees the year', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await page.route(
      (url) => url.pathname === BC_PATH,
      (route) => route.fulfill({ json: data }),
    );
    await timeline.goto(`/?src=${BC_PATH}`);
    // The view at load is the data's own period (not the demo story's 2007–2011): every event
    // on screen, none beyond an edge.
    await expect(timeline.earlier).toBeHidden();
    await expect(timeline.later).toBeHidden();
    expect(await timeline.representedCount()).toBe(data.events.length);
    // Axis and overview: years with their era, in round steps from year 0 (1 BC), never a
    // negative number; the axis does not crowd 58 years' labels into one smudge.
    const majors = timeline.root.locator('.ct-axis-major-label:visible');
    await expect(majors.first()).toBeVisible();
    const labels = await majors.allTextContents();
    expect(labels.filter((y) => !/^\d+ (BC|AD)$/.test(y))).toEqual([]);
    expect(labels).toContain('1 BC');
    // After 1 BC comes AD (a label past the right edge is not drawn: there may be none).
    expect(labels.slice(labels.indexOf('1 BC') + 1).filter((y) => !y.endsWith(' AD'))).toEqual([]);
    const overviewYears = await timeline.root.locator('.ct-overview text').allTextContents();
    expect(overviewYears).toContain('1 BC');
    expect(overviewYears.filter((y) => !/^\d+ (BC|AD)$/.test(y))).toEqual([]);
    expect(await timeline.cutLabels()).toEqual([]);
    const boxes = await majors.evaluateAll((texts) =>
      texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]),
    );
    boxes.slice(1).forEach(([left], i) => expect(left).toBeGreaterThan(boxes[i]![1]!));

    await page.evaluate(() => document.querySelector('cable-timeline')?.select('ides'));
    await expect(timeline.panel.locator('.ct-panel-date')).toHaveText('15 March 44 BC');
    await timeline.panel.locator('.ct-panel-close').click();

    await page.evaluate(() => document.querySelector('cable-timeline')?.setView('list'));
    const time = (id: string) =>
      timeline.root.locator(`.ct-list-item[data-event-id="${id}"] .ct-list-date`);
    // HTML's datetime has no years before 1: those dates carry ISO 8601 in data-date instead.
    const isoOf = (id: string) => time(id).getAttribute('data-date');
    const expected = [
      ['ides', '-0043-03-15', '15 March 44 BC'],
      ['actium', '-0030', 'c. 31 BC'],
      ['one-bc', '0000', '1 BC'],
      ['augustus', '-0026', '27 BC\u2009–\u200914 AD'],
    ] as const;
    for (const [id, iso, text] of expected) {
      await expect(time(id)).toHaveText(text);
      expect(await isoOf(id)).toBe(iso);
      await expect(time(id)).not.toHaveAttribute('datetime');
    }

    // The same dates in Japanese and Russian.
    for (const [lang, ides, span] of [
      ['ja', '紀元前44年3月15日', '紀元前27年～西暦14年'],
      ['ru', '15 марта 44 г. до н. э.', '27\u202fг. до н. э. – 14\u202fг. н. э.'],
    ] as const) {
      await page.evaluate(
        (lang) => document.querySelector('cable-timeline')?.setAttribute('lang', lang),
        lang,
      );
      await expect(timeline.root).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await page.evaluate(() => document.querySelector('cable-timeline')?.setView('list'));
      await expect(time('ides')).toHaveText(ides);
      expect(await isoOf('ides')).toBe('-0043-03-15');
      await expect(time('augustus')).toHaveText(span);
    }
    expect(errors).toEqual([]);
  });
});

test.describe('calendar edge cases in the browser @dates', () => {
  const event = (id: string, date: string, end?: string) => ({
    id,
    date,
    ...(end === undefined ? {} : { end }),
    title: `Event ${id}`,
    summary: 'Summary.',
    track: 'one',
    citations: [{ source: 'a', quote: 'Quote.' }],
  });
  const documentOf = (events: ReturnType<typeof event>[]) => ({
    title: 'Calendar edge cases',
    tracks: [{ id: 'one', label: 'One', order: 1 }],
    sources: [
      { id: 'a', kind: 'article', author: 'A. Writer', headline: 'Headline', date: '2011' },
    ],
    events,
  });
  const cases = [
    {
      name: 'a single event before 1970',
      events: [event('moon', '1969-07-20')],
      check: { id: 'moon', text: '20 July 1969', datetime: '1969-07-20', noon: [1969, 6, 20] },
    },
    {
      name: 'a span of 1,000 years',
      events: [
        event('millennium', '1011', '2011'),
        event('landfall', '1492-10-12'),
        event('surrender', '1945-08-15'),
      ],
      check: { id: 'millennium', text: '1011\u2009–\u20092011', datetime: '1011' },
    },
    {
      name: 'forty events on the leap day 29 February 2008',
      events: Array.from({ length: 40 }, (_, i) => event(`leap-${i}`, '2008-02-29')),
      check: { id: 'leap-7', text: '29 February 2008', datetime: '2008-02-29' },
    },
    {
      name: 'years only, approximate or not',
      events: [event('y1', '2006~'), event('y2', '2007'), event('y3', '2009', '2010')],
      check: { id: 'y1', text: 'c. 2006', datetime: '2006' },
    },
  ];

  for (const { name, events, check } of cases) {
    test(`${name}: every event at load, on its calendar day, labels whole`, async ({
      page,
      timeline,
    }) => {
      const errors = watchErrors(page);
      const path = `/data/edge-${check.id}.json`;
      await page.route(
        (url) => url.pathname === path,
        (route) => route.fulfill({ json: documentOf(events) }),
      );
      await timeline.goto(`/?src=${path}`);
      await expect(timeline.earlier).toBeHidden();
      await expect(timeline.later).toBeHidden();
      await expect.poll(() => timeline.representedCount()).toBe(events.length);
      await expect.poll(() => timeline.collisions()).toEqual([]);
      expect(await timeline.cutLabels()).toEqual([]);
      // Year, month or decade labels of the axis side by side, never on top of each other.
      const majors = timeline.root.locator('.ct-axis-major-label:visible');
      await expect(majors.first()).toBeVisible();
      const boxes = await majors.evaluateAll((texts) =>
        texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
      boxes.slice(1).forEach(([left], i) => expect(left).toBeGreaterThan(boxes[i]![1]!));
      if (check.noon) {
        // A lone day event: its dot in the middle of that UTC day, whatever the zone.
        const [y, m, d] = check.noon as [number, number, number];
        const box = await timeline.marker(check.id).locator('.ct-mark').boundingBox();
        const noon = await timeline.xAt(Date.UTC(y, m, d, 12));
        const dayWidth =
          (await timeline.xAt(Date.UTC(y, m, d + 1))) - (await timeline.xAt(Date.UTC(y, m, d)));
        expect(box).not.toBeNull();
        expect(Math.abs(box!.x + box!.width / 2 - noon)).toBeLessThan(Math.max(1, dayWidth / 4));
      }
      await page.evaluate(() => document.querySelector('cable-timeline')?.setView('list'));
      const time = timeline.root.locator(`.ct-list-item[data-event-id="${check.id}"] time`);
      await expect(time).toHaveText(check.text);
      await expect(time).toHaveAttribute('datetime', check.datetime);
      expect(errors).toEqual([]);
    });
  }
});

const WIDTHS = [320, 375, 480, 768, 1024, 1280, 1600, 1920, 1440, 1024, 600, 414, 320];

test.describe('resizing and zooming @desktop-only', () => {
  test('from 320 to 1920 px and back: every event accounted for, nothing overlapping', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await timeline.goto('/');
    const plotMinusViewport = () =>
      timeline.root.evaluate((root) => {
        const viewport = root.querySelector('.ct-viewport');
        const plot = root.querySelector('.ct-plot')?.getBoundingClientRect();
        return plot && viewport ? plot.width - viewport.clientWidth : NaN;
      });
    const clipped: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // The plot follows the width (the redraw after a resize has happened)…
      await expect
        .poll(async () => Math.abs(await plotMinusViewport()), `plot width at ${width}px`)
        .toBeLessThanOrEqual(2);
      // …and is exactly as wide as the viewport that shows (and clips) it: checked at the end.
      const difference = await plotMinusViewport();
      if (difference !== 0)
        clipped.push(`${width}px: plot ${difference}px wider than its viewport`);
      await expect
        .poll(() => timeline.representedCount(), `every event at ${width}px`)
        .toBe(dataset.events.length);
      await expect.poll(() => timeline.collisions(), `collisions at ${width}px`).toEqual([]);
      const root = await timeline.root.boundingBox();
      expect(root, `the timeline at ${width}px`).not.toBeNull();
      expect(root!.x).toBeGreaterThanOrEqual(0);
      expect(root!.x + root!.width).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
    // A floor on the plot width above the root's content box (it was 280 px; a 320 px page
    // gives 278) would draw the plot wider than the viewport that clips it: the last pixels of
    // the range never shown, yet counted as visible.
    expect(clipped).toEqual([]);
  });

  test('bursts of ctrl+wheel zooming without waiting: a valid view, every event accounted for', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await timeline.goto('/');
    const home = await timeline.viewRange();
    const viewport = await timeline.viewport.boundingBox();
    if (!viewport) throw new Error('no viewport');
    await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + viewport.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -240);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, i % 3 ? 300 : -120);
    await page.keyboard.up('Control');
    // Then bursts of wheel events within one task, in and out, far past both zoom limits.
    const burst = (direction: 1 | -1, count: number) =>
      timeline.viewport.evaluate(
        (element, { direction, count }) => {
          const rect = element.getBoundingClientRect();
          for (let i = 0; i < count; i++) {
            element.dispatchEvent(
              new WheelEvent('wheel', {
                ctrlKey: true,
                // Now and then the other way, but the burst ends going `direction`.
                deltaY:
                  (i % 5 === 4 && i < count - 10 ? -direction : direction) * (50 + (i % 7) * 40),
                clientX: rect.left + ((i * 37) % rect.width),
                clientY: rect.top + rect.height / 2,
                bubbles: true,
                cancelable: true,
              }),
            );
          }
        },
        { direction, count },
      );
    const DAY = 86_400_000;
    const span = async () => {
      const view = await timeline.viewRange();
      expect(Number.isFinite(view.start) && Number.isFinite(view.end)).toBe(true);
      return (view.end - view.start) / DAY;
    };
    await burst(-1, 300);
    // Zoomed in as far as allowed, no further: five days across the chart.
    await expect.poll(span, 'days shown after zooming in').toBeLessThan(5.1);
    expect(await span()).toBeGreaterThan(4.9);
    await expect.poll(() => timeline.representedCount()).toBe(dataset.events.length);
    await burst(1, 300);
    // Zoomed out as far as allowed: the data (early 2006 – March 2011) and a margin.
    await expect.poll(span, 'days shown after zooming out').toBeGreaterThan(365 * 5);
    expect(await span()).toBeLessThan(365 * 7);
    await burst(-1, 120);
    await burst(1, 100);
    await expect.poll(() => timeline.representedCount()).toBe(dataset.events.length);
    await expect.poll(() => timeline.collisions()).toEqual([]);
    // Still fully working: reset brings back the view at load.
    await timeline.root.locator('.ct-reset').click();
    await expect
      .poll(async () => {
        const view = await timeline.viewRange();
        return Math.max(Math.abs(view.start - home.start), Math.abs(view.end - home.end));
      })
      .toBeLessThan(60_000);
    expect(errors).toEqual([]);
  });
});

// Counts the listeners on window and document (added minus removed), installed before any
// script of the page runs.
function countListeners(): void {
  const active = new Map<string, Set<unknown>>();
  const keyOf = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${target === window ? 'window' : 'document'} ${type}${capture ? ' (capture)' : ''}`;
  };
  const tracked = (target: EventTarget) => target === window || target === document;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (tracked(this) && listener) {
      const key = keyOf(this, type, options);
      const set = active.get(key) ?? new Set();
      set.add(listener);
      active.set(key, set);
      const once = typeof options === 'object' && options.once;
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (once || signal) throw new Error(`countListeners: ${key} uses once/signal; count them`);
    }
    add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (tracked(this) && listener) active.get(keyOf(this, type, options))?.delete(listener);
    remove.call(this, type, listener, options);
  };
  (window as unknown as { __listeners: () => Record<string, number> }).__listeners = () =>
    Object.fromEntries(
      [...active].filter(([, set]) => set.size > 0).map(([key, set]) => [key, set.size]),
    );
}

const listeners = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __listeners: () => Record<string, number> }).__listeners(),
  );
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The page's listeners once the demo's own timeline is fully set up: its scrollytelling code
 * arrives on its own after `ready` and adds window listeners then, so a count taken earlier
 * would miss them.
 */
async function settledBaseline(page: Page): Promise<Record<string, number>> {
  await expect
    .poll(async () => (await listeners(page))['window wheel (capture)'] ?? 0)
    .toBeGreaterThan(0);
  return listeners(page);
}

/** Adds a <cable-timeline> to the article; resolves once it fires `ready` or `error`. */
async function addTimeline(page: Page, src: string, wait: boolean): Promise<void> {
  await page.evaluate(
    ({ src, wait }) => {
      const element = document.createElement('cable-timeline');
      element.id = 'extra-timeline';
      element.setAttribute('src', src);
      element.setAttribute('scrolly', '');
      const done = new Promise<void>((resolve, reject) => {
        element.addEventListener('ready', () => resolve());
        element.addEventListener('error', (e) =>
          reject(new Error((e as unknown as CustomEvent<{ reason: string }>).detail.reason)),
        );
      });
      document.querySelector('main')?.append(element);
      return wait ? done : undefined;
    },
    { src, wait },
  );
}

const removeTimeline = (page: Page) =>
  page.evaluate(() => document.getElementById('extra-timeline')?.remove());

test.describe('creating and destroying timelines @desktop-only', () => {
  test('appended and removed ten times, mid-interaction too: listeners back to the baseline', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await page.addInitScript(countListeners);
    await timeline.goto('/');
    // Playwright's own script adds listeners to window the first time a locator evaluates in
    // the page: let that happen before the baseline.
    expect(await timeline.representedCount()).toBe(dataset.events.length);
    const baseline = await settledBaseline(page);
    for (let i = 0; i < 10; i++) {
      await addTimeline(page, 'data/timeline.json', true);
      const extra = page.locator('#extra-timeline .ct-root');
      await expect(extra).toBeVisible();
      // While it lives, it has listeners of its own (so the count sees them).
      expect(total(await listeners(page))).toBeGreaterThan(total(baseline));
      if (i % 2 === 1) {
        // Destroyed in the middle of an animated zoom, a selection and a hover card.
        await page.evaluate(() => {
          const element = document.getElementById('extra-timeline') as HTMLElement & {
            zoomBy(k: number): void;
            select(id: string): void;
          };
          element.select('asat-test');
          element.zoomBy(4);
        });
      }
      await removeTimeline(page);
      expect(await listeners(page)).toEqual(baseline);
    }
    // The original timeline still works. (Not through a Playwright click: its actionability
    // checks add listeners of their own to window.)
    await page.evaluate(() => document.querySelector('cable-timeline')?.zoomBy(2));
    await expect.poll(() => timeline.representedCount()).toBe(dataset.events.length);
    expect(await listeners(page)).toEqual(baseline);
    expect(errors).toEqual([]);
  });

  test('removed while its data is still loading, then the response arrives: no error, no leak', async ({
    page,
    timeline,
  }) => {
    const errors = watchErrors(page);
    await page.addInitScript(countListeners);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested!: () => void;
    const seen = new Promise<void>((resolve) => (requested = resolve));
    let fulfilled: Promise<string> = Promise.resolve('not requested');
    await page.route(
      (url) => url.pathname === '/data/pending.json',
      (route) => {
        requested();
        fulfilled = released.then(() =>
          route.fulfill({ path: 'data/timeline.json' }).then(
            () => 'fulfilled',
            (error: Error) => `fulfil refused: ${error.message}`,
          ),
        );
        return fulfilled.then(() => undefined);
      },
    );
    await timeline.goto('/');
    expect(await timeline.representedCount()).toBe(dataset.events.length);
    const baseline = await settledBaseline(page);

    await addTimeline(page, 'data/pending.json', false);
    await seen;
    await expect(page.locator('#extra-timeline .ct-status')).toBeVisible();
    // Keep a handle on the element after it leaves the page.
    await page.evaluate(() => {
      (window as unknown as { __removed: Element | null }).__removed =
        document.getElementById('extra-timeline');
      const removed = (window as unknown as { __removed: Element }).__removed;
      const events: string[] = [];
      (window as unknown as { __removedEvents: string[] }).__removedEvents = events;
      for (const type of ['ready', 'error'])
        removed.addEventListener(type, () => events.push(type));
    });
    await removeTimeline(page);
    release();
    await fulfilled;
    // Let any late work of the removed element run.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
    );
    const state = await page.evaluate(() => {
      const w = window as unknown as { __removed: Element; __removedEvents: string[] };
      return {
        rendered: w.__removed.shadowRoot?.querySelector('.ct-root') != null,
        error: w.__removed.shadowRoot?.querySelector('.ct-error') != null,
        events: w.__removedEvents,
      };
    });
    expect(state).toEqual({ rendered: false, error: false, events: [] });
    expect(await listeners(page)).toEqual(baseline);
    await expect(timeline.items.first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test("a script's calls before the data has loaded take effect once it has", async ({ page }) => {
  await page.goto('/embed.html');
  await expect(page.locator('cable-timeline .ct-items .ct-item').first()).toBeVisible();
  const id = dataset.events[8]!.id;
  await page.evaluate((id) => {
    type Element = HTMLElement & {
      zoomTo(start: string, end: string): void;
      select(id: string): void;
    };
    const element = document.createElement('cable-timeline') as Element;
    element.id = 'late';
    element.setAttribute('src', 'data/timeline.json');
    element.setAttribute('hash-param', 'none');
    document.body.append(element);
    // Straight away, as a script that has just made the element would.
    element.zoomTo('2008-01-01', '2008-12-31');
    element.select(id);
  }, id);
  const late = new TimelinePage(page, page.locator('#late .ct-root'));
  await expect(late.panel).toHaveAttribute('data-event-id', id);
  await expect(page.locator('#late')).toHaveAttribute('event', id);
  // The selection may pan the view to its event; the zoom stays the one asked for (a year).
  await expect
    .poll(async () => {
      const view = await late.viewRange();
      return Math.round((view.end - view.start) / 86_400_000);
    })
    .toBe(366);
});

test('a language tag a template got wrong ("", "pt_BR", "de") reads in English instead of breaking', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const one = oneLaneTimeline('Tags', { id: 'one', label: 'One' }, [
    { id: 'first', date: '2001-02-03', title: 'The first event' },
    { id: 'second', date: '2002-03-04', title: 'The second event' },
  ]);
  const path = await serveHostPage(page, 'tags', {
    body: ['', 'pt_BR', 'de']
      .map(
        (lang, i) =>
          `<div lang=""><cable-timeline id="t${i}" lang="${lang}" src="/e2e-host/one.json"></cable-timeline></div>`,
      )
      .join('\n'),
    files: { 'one.json': JSON.stringify(one) },
  });
  await page.goto(path);
  for (const i of [0, 1, 2]) {
    const root = page.locator(`#t${i} .ct-root`);
    await expect(root.locator('.ct-item')).toHaveCount(2);
    await expect(root.locator('.ct-reset')).toHaveText('Reset');
    await expect(root.locator('.ct-item[data-event-id="first"]')).toHaveAttribute(
      'aria-label',
      'The first event, 3 February 2001',
    );
  }
  expect(errors).toEqual([]);
});

test('a script that runs after inline data rendered still gets the handle, or the reason it failed', async ({
  page,
}) => {
  const one = oneLaneTimeline('Inline', { id: 'one', label: 'One' }, [
    { id: 'first', date: '2001-02-03', title: 'The first event' },
  ]);
  const late = `for (const el of document.querySelectorAll('cable-timeline'))
  el.whenReady().then(
    (handle) => (el.dataset.late = 'ready: ' + handle.timeline.events.length),
    (error) => (el.dataset.late = 'error: ' + error.message),
  );`;
  const path = await serveHostPage(page, 'inline', {
    body: `<cable-timeline id="good"><script type="application/json">${JSON.stringify(one)}</script></cable-timeline>
<cable-timeline id="bad"><script type="application/json">{ not json</script></cable-timeline>
<script type="module" src="/e2e-host/late.js"></script>`,
    files: { 'late.js': late },
  });
  await page.goto(path);
  await expect(page.locator('#good')).toHaveAttribute('data-late', 'ready: 1');
  await expect(page.locator('#bad')).toHaveAttribute(
    'data-late',
    'error: The timeline data is not valid JSON.',
  );
});

test('a src that is not an address ("http://", a broken host) fails with its reason, not "Loading…" forever', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const path = await serveHostPage(page, 'bad-src', {
    body: `<cable-timeline id="a" src="http://"></cable-timeline>
<cable-timeline id="b" src="http://[::1/data.json"></cable-timeline>`,
  });
  await page.goto(path);
  for (const [id, src] of [
    ['a', 'http://'],
    ['b', 'http://[::1/data.json'],
  ] as const) {
    await expect(page.locator(`#${id} .ct-status.ct-error`)).toHaveText(
      `The timeline data could not be loaded (network error for ${src}).`,
    );
    await expect(page.locator(`#${id}`)).not.toHaveAttribute('aria-busy', 'true');
  }
  expect(errors).toEqual([]);
});

test('a zoom call with a bad argument throws at the call and leaves the chart drawing; one made before the data loaded does not stop the load', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const one = oneLaneTimeline('Zooms', { id: 'one', label: 'One' }, [
    { id: 'first', date: '2001-02-03', title: 'The first event' },
    { id: 'second', date: '2001-05-06', title: 'The second event' },
  ]);
  const early = `const el = document.querySelector('cable-timeline');
el.zoomBy(Number.NaN);
el.whenReady().then(async (handle) => {
  const thrown = [];
  for (const call of [
    () => handle.zoomBy(Number.NaN),
    () => handle.zoomBy(-2),
    () => handle.zoomTo(new Date('not a date'), '2001-03'),
    () => handle.zoomTo('2001-05', '2001-02'),
  ]) {
    try {
      call();
      thrown.push('nothing');
    } catch (error) {
      thrown.push(error.name);
    }
  }
  el.dataset.thrown = thrown.join(' ');
});`;
  const path = await serveHostPage(page, 'zoom-arguments', {
    body: `<cable-timeline src="/e2e-host/one.json" hash-param="none"></cable-timeline>
<script type="module" src="/e2e-host/early.js"></script>`,
    files: { 'one.json': JSON.stringify(one), 'early.js': early },
  });
  await page.goto(path);
  const element = page.locator('cable-timeline');
  await expect(element).toHaveAttribute(
    'data-thrown',
    'RangeError RangeError RangeError RangeError',
  );
  await expect(page.locator('cable-timeline .ct-item')).toHaveCount(2);
  // The chart still follows a good call, and no frame failed on the bad ones.
  const before = await element.evaluate((el) =>
    JSON.stringify((el as unknown as { visibleRange(): unknown }).visibleRange()),
  );
  await element.evaluate((el) =>
    (el as unknown as { zoomTo(a: string, b: string): void }).zoomTo('2001-02', '2001-03'),
  );
  await expect
    .poll(() =>
      element.evaluate((el) =>
        JSON.stringify((el as unknown as { visibleRange(): unknown }).visibleRange()),
      ),
    )
    .not.toBe(before);
  expect(errors).toEqual([]);
});

test('a long unbroken title or summary (an address, a compound) wraps inside the card, the panel and the list on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const long = 'Sakhalin2consortium/Gazprom/Shell/Mitsui/Mitsubishi-restructuring-agreement-signed';
  const data = oneLaneTimeline('Long words', { id: 'one', label: 'One' }, [
    { id: 'long', date: '2007-04-18', title: long },
  ]);
  data.events[0]!.summary = `See https://example.org/${long}/${long}`;
  const path = await serveHostPage(page, 'long-words', {
    body: `<cable-timeline src="/e2e-host/long.json" hash-param="none" event="long"></cable-timeline>`,
    files: { 'long.json': JSON.stringify(data) },
  });
  await page.goto(path);
  const root = page.locator('cable-timeline .ct-root');
  const overflowing = (selector: string) =>
    root.evaluate(
      (node, s) =>
        [...node.querySelectorAll<HTMLElement>(s)]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
      selector,
    );
  await expect(root.locator('.ct-panel-title')).toHaveText(long);
  expect(await overflowing('.ct-panel, .ct-panel-title, .ct-panel-summary')).toEqual([]);
  const marker = root.locator('.ct-item[data-event-id="long"]');
  await marker.focus();
  await expect(root.locator('.ct-card')).toBeVisible();
  expect(await overflowing('.ct-card, .ct-card-title, .ct-card-summary')).toEqual([]);
  await root.locator('.ct-view-toggle').click();
  await expect(root.locator('.ct-list-title')).toHaveText(long);
  expect(await overflowing('.ct-list, .ct-list-title, .ct-list-summary')).toEqual([]);
});

test('an event attribute set while the data reloads wins over the event the address named before', async ({
  page,
  timeline,
}) => {
  const [first, second] = [dataset.events[2]!, dataset.events[7]!];
  await timeline.goto(`/#event=${encodeURIComponent(first.id)}`);
  await expect(timeline.panel).toHaveAttribute('data-event-id', first.id);
  // Another language, then another event, in one go: the reload reads the address (first).
  await page.locator('cable-timeline').evaluate((element, id) => {
    element.setAttribute('lang', 'ru');
    element.setAttribute('event', id);
  }, second.id);
  await expect(timeline.root.locator('.ct-view-toggle')).toHaveText('Список');
  await expect(timeline.panel).toHaveAttribute('data-event-id', second.id);
  await expect(page.locator('cable-timeline')).toHaveAttribute('event', second.id);
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#event=${second.id}`);
});
