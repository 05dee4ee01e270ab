// Issue 5: embedding in an article page. The element on hostile host pages, two elements on one
// page, the iframe embed (embed.html + embed.js) and its sizing and deep links, the strict
// Content-Security-Policy, the page without JavaScript, and Japanese.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  frames,
  dataFile,
  dataset,
  eventsInTimeOrder,
  oneLaneTimeline,
  TimelinePage,
  type DataEvent,
  type DataFile,
} from './fixtures/timeline';
import { serveHostPage } from './fixtures/host-page';
import { ja } from '../src/format/strings-ja';

const events = eventsInTimeOrder();
const at = (i: number): DataEvent => events[(i + events.length) % events.length]!;
const src = `/${dataFile}`;
/** What the build pre-renders and embed.html shows by default, whatever E2E_DATA says. */
const built = JSON.parse(
  readFileSync(new URL('../data/timeline.json', import.meta.url), 'utf8'),
) as DataFile;

/** Opens an event's source panel from its marker: a click, or a second tap on touch screens. */
async function openByPointer(marker: Locator, touch: boolean): Promise<void> {
  if (touch) {
    await marker.tap({ position: { x: 6, y: 12 } });
    await marker.tap({ position: { x: 6, y: 12 } });
  } else {
    await marker.click({ position: { x: 6, y: 12 } });
  }
}

/** A marker of a single event (not a cluster) whose mark is wholly on screen, and its event. */
async function someMarker(
  root: Locator,
  except: string[] = [],
): Promise<{ marker: Locator; event: DataEvent }> {
  const ids = await root.locator('.ct-items .ct-item[data-event-id]').evaluateAll((buttons) =>
    buttons
      .filter((b) => {
        const mark = (b.querySelector('.ct-mark') ?? b).getBoundingClientRect();
        const viewport = b.closest('.ct-viewport')?.getBoundingClientRect();
        return viewport && mark.left >= viewport.left && mark.left + 14 <= viewport.right;
      })
      .map((b) => (b as HTMLElement).dataset.eventId ?? ''),
  );
  const id = ids.find((i) => !except.includes(i) && events.some((e) => e.id === i));
  if (!id) throw new Error('no single-event marker on screen');
  return {
    marker: root.locator(`.ct-items .ct-item[data-event-id="${id}"]`),
    event: events.find((e) => e.id === id)!,
  };
}

// ---------------------------------------------------------------------------------------------
// The element on a host page whose global CSS is hostile.

const HOSTILE_CSS = `
* { box-sizing: content-box !important; line-height: 3 !important; font-size: 30px !important }
svg { display: none }
button { all: unset }
blockquote { display: none }
body {
  white-space: nowrap; text-transform: uppercase; letter-spacing: 2px; word-spacing: 10px;
  font-style: italic; font-weight: 900; font-variant: small-caps; text-indent: 3em;
  text-shadow: 2px 2px red; text-decoration: underline wavy red; text-align: center;
}
`;

/** The text of the component as readers see it: where it wraps, how it is set. */
const TEXT = [
  '.ct-toolbar button',
  '.ct-lane-label',
  '.ct-label',
  '.ct-panel-date',
  '.ct-panel-title',
  '.ct-panel-summary',
  '.ct-panel-quote',
  '.ct-panel-cite',
  '.ct-panel-footer button',
];
const TEXT_PROPERTIES = [
  'text-transform',
  'white-space',
  'letter-spacing',
  'word-spacing',
  'font-style',
  'font-weight',
  'font-variant',
  'text-indent',
  'text-shadow',
  'text-align',
];

/** Each text's size and settings, then what the panel looks like, with `id` open in it. */
async function textLook(
  timeline: TimelinePage,
  id: string,
): Promise<{ texts: string[]; panel: Buffer }> {
  await timeline.page.locator('cable-timeline').evaluate((el, id) => {
    (el as HTMLElement & { select(id: string): void }).select(id);
  }, id);
  await expect(timeline.panel).toHaveAttribute('data-event-id', id);
  const texts = await timeline.root.evaluate(
    (root, [selectors, properties]) =>
      selectors!.flatMap((selector) =>
        [...root.querySelectorAll(selector)].map((node) => {
          const style = getComputedStyle(node);
          const { width, height } = node.getBoundingClientRect();
          const set = properties!.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
          return `${selector} ${width.toFixed(1)}×${height.toFixed(1)} ${set}`;
        }),
      ),
    [TEXT, TEXT_PROPERTIES],
  );
  // Decorations a page's text-decoration draws over the component show only in its pixels.
  const panel = await timeline.panel.screenshot({ animations: 'disabled' });
  return { texts, panel };
}

interface MarkerInfo {
  key: string;
  width: number;
  height: number;
}

/** Every marker and cluster badge drawn, by event id(s), with the size of its mark. */
async function markers(root: Locator): Promise<MarkerInfo[]> {
  return root.evaluate((node) =>
    [...node.querySelectorAll<HTMLElement>('.ct-items .ct-item, .ct-items .ct-cluster')]
      .map((button) => {
        const mark = button.querySelector('.ct-mark, .ct-badge') ?? button;
        const rect = mark.getBoundingClientRect();
        return {
          key: button.dataset.eventId ?? `cluster:${button.dataset.clusterId ?? ''}`,
          width: rect.width,
          height: rect.height,
        };
      })
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  );
}

test('hostile global CSS on the host page changes nothing inside the element', async ({
  page,
  isMobile,
}) => {
  const body = `<cable-timeline src="${src}" hash-param="none"></cable-timeline>`;
  const timeline = new TimelinePage(page);

  const neutral = await serveHostPage(page, 'neutral', {
    body,
    styles: { 'neutral.css': 'body { margin: 8px }' },
  });
  await page.goto(neutral);
  await expect(timeline.items.first()).toBeVisible();
  const expected = await markers(timeline.root);
  const looked = events[3]!.id;
  const expectedLook = await textLook(timeline, looked);
  await timeline.panel.locator('.ct-panel-close').click();
  await expect(timeline.panel).toBeHidden();

  const hostile = await serveHostPage(page, 'hostile', {
    body,
    styles: { 'hostile.css': HOSTILE_CSS },
  });
  await page.goto(hostile);
  await expect(timeline.items.first()).toBeVisible();
  // The page's CSS really is hostile: it reaches every light-DOM element.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('30px');

  const drawn = await markers(timeline.root);
  expect(drawn.map((m) => m.key)).toEqual(expected.map((m) => m.key));
  for (const m of drawn) {
    expect(m.width, `${m.key} width`).toBeGreaterThan(0);
    expect(m.height, `${m.key} height`).toBeGreaterThan(0);
  }

  // The card and the panel show the passages, blockquotes and all.
  const { marker, event } = await someMarker(timeline.root);
  await timeline.pointAt(marker, isMobile);
  await expect(timeline.card).toHaveAttribute('data-event-id', event.id);
  const cardQuote = timeline.card.locator('.ct-card-quote');
  await expect(cardQuote).toBeVisible();
  await expect(cardQuote).toHaveText(event.citations[0]!.quote);

  if (isMobile) await marker.tap({ position: { x: 6, y: 12 } });
  else await marker.click({ position: { x: 6, y: 12 } });
  await expect(timeline.panel).toHaveAttribute('data-event-id', event.id);
  const quotes = timeline.panel.locator('.ct-panel-quote');
  await expect(quotes).toHaveCount(event.citations.length);
  for (const [i, citation] of event.citations.entries()) {
    await expect(quotes.nth(i)).toBeVisible();
    await expect(quotes.nth(i)).toHaveText(citation.quote);
  }

  // The page's text settings (case, wrapping, spacing, style, decorations) do not reach in.
  // Compared from a fresh load, as on the neutral page: the view (and so which labels an edge
  // cuts) must not depend on the marker opened above.
  await page.goto(hostile);
  await expect(timeline.items.first()).toBeVisible();
  const look = await textLook(timeline, looked);
  expect(look.texts).toEqual(expectedLook.texts);
  expect(look.panel.equals(expectedLook.panel), 'the panel looks as on a neutral page').toBe(true);
});

// ---------------------------------------------------------------------------------------------
// Two elements on one page, with different data.

test('two elements on one page: independent selection, keys and deep links', async ({
  page,
  isMobile,
}) => {
  const raw = JSON.parse(
    readFileSync(new URL(`../${dataFile}`, import.meta.url), 'utf8'),
  ) as DataFile & Record<string, unknown>;
  const secondIds = new Set(events.filter((_e, i) => i % 2 === 1).map((e) => e.id));
  const second = {
    ...raw,
    title: 'Every other event',
    events: raw.events.filter((e) => secondIds.has(e.id)),
  };
  const secondEvents = events.filter((e) => secondIds.has(e.id));
  const path = await serveHostPage(page, 'two', {
    body: `
      <cable-timeline id="a" src="${src}" hash-param="a"></cable-timeline>
      <p>Between the two timelines.</p>
      <cable-timeline id="b" src="/e2e-host/second.json" hash-param="b"></cable-timeline>`,
    files: { 'second.json': JSON.stringify(second) },
  });
  const a = new TimelinePage(page, page.locator('#a .ct-root'));
  const b = new TimelinePage(page, page.locator('#b .ct-root'));
  const idA = at(2).id;
  const idB = secondEvents[3]!.id;

  // Deep links: each element reads its own parameter.
  await page.goto(`${path}#a=${idA}&b=${idB}`);
  await expect(a.panel).toHaveAttribute('data-event-id', idA);
  await expect(b.panel).toHaveAttribute('data-event-id', idB);
  await expect(b.items).not.toHaveCount(0);
  expect(await b.representedCount()).toBe(secondEvents.length);

  // Selecting in B changes B and its parameter only.
  const { marker, event } = await someMarker(b.root, [idB, idA]);
  await openByPointer(marker, isMobile);
  await expect(b.panel).toHaveAttribute('data-event-id', event.id);
  await expect(a.panel).toHaveAttribute('data-event-id', idA);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#a=${idA}&b=${event.id}`);

  // Keys act on the element that has focus: Escape closes A's panel, not B's.
  await a.panel.locator('.ct-panel-close').focus();
  await page.keyboard.press('Escape');
  await expect(a.panel).toBeHidden();
  await expect(b.panel).toHaveAttribute('data-event-id', event.id);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#b=${event.id}`);
  // Focus went back to A's marker; arrows walk A's events, B's focus and panel stay put.
  expect((await a.focusState()).eventId).toBe(idA);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await a.focusState()).eventId).toBe(at(3).id);
  const focusedHost = await page.evaluate(() => document.activeElement?.id);
  expect(focusedHost).toBe('a');
  await expect(b.panel).toHaveAttribute('data-event-id', event.id);
  await expect(a.panel).toBeHidden();
});

// ---------------------------------------------------------------------------------------------
// The iframe embed: embed-example.html hosts embed.html through embed.js.

const FRAME = 'iframe[data-cable-timeline]';

interface FrameSize {
  /** the iframe's content box on the host page */
  outer: number;
  /** the embedded document's height */
  inner: number;
  /** the embedded document's scrollable height and the iframe's inner width / doc width */
  scroll: number;
  frameWidth: number;
  docWidth: number;
}

async function frameSize(page: Page): Promise<FrameSize> {
  const frame = page.frame({ url: /\/embed\.html/ });
  if (!frame) throw new Error('no embed.html frame');
  const inner = await frame.evaluate(() => ({
    inner: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    docWidth: document.documentElement.scrollWidth,
  }));
  const outer = await page.locator(FRAME).evaluate((iframe: HTMLIFrameElement) => ({
    outer: iframe.clientHeight,
    frameWidth: iframe.clientWidth,
  }));
  return { ...inner, ...outer };
}

/** The iframe is as tall as its content (within 2 px), and nothing is clipped or scrolls. */
async function expectFrameFits(page: Page, step: string): Promise<void> {
  await expect
    .poll(async () => {
      const size = await frameSize(page);
      return Math.abs(size.outer - size.inner);
    }, `${step}: iframe height vs content height`)
    .toBeLessThanOrEqual(2);
  const size = await frameSize(page);
  expect(size.scroll, `${step}: content taller than the frame`).toBeLessThanOrEqual(size.outer + 2);
  expect(size.docWidth, `${step}: content wider than the frame`).toBeLessThanOrEqual(
    size.frameWidth,
  );
  expect(size.inner, `${step}: the timeline is there`).toBeGreaterThan(300);
}

function embedded(page: Page): { frame: FrameLocator; timeline: TimelinePage } {
  const frame = page.frameLocator(FRAME);
  // TimelinePage needs a Page for a few helpers; its locators come from the frame.
  return { frame, timeline: new TimelinePage(page, frame.locator('.ct-root')) };
}

/**
 * An init script for the page and its frames: a frame notes the last sync marker its parent
 * posted (see frameCaughtUp).
 */
function countSyncMarkers(): void {
  window.addEventListener('message', (e: MessageEvent<{ testSync?: number } | null>) => {
    const n = e.source === parent && e.data !== null ? e.data.testSync : undefined;
    if (typeof n === 'number') document.documentElement.dataset.testSync = String(n);
  });
}

let syncMarkers = 0;
/**
 * Waits until the frame has handled every message embed.js posted to it so far: messages from
 * one window to another arrive in order, so a marker posted now arrives after them.
 */
async function frameCaughtUp(page: Page, frame: FrameLocator): Promise<void> {
  const n = ++syncMarkers;
  await page
    .locator(FRAME)
    .evaluate(
      (iframe: HTMLIFrameElement, n) => iframe.contentWindow?.postMessage({ testSync: n }, '*'),
      n,
    );
  await expect(frame.locator('html')).toHaveAttribute('data-test-sync', String(n));
}

test.describe('iframe embed', () => {
  test('the iframe is sized to its content: on load, with the panel, and from 1280 to 375 px', async ({
    page,
    isMobile,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/embed-example.html');
    const { timeline } = embedded(page);
    await expect(timeline.items.first()).toBeVisible();
    await expectFrameFits(page, 'after load');

    // The example opens on an event: close its panel, then open another one.
    if (await timeline.panel.isVisible()) {
      await timeline.panel.locator('.ct-panel-close').click();
      await expect(timeline.panel).toBeHidden();
      await expectFrameFits(page, 'panel closed');
    }
    const { marker, event } = await someMarker(timeline.root);
    await openByPointer(marker, isMobile);
    await expect(timeline.panel).toHaveAttribute('data-event-id', event.id);
    await expectFrameFits(page, 'panel open');

    await page.setViewportSize({ width: 375, height: 800 });
    await expectFrameFits(page, 'at 375 px');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFrameFits(page, 'back at 1280 px');
  });

  test('#event= deep links stay in sync between the host page and the iframe', async ({ page }) => {
    const first = at(4);
    const next = at(5);
    const other = at(9);
    await page.goto(`/embed-example.html#event=${first.id}`);
    const { timeline } = embedded(page);
    // The host's link wins over the event the iframe's src preselects.
    await expect(timeline.panel).toHaveAttribute('data-event-id', first.id);
    const historyLength = await page.evaluate(() => history.length);

    // A selection in the iframe is written to the host's address, without a history entry.
    await timeline.panel.locator('.ct-panel-next').click();
    await expect(timeline.panel).toHaveAttribute('data-event-id', next.id);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#event=${next.id}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // The host's hash selects in the iframe; clearing it closes the panel.
    await page.evaluate((id) => (location.hash = `#event=${id}`), other.id);
    await expect(timeline.panel).toHaveAttribute('data-event-id', other.id);
    await page.evaluate(() => (location.hash = ''));
    await expect(timeline.panel).toBeHidden();
    await expectFrameFits(page, 'after the host closed the panel');
  });

  test("an in-page link on the host page leaves the frame's selection alone", async ({ page }) => {
    await page.addInitScript(countSyncMarkers);
    await page.goto(`/embed-example.html#event=${at(4).id}`);
    const { frame, timeline } = embedded(page);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(4).id);
    // A footnote, as articles have them: a link to it and its text.
    await page.locator('main').evaluate((main) => {
      const link = Object.assign(document.createElement('a'), { href: '#fn1', textContent: '1' });
      const note = Object.assign(document.createElement('p'), { id: 'fn1', textContent: 'Note.' });
      main.prepend(link);
      main.append(note);
    });

    const hashChanged = page.evaluate(
      () =>
        new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true })),
    );
    await page.locator('a[href="#fn1"]').click();
    await hashChanged;
    expect(new URL(page.url()).hash).toBe('#fn1');
    await frameCaughtUp(page, frame);
    await expect(timeline.panel).toBeVisible();
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(4).id);

    // A hash that names the frame's parameter still selects; an empty one still closes.
    await page.evaluate((id) => (location.hash = `#fn1&event=${id}`), at(9).id);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(9).id);
    await page.evaluate(() => (location.hash = ''));
    await expect(timeline.panel).toBeHidden();
  });

  test('"Copy link" in the frame copies the host article\'s link; without embed.js, the frame\'s own', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const origin = new URL(baseURL ?? '').origin;
    const copied = (frame: Frame) => frame.evaluate(() => navigator.clipboard.readText());

    // The host's own anchor is not part of the link, nor its query (a subscriber's token, say,
    // which the frame's origin must not learn); the frame's parameter is.
    await page.goto(`/embed-example.html?token=secret#intro&event=${at(4).id}`);
    const { timeline } = embedded(page);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(4).id);
    await timeline.panel.locator('.ct-copy-link').click();
    const child = page.frame({ url: /\/embed\.html/ }) as Frame;
    await expect.poll(() => copied(child)).toBe(`${origin}/embed-example.html#event=${at(4).id}`);

    // The frame opened on its own: nothing to link to but itself.
    await page.goto(`/embed.html?event=${at(6).id}`);
    const alone = new TimelinePage(page);
    await expect(alone.panel).toHaveAttribute('data-event-id', at(6).id);
    await alone.panel.locator('.ct-copy-link').click();
    await expect
      .poll(() => copied(page.mainFrame()))
      .toBe(`${origin}/embed.html?event=${at(6).id}#event=${at(6).id}`);
  });

  test("the host page's own anchors stay as written beside the frame's parameter", async ({
    page,
  }) => {
    // The example's iframe preselects this event (its src says ?event=).
    const preselected = 'wedge-cable-sent';
    await page.goto('/embed-example.html#intro');
    const { timeline } = embedded(page);
    await expect(timeline.panel).toHaveAttribute('data-event-id', preselected);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#intro&event=${preselected}`);

    // A selection in the frame rewrites its own parameter only.
    await timeline.panel.locator('.ct-panel-next').click();
    const next = await timeline.panel.getAttribute('data-event-id');
    expect(next).not.toBe(preselected);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#intro&event=${next}`);

    // Opened with another script's state in the hash too: the frame's parameter selects, the
    // rest stays verbatim (no `=` added to a bare anchor, no re-encoding). A fresh load, not a
    // hash change of the same document.
    await page.goto('about:blank');
    await page.goto(`/embed-example.html#state=a%20b&intro&event=${at(4).id}`);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(4).id);
    await timeline.panel.locator('.ct-panel-next').click();
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(5).id);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#state=a%20b&intro&event=${at(5).id}`);
  });

  test('a link to an event in the frame brings the frame into sight, on load and from the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 480 });
    const frameTop = () => page.locator(FRAME).evaluate((f) => f.getBoundingClientRect().top);
    const { timeline } = embedded(page);
    // Without a link the page stays at its top, though the frame's own ?event= preselects an
    // event and embed.js writes it into the address.
    await page.goto('/embed-example.html');
    await expect(timeline.panel).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#event=/);
    await frames(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goto('about:blank'); // a new load, not a hash change
    await page.goto(`/embed-example.html#event=${at(4).id}`);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(4).id);
    await expect.poll(frameTop).toBeLessThan(20);

    // Out of sight again (the article's opening fills the window), then a link within the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(frameTop).toBeGreaterThan(240);
    await page.evaluate((id) => (location.hash = `#event=${id}`), at(9).id);
    await expect(timeline.panel).toHaveAttribute('data-event-id', at(9).id);
    await expect.poll(frameTop).toBeLessThan(20);
  });

  test('embed.js listens only to its own iframes; the child speaks pym.js too', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __strings?: string[] };
      w.__strings = [];
      window.addEventListener('message', (e) => {
        if (typeof e.data === 'string') w.__strings?.push(e.data);
      });
    });
    await page.goto('/embed-example.html');
    const { timeline } = embedded(page);
    await expect(timeline.items.first()).toBeVisible();
    await expectFrameFits(page, 'after load');
    const before = await page.locator(FRAME).evaluate((f: HTMLIFrameElement) => f.clientHeight);

    // The child posts pym.js v1 height messages (its id is `childId`, default cable-timeline).
    const strings = await page.evaluate(
      () => (window as unknown as { __strings: string[] }).__strings,
    );
    expect(strings.some((s) => /^pymxPYMxcable-timelinexPYMxheightxPYMx\d+$/.test(s))).toBe(true);

    // Messages from anything but the iframe itself are ignored, in either format.
    await page.evaluate(() => {
      window.postMessage({ source: 'cable-timeline', type: 'height', id: 'x', height: 77 }, '*');
      window.postMessage('pymxPYMxcable-timelinexPYMxheightxPYMx77', '*');
    });
    await page.waitForTimeout(300);
    expect(await page.locator(FRAME).evaluate((f: HTMLIFrameElement) => f.clientHeight)).toBe(
      before,
    );

    // A pym.js height message from the iframe is obeyed.
    const frame = page.frame({ url: /\/embed\.html/ }) as Frame;
    await frame.evaluate(() =>
      parent.postMessage('pymxPYMxcable-timelinexPYMxheightxPYMx432', '*'),
    );
    await expect
      .poll(() => page.locator(FRAME).evaluate((f: HTMLIFrameElement) => f.clientHeight))
      .toBe(432);
  });

  test('a page on another origin: embed.js as a classic script sizes and links the iframe', async ({
    page,
    baseURL,
  }) => {
    // A newsroom page on its own server (another port: another origin), embedding ours.
    const ours = new URL(baseURL ?? '').origin;
    const id = at(6).id;
    const html = `<!doctype html><meta charset="utf-8"><title>Newsroom</title><h1>Host</h1>
      <iframe data-cable-timeline src="${ours}/embed.html" title="Timeline"
        style="width:100%;border:0" height="300"></iframe>
      <script src="${ours}/embed.js" defer></script>`;
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/article.html#event=${id}`);
      const frame = page.frameLocator(FRAME);
      await expect(frame.locator('.ct-panel')).toHaveAttribute('data-event-id', id);
      const child = page.frame({ url: new RegExp(`^${ours}/embed\\.html`) }) as Frame;
      await expect
        .poll(async () => {
          const inner = await child.evaluate(
            () => document.documentElement.getBoundingClientRect().height,
          );
          const outer = await page
            .locator(FRAME)
            .evaluate((f: HTMLIFrameElement) => f.clientHeight);
          return Math.abs(inner - outer);
        })
        .toBeLessThanOrEqual(2);
      await frame.locator('.ct-panel-next').click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#event=${at(7).id}`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('several iframes on a page keep one deep-link parameter each', async ({ page }) => {
    const path = await serveHostPage(page, 'two-frames', {
      element: false,
      body: `
        <iframe data-cable-timeline src="/embed.html" title="First"></iframe>
        <iframe data-cable-timeline src="/embed.html" title="Second"></iframe>
        <script src="/embed.js" defer></script>`,
    });
    await page.goto(`${path}#event=${at(2).id}&event-2=${at(8).id}`);
    const first = page.frameLocator('iframe >> nth=0');
    const second = page.frameLocator('iframe >> nth=1');
    await expect(first.locator('.ct-panel')).toHaveAttribute('data-event-id', at(2).id);
    await expect(second.locator('.ct-panel')).toHaveAttribute('data-event-id', at(8).id);
    await second.locator('.ct-panel-next').click();
    await expect(second.locator('.ct-panel')).toHaveAttribute('data-event-id', at(9).id);
    await expect
      .poll(() => new URL(page.url()).hash)
      .toBe(`#event=${at(2).id}&event-2=${at(9).id}`);
    await expect(first.locator('.ct-panel')).toHaveAttribute('data-event-id', at(2).id);
  });

  test('a frame that names its parameter keeps it, whatever frames without one come before', async ({
    page,
  }) => {
    const path = await serveHostPage(page, 'named-second', {
      element: false,
      body: `
        <iframe data-cable-timeline src="/embed.html" title="First"></iframe>
        <iframe data-cable-timeline data-hash-param="event" src="/embed.html" title="Second"></iframe>
        <script src="/embed.js" defer></script>`,
    });
    await page.goto(`${path}#event=${at(2).id}&event-2=${at(8).id}`);
    const first = page.frameLocator('iframe >> nth=0');
    const second = page.frameLocator('iframe >> nth=1');
    await expect(second.locator('.ct-panel')).toHaveAttribute('data-event-id', at(2).id);
    await expect(first.locator('.ct-panel')).toHaveAttribute('data-event-id', at(8).id);
    await first.locator('.ct-panel-next').click();
    await expect(first.locator('.ct-panel')).toHaveAttribute('data-event-id', at(9).id);
    await expect
      .poll(() => new URL(page.url()).hash)
      .toBe(`#event=${at(2).id}&event-2=${at(9).id}`);
    await expect(second.locator('.ct-panel')).toHaveAttribute('data-event-id', at(2).id);
  });

  test('embed.html: ?src= only from its own origin, ?event= preselects, ?lang= translates', async ({
    page,
  }) => {
    const id = built.events[3]!.id;
    const foreign = `https://example.com/${dataFile}`;
    await page.route('https://example.com/**', (route) => route.abort());
    await page.goto(`/embed.html?src=${encodeURIComponent(foreign)}&event=${id}&lang=ja`);
    const timeline = new TimelinePage(page);
    await expect(timeline.panel).toHaveAttribute('data-event-id', id);
    // The default dataset is shown: every event is accounted for.
    expect(await timeline.representedCount()).toBe(built.events.length);
    await expect(page.locator('cable-timeline')).toHaveAttribute(
      'src',
      /^(?!https:\/\/example\.com)/,
    );
    await expect(timeline.root.locator('.ct-reset')).toHaveText(ja.reset);
  });
});

// ---------------------------------------------------------------------------------------------
// The strict Content-Security-Policy of the preview server.

for (const path of ['/', '/embed.html', '/embed-example.html']) {
  test(`${path} runs under the strict policy and asks nothing of other origins`, async ({
    page,
    baseURL,
    isMobile,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations?: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations?.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    const response = await page.goto(path);
    const policy = response?.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
    ])
      expect(policy).toContain(directive);

    // Exercise the page: a card, a panel, a source text read in context.
    const scope = path === '/embed-example.html' ? page.frameLocator(FRAME) : page;
    const timeline = new TimelinePage(page, scope.locator('.ct-root').first());
    await expect(timeline.items.first()).toBeVisible();
    const { marker, event } = await someMarker(timeline.root);
    await openByPointer(marker, isMobile);
    await expect(timeline.panel).toHaveAttribute('data-event-id', event.id);
    const read = timeline.panel.locator('.ct-read-context').first();
    if ((await read.count()) > 0) {
      await read.click();
      await expect(timeline.panel.locator('.ct-context').first()).toBeVisible();
    }

    const violations: string[] = [];
    for (const frame of page.frames()) {
      violations.push(
        ...(await frame.evaluate(
          () => (window as unknown as { __violations?: string[] }).__violations ?? [],
        )),
      );
    }
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------------
// Without JavaScript: the pre-rendered list carries every title and every passage.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  for (const path of ['/', '/embed.html']) {
    test(`${path} shows every event's title and passages`, async ({ page }) => {
      await page.goto(path);
      const fallback = page.locator('cable-timeline .ct-fallback');
      await expect(fallback).toBeVisible();
      const titles = (await fallback.locator('.ct-list-title').allTextContents()).map(squash);
      const quotes = (await fallback.locator('.ct-list-quote').allTextContents()).map(squash);
      for (const event of built.events) {
        expect(titles, event.id).toContain(squash(event.title));
        for (const citation of event.citations)
          expect(quotes, `${event.id}: ${citation.quote}`).toContain(squash(citation.quote));
      }
      await expect(fallback.locator('.ct-list-item').first()).toBeVisible();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// lang="ja": Japanese interface strings and Japanese dates.

test('lang="ja" shows Japanese interface strings and dates @dates', async ({ page, isMobile }) => {
  const day = events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && !e.end) ?? at(0);
  const path = await serveHostPage(page, 'japanese', {
    body: `<cable-timeline lang="ja" src="${src}" hash-param="none" event="${day.id}"></cable-timeline>`,
  });
  await page.goto(path);
  const timeline = new TimelinePage(page);
  await expect(timeline.panel).toHaveAttribute('data-event-id', day.id);

  await expect(timeline.root.locator('.ct-reset')).toHaveText(ja.reset);
  await expect(timeline.root.locator('.ct-view-toggle')).toHaveText(ja.listView);
  await expect(timeline.root.locator('.ct-zoom-in')).toHaveAttribute('aria-label', ja.zoomIn);
  await expect(timeline.panel.locator('.ct-panel-close')).toHaveAttribute('aria-label', ja.close);
  await expect(timeline.panel.locator('.ct-panel-subhead')).toHaveText(
    ja.passages(day.citations.length),
  );

  const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
  await expect(timeline.panel.locator('.ct-panel-date')).toHaveText(`${y}年${m}月${d}日`);
  // Years on the axis are written the Japanese way.
  const labels = await timeline.axisLabels();
  expect(
    labels.some((l) => /^\d{4}年$/.test(l)),
    labels.join(' | '),
  ).toBe(true);

  // The card too.
  const { marker, event } = await someMarker(timeline.root, [day.id]);
  await timeline.pointAt(marker, isMobile);
  await expect(timeline.card).toHaveAttribute('data-event-id', event.id);
  await expect(timeline.card.locator('.ct-card-meta')).toContainText('年');
});

test('lang="ja" over English data: the data\'s own text is marked English, its dates are Japanese @dates', async ({
  page,
  isMobile,
}) => {
  // A date the data writes as a phrase ("mid-December 2006"): a Japanese reader gets the date.
  const phrased = events.find((e) => e.dateLabel !== undefined && !e.date.includes('~')) ?? at(0);
  const [y, m] = phrased.date.split('-').map(Number) as [number, number];
  const path = await serveHostPage(page, 'japanese-english-data', {
    body: `<cable-timeline lang="ja" src="${src}" hash-param="none" event="${phrased.id}"></cable-timeline>`,
  });
  await page.goto(path);
  const timeline = new TimelinePage(page);
  await expect(timeline.panel).toHaveAttribute('data-event-id', phrased.id);
  const panel = timeline.panel;
  await expect(panel.locator('.ct-panel-date')).toHaveText(`${y}年${m}月`);
  await expect(panel.locator('.ct-panel-date')).not.toHaveAttribute('lang', /./);
  for (const part of ['.ct-panel-title', '.ct-panel-summary', '.ct-panel-track'])
    await expect(panel.locator(part)).toHaveAttribute('lang', 'en');
  await expect(panel.locator('.ct-panel-quote p').first()).toHaveAttribute('lang', 'en');
  await expect(panel.locator('.ct-panel-subhead')).not.toHaveAttribute('lang', /./);
  // The marker's visible title is English; its name, title and Japanese date, stays in the
  // interface's language. The lanes and the chart are named in English.
  await expect(timeline.marker(phrased.id).locator('.ct-label')).toHaveAttribute('lang', 'en');
  await expect(timeline.marker(phrased.id)).not.toHaveAttribute('lang', /./);
  await expect(timeline.root.locator('.ct-lane-label').first()).toHaveAttribute('lang', 'en');
  const chartName = await timeline.viewport.getAttribute('aria-labelledby');
  await expect(timeline.root.locator(`[id="${chartName}"]`)).toHaveAttribute('lang', 'en');
  await expect(timeline.viewport).toHaveAccessibleName(dataset.title);

  const { marker, event } = await someMarker(timeline.root, [phrased.id]);
  await timeline.pointAt(marker, isMobile);
  await expect(timeline.card).toHaveAttribute('data-event-id', event.id);
  await expect(timeline.card.locator('.ct-card-title')).toHaveAttribute('lang', 'en');
  await expect(timeline.card.locator('.ct-card-quote p')).toHaveAttribute('lang', 'en');
  await expect(timeline.card.locator('.ct-card-open')).not.toHaveAttribute('lang', /./);

  // The same data in an English interface marks nothing.
  await timeline.root
    .page()
    .locator('cable-timeline')
    .evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(timeline.root.locator('.ct-view-toggle')).toHaveText('List');
  await expect(timeline.panel.locator('.ct-panel-title')).not.toHaveAttribute('lang', /./);
  await expect(timeline.panel.locator('.ct-panel-date')).toHaveText(phrased.dateLabel ?? '');
  expect(await timeline.root.locator('[lang]').count()).toBe(0);
});

test('theme="auto" follows the reader\'s colour scheme as it changes; the theme attribute switches it', async ({
  page,
  timeline,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await timeline.goto('/');
  const background = () => timeline.root.evaluate((root) => getComputedStyle(root).backgroundColor);
  const dark = await background();
  await expect(timeline.root).toHaveAttribute('data-scheme', 'dark');
  // The system setting changes while the page is open: no reload needed.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(timeline.root).toHaveAttribute('data-scheme', 'light');
  const light = await background();
  expect(light).not.toBe(dark);
  // The host page sets theme="dark" on the element: dark whatever the system says.
  await page
    .locator('cable-timeline')
    .first()
    .evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect(timeline.root).toHaveAttribute('data-scheme', 'dark');
  expect(await background()).toBe(dark);
});

test('the loading and error box follows the theme: dark with theme="dark", and with "auto" when the reader prefers dark', async ({
  page,
}) => {
  const empty = JSON.stringify(oneLaneTimeline('Nothing yet', { id: 'one', label: 'One' }, []));
  const box = (theme: string) =>
    `<cable-timeline id="${theme}" ${theme === 'none' ? '' : `theme="${theme}"`} hash-param="none">
      <script type="application/json">${empty}</script></cable-timeline>`;
  const path = await serveHostPage(page, 'status-themes', {
    body: `${['light', 'dark', 'auto', 'none'].map(box).join('')}
      <cable-timeline id="error" theme="dark" src="/e2e-host/broken.json"></cable-timeline>`,
    files: { 'broken.json': '{"title": ' },
  });
  /** Whether the box reads light text on a dark ground, by relative luminance. */
  const dark = (id: string) =>
    page.locator(`#${id} .ct-status`).evaluate((node) => {
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const style = getComputedStyle(node);
      const ground = luminance(style.backgroundColor);
      const text = luminance(style.color);
      return ground < 0.25 && text > 0.6 ? 'dark' : ground > 0.75 && text < 0.5 ? 'light' : 'mixed';
    });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await expect(page.locator('#dark .ct-status')).toHaveText('This timeline has no events yet.');
  await expect(page.locator('#error .ct-status.ct-error')).toBeVisible();
  expect(await dark('light')).toBe('light');
  expect(await dark('dark')).toBe('dark');
  expect(await dark('auto')).toBe('dark');
  expect(await dark('none')).toBe('dark');
  expect(await dark('error')).toBe('dark');

  // The reader's setting changes while the page is open.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => dark('auto')).toBe('light');
  expect(await dark('none')).toBe('light');
  expect(await dark('dark')).toBe('dark');
});

test("a card opened in the frame shows inside the host's window, not below it in the frame @desktop-only", async ({
  browser,
}) => {
  // A phone on its side: the frame is far taller than the window that shows a slice of it.
  const context = await browser.newContext({
    viewport: { width: 844, height: 390 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  try {
    await page.goto('/embed-example.html');
    const { frame, timeline } = embedded(page);
    await expect(timeline.items.first()).toBeVisible();
    const iframe = page.locator(FRAME);
    await iframe.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 10));
    // The marker lowest in the window (its dot wholly inside it).
    const frameTop = (await iframe.boundingBox())!.y;
    const marks = await frame.locator('.ct-item .ct-mark').evaluateAll((dots) =>
      dots.map((dot) => {
        const r = dot.getBoundingClientRect();
        return { id: (dot.parentElement as HTMLElement).dataset.eventId!, y: r.top, h: r.height };
      }),
    );
    const low = marks.filter((m) => frameTop + m.y + m.h < 390 - 20).sort((a, b) => b.y - a.y)[0]!;
    await frame.locator(`.ct-item[data-event-id="${low.id}"]`).tap({ position: { x: 6, y: 12 } });
    await expect(timeline.card).toBeVisible();
    const card = (await timeline.card.boundingBox())!;
    expect(card.y, 'card top inside the window').toBeGreaterThanOrEqual(0);
    expect(card.y + card.height, 'card bottom inside the window').toBeLessThanOrEqual(390);
    // The host scrolls: the card follows its marker within the window, then goes with it.
    await page.evaluate(() => window.scrollBy(0, 40));
    await expect
      .poll(async () => {
        const box = (await timeline.card.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 390;
      })
      .toBe(true);
    // The frame wholly out of sight (the page made long enough for that): the card goes too.
    await iframe.evaluate((el) => {
      document.body.style.paddingBottom = '4000px';
      window.scrollBy(0, el.getBoundingClientRect().bottom + 500);
    });
    await expect(timeline.card).toBeHidden();
  } finally {
    await context.close();
  }
});
