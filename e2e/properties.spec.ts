// Issue 7: the property tests in the browser. fast-check generates valid documents in Node (the
// unit suite's generators, tests/generators.ts: 0 to 300 events, every precision, spans, crowds
// on one day, years before 1, hostile, right-to-left, emoji and combining text) with a fixed
// seed (FUZZ_SEED=<n> for another; it is printed on failure). Each is loaded into a
// <cable-timeline> under the preview's strict CSP and, at the view at load and zoomed to a
// window between two of its events, every event must be drawn exactly once (its own marker or
// one cluster's member) or counted beyond an edge, no two labels may overlap, and nothing may
// execute, log an error or throw. Invalid documents (a wrong type at any path) are never drawn:
// the element says what is wrong, at which path.
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import type { TimelineData } from '../src/model/schema';
import { firstDay, lastDay, parseCalendarDate } from '../src/model/dates';
import { formatPath } from '../src/model/paths';
import { validDocArb, wrongTypeArb } from '../tests/generators';
import { serveHostPage } from './fixtures/host-page';
import { test, expect, TimelinePage } from './fixtures/timeline';

const SEED = Number(process.env.FUZZ_SEED ?? 20070111);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** What the page shows of the events: who is drawn (markers, cluster members) and edge counts. */
interface Census {
  drawn: string[];
  clusterCountMismatches: string[];
  earlier: number;
  later: number;
  status: string | null;
}

function census(page: Page): Promise<Census> {
  return page.locator('#t').evaluate((host) => {
    const root = host.shadowRoot;
    const drawn: string[] = [];
    const clusterCountMismatches: string[] = [];
    root?.querySelectorAll<HTMLElement>('.ct-items .ct-item').forEach((item) => {
      drawn.push(item.dataset.eventId ?? '(no id)');
    });
    // A cluster's member list is its bound d3 datum (d3 documents `__data__`): thousands of ids
    // are not written into the DOM.
    type Bound = HTMLElement & { __data__?: { item?: { members?: string[] } } };
    root?.querySelectorAll<Bound>('.ct-items .ct-cluster').forEach((cluster) => {
      const members = cluster.__data__?.item?.members ?? [];
      if (members.length !== Number(cluster.dataset.count))
        clusterCountMismatches.push(`${cluster.dataset.count} ≠ ${members.join(' ')}`);
      drawn.push(...members);
    });
    const edge = (selector: string) => {
      const button = root?.querySelector<HTMLElement>(selector);
      return button && !button.hidden ? Number(button.dataset.count) : 0;
    };
    return {
      drawn,
      clusterCountMismatches,
      earlier: edge('.ct-edge-earlier'),
      later: edge('.ct-edge-later'),
      status: root?.querySelector('.ct-status')?.textContent ?? null,
    };
  });
}

/** Problems with the census of `doc`: events missing, shown twice, or unknown. */
function problems(doc: TimelineData, seen: Census): string[] {
  const ids = new Set(doc.events.map((e) => e.id));
  const counts = new Map<string, number>();
  for (const id of seen.drawn) counts.set(id, (counts.get(id) ?? 0) + 1);
  const found = [
    ...seen.clusterCountMismatches.map((m) => `cluster count ${m}`),
    ...[...counts].filter(([, n]) => n > 1).map(([id, n]) => `${id} drawn ${n} times`),
    ...[...counts.keys()].filter((id) => !ids.has(id)).map((id) => `${id} is no event`),
  ];
  const accounted = counts.size + seen.earlier + seen.later;
  if (accounted !== doc.events.length)
    found.push(
      `${counts.size} drawn + ${seen.earlier} earlier + ${seen.later} later ≠ ${doc.events.length} events`,
    );
  return found;
}

const day = (text: string, edge: 'first' | 'last') => {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return edge === 'first' ? firstDay(parsed.date) : lastDay(parsed.date);
};

/** Serves generated documents under /e2e-data/ and opens a page with one bare element. */
async function openHost(
  page: Page,
): Promise<{ serve: (doc: unknown) => string; trouble: string[] }> {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const docs = new Map<string, string>();
  await page.route(
    (url) => url.pathname.startsWith('/e2e-data/'),
    (route) => {
      const body = docs.get(new URL(route.request().url()).pathname);
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ contentType: 'application/json', body });
    },
  );
  await page.goto(
    await serveHostPage(page, 'properties', { body: '<cable-timeline id="t"></cable-timeline>' }),
  );
  return {
    trouble,
    serve: (doc) => {
      const path = `/e2e-data/doc-${docs.size}.json`;
      docs.set(path, JSON.stringify(doc));
      return path;
    },
  };
}

/** Points the element at `path`; resolves with `ready` or `error` and the error's reason. */
function load(page: Page, path: string): Promise<{ type: string; reason: string | null }> {
  return page.locator('#t').evaluate(
    (element, path) =>
      new Promise<{ type: string; reason: string | null }>((resolve) => {
        const done = (e: Event) => {
          element.removeEventListener('ready', done);
          element.removeEventListener('error', done);
          const detail = (e as CustomEvent<{ reason?: string } | null>).detail;
          resolve({ type: e.type, reason: detail?.reason ?? null });
        };
        element.addEventListener('ready', done);
        element.addEventListener('error', done);
        element.setAttribute('src', path);
      }),
    path,
  );
}

/** fc.assert with the fixed seed, no shrinking (each run is a page load); names the seed. */
async function holds<Ts>(property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { seed: SEED, numRuns, endOnFailure: true });
  } catch (error) {
    const hint = `fast-check seed ${SEED}: reproduce with FUZZ_SEED=${SEED}`;
    if (error instanceof Error) error.message = `${hint}\n${error.message}`;
    throw error;
  }
}

test.describe('generated documents in the browser @desktop-only', () => {
  test.setTimeout(120_000);

  test(`${RUNS} valid documents: every event shown exactly once, no overlap, nothing runs`, async ({
    page,
  }) => {
    // zoomTo without animation: the view is there on the next frame.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { serve, trouble } = await openHost(page);
    page.on('console', (message) => {
      if (message.type() === 'error') trouble.push(`console: ${message.text()}`);
    });
    const timeline = new TimelinePage(page);
    let run = 0;

    const property = fc.asyncProperty(
      validDocArb({ maxEvents: 300 }),
      fc.integer({ min: 320, max: 1600 }),
      fc.tuple(fc.nat(), fc.nat()),
      async (doc, width, [a, b]) => {
        run++;
        await page.setViewportSize({ width, height: 800 });
        // `ready`, or `error` for a document without events.
        const outcome = (await load(page, serve(doc))).type;
        const where = `${doc.events.length} events, ${width} px`;
        if (doc.events.length === 0) {
          expect(outcome, where).toBe('error');
          expect((await census(page)).status).toBe('This timeline has no events yet.');
          return;
        }
        expect(outcome, where).toBe('ready');
        await expect
          .poll(async () => problems(doc, await census(page)), `${where}, view at load`)
          .toEqual([]);
        // The view at load shows the main period: no event of it lies beyond an edge.
        const main = doc.events.filter((e) => e.context !== true).length;
        const seen = await census(page);
        if (main === doc.events.length) expect(seen.earlier + seen.later, where).toBe(0);
        await expect.poll(() => timeline.collisions(), `${where}, view at load`).toEqual([]);

        // Zoomed to the window between two of its events.
        const first = doc.events[a % doc.events.length]!;
        const second = doc.events[b % doc.events.length]!;
        const bounds = [first, second].map((e) => ({
          start: e.date,
          end: e.end ?? e.date,
          from: day(e.date, 'first'),
          to: day(e.end ?? e.date, 'last'),
        }));
        const from = bounds[0]!.from <= bounds[1]!.from ? bounds[0]! : bounds[1]!;
        const to = bounds[0]!.to >= bounds[1]!.to ? bounds[0]! : bounds[1]!;
        await page
          .locator('#t')
          .evaluate(
            (element, [start, end]) =>
              (element as HTMLElement & { zoomTo(s: string, e: string): void }).zoomTo(start, end),
            [from.start, to.end] as const,
          );
        await expect
          .poll(async () => problems(doc, await census(page)), `${where}, zoomed`)
          .toEqual([]);
        await expect.poll(() => timeline.collisions(), `${where}, zoomed`).toEqual([]);
        expect(trouble, where).toEqual([]);
      },
    );
    await holds(property, RUNS);
    expect(run).toBe(RUNS);
    expect(trouble).toEqual([]);
  });

  test(`${RUNS / 2} documents with a wrong type at some path: an error message, nothing drawn`, async ({
    page,
  }) => {
    const { serve, trouble } = await openHost(page);
    // The loader logs each data problem (console.error); nothing else may.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('timeline data: '))
        trouble.push(`console: ${message.text()}`);
    });
    let run = 0;
    await holds(
      fc.asyncProperty(wrongTypeArb(), async ({ path, input }) => {
        run++;
        const where = `wrong type at ${formatPath(path)}`;
        const outcome = await load(page, serve(input));
        expect(outcome.type, where).toBe('error');
        expect(outcome.reason, where).toMatch(/^The timeline data has errors: \S/);
        const shown = await page.locator('#t').evaluate((host) => ({
          drawn: host.shadowRoot?.querySelector('.ct-root') !== null,
          alert: host.shadowRoot?.querySelector('.ct-status.ct-error[role="alert"]')?.textContent,
        }));
        expect(shown, where).toEqual({ drawn: false, alert: outcome.reason });
        expect(trouble, where).toEqual([]);
      }),
      RUNS / 2,
    );
    expect(run).toBe(RUNS / 2);
  });
});
