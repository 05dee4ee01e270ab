// Issue 4: axe finds no violations in the component (and on the whole page) in each of its
// states: the default view, a hover card, the source panel (with a source text open) and the list.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, dataset, eventsInTimeOrder, type TimelinePage } from './fixtures/timeline';
import type { Locator } from '@playwright/test';

const events = eventsInTimeOrder();

// Each axe run over the whole page takes seconds (more on a loaded machine or a phone).
test.describe.configure({ timeout: 90_000 });

// Heading levels depend on the host page's outline, which the component cannot know yet: they
// are checked on their own, in the known-bug test at the end.
const OUTLINE_RULES = ['heading-order'];

interface AxeRun {
  /** only .ct-root (else the whole page) */
  component?: boolean;
  /** run only these rules (else every rule but OUTLINE_RULES) */
  rules?: string[];
}

/** Violations as readable lines: rule, impact, and the elements concerned. */
async function violations(timeline: TimelinePage, run: AxeRun = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page: timeline.page });
  if (run.component) builder = builder.include(await timeline.axeRoot());
  builder = run.rules ? builder.withRules(run.rules) : builder.disableRules(OUTLINE_RULES);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join('; ')}`,
  );
}

async function expectNoViolations(timeline: TimelinePage, rules?: string[]): Promise<void> {
  const only = rules ? { rules } : {};
  expect(await violations(timeline, { component: true, ...only }), 'in .ct-root').toEqual([]);
  expect(await violations(timeline, only), 'whole page').toEqual([]);
}

async function openCard(timeline: TimelinePage): Promise<void> {
  const { page } = timeline;
  // Tab into the items, then step onto the first event (a cluster shows no card).
  for (
    let i = 0;
    i < 15 && (await timeline.focusState()).className.match(/\bct-(item|cluster)\b/) === null;
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  await expect.poll(async () => (await timeline.focusState()).eventId).toBe(events[0]!.id);
  await expect(timeline.card).toBeVisible();
  await expect(timeline.card).toHaveAttribute('data-event-id', events[0]!.id);
}

/** The event with the most passages, to cover every kind of source it cites. */
const richest = [...events].sort((a, b) => b.citations.length - a.citations.length)[0]!;

async function openPanel(timeline: TimelinePage): Promise<void> {
  await timeline.goto(`/#event=${encodeURIComponent(richest.id)}`);
  await expect(timeline.panel).toHaveAttribute('data-event-id', richest.id);
}

async function openList(timeline: TimelinePage): Promise<void> {
  await timeline.root.locator('.ct-view-toggle').click();
  await expect(timeline.root.locator('.ct-list-view')).toBeVisible();
  await expect(timeline.root.locator('.ct-list-view .ct-list-item')).toHaveCount(events.length);
}

test('the default view has no axe violations', async ({ timeline }) => {
  await timeline.goto('/');
  await expectNoViolations(timeline);
});

test('a hover card has no axe violations', async ({ timeline }) => {
  await timeline.goto('/');
  await openCard(timeline);
  await expectNoViolations(timeline);
});

test('the source panel, with a source text open, has no axe violations', async ({ timeline }) => {
  await openPanel(timeline);
  await expectNoViolations(timeline);
  const read = timeline.panel.locator('.ct-read-context').first();
  expect(await read.count(), 'a passage with a stored source text').toBeGreaterThan(0);
  await read.click();
  await expect(timeline.panel.locator('.ct-context mark').first()).toBeVisible();
  await expectNoViolations(timeline);
});

test('the list view has no axe violations', async ({ timeline }) => {
  await timeline.goto('/');
  await openList(timeline);
  await expectNoViolations(timeline);
});

test.describe('the outline of the host page', () => {
  test('headings follow the demo page outline (h1, then h2)', async ({ timeline }) => {
    await openPanel(timeline);
    await expectNoViolations(timeline, OUTLINE_RULES);
    await openList(timeline);
    await expectNoViolations(timeline, OUTLINE_RULES);
  });
});

test("every event and cluster is described by its lane's name", async ({ timeline }) => {
  await timeline.goto('/');
  const lanes = dataset.tracks.slice().sort((a, b) => a.order - b.order);
  const items = timeline.root.locator('.ct-items .ct-item, .ct-items .ct-cluster');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const track = Number(await item.getAttribute('data-track'));
    await expect(item).toHaveAccessibleDescription(lanes[track]!.label);
  }
});

test("each passage's buttons come after it and are described by its reference", async ({
  timeline,
}) => {
  const event = dataset.events.find((e) => e.citations.length > 1) ?? dataset.events[0]!;
  await timeline.goto(`/#event=${encodeURIComponent(event.id)}`);
  const figures = timeline.panel.locator('.ct-panel-citation');
  await expect(figures).toHaveCount(event.citations.length);
  for (let i = 0; i < event.citations.length; i++) {
    const figure = figures.nth(i);
    const reference = (await figure.locator('.ct-panel-ref').innerText()).trim();
    const buttons = figure.locator('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (let b = 0; b < (await buttons.count()); b++)
      await expect(buttons.nth(b)).toHaveAccessibleDescription(reference);
    // Reading order: the quote, its reference, then what can be done with it.
    const order = await figure.evaluate((node) => {
      const all = [...node.querySelectorAll('blockquote, .ct-panel-ref, button')];
      return all.map((n) =>
        n.matches('button') ? 'button' : n.matches('blockquote') ? 'quote' : 'ref',
      );
    });
    expect(order.slice(0, 2)).toEqual(['quote', 'ref']);
    expect(new Set(order.slice(2))).toEqual(new Set(['button']));
  }
});

test('in forced colours (high contrast) every mark keeps a visible shape, the selected one a ring', async ({
  page,
  timeline,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const selected = events.find((e) => e.id === 'abe-putin-meeting') ?? events[0]!;
  await timeline.goto(`/#event=${encodeURIComponent(selected.id)}`);
  await expect(timeline.marker(selected.id)).toBeVisible();
  // Forced colours drop backgrounds and shadows: what is left must still draw each mark.
  const invisible = await timeline.root.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.ct-item .ct-mark, .ct-cluster .ct-badge')]
      .filter((mark) => {
        const style = getComputedStyle(mark);
        const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
        const fill = style.backgroundColor !== getComputedStyle(root).backgroundColor;
        return !border && !fill;
      })
      .map((mark) => mark.closest('button')?.getAttribute('aria-label') ?? '?'),
  );
  expect(invisible).toEqual([]);
  const ring = await timeline
    .marker(selected.id)
    .locator('.ct-mark')
    .evaluate((mark) => getComputedStyle(mark).outlineStyle);
  expect(ring).toBe('solid');
});

test("the keys are told once: as the timeline's description, not again as a paragraph", async ({
  timeline,
}) => {
  await timeline.goto('/');
  const group = timeline.root.locator('.ct-viewport');
  await expect(group).toHaveAccessibleDescription(/^Left and right arrows move between events/);
  expect(await timeline.root.ariaSnapshot()).not.toContain('Left and right arrows');
});

test('toolbar buttons say their name once (no description repeating it)', async ({ timeline }) => {
  await timeline.goto('/');
  for (const name of ['Zoom in', 'Zoom out', 'Reset the view to where it started']) {
    const button = timeline.root.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleDescription('');
  }
});

test("the browser describes each marker by its lane's name as written, not as the CSS upper-cases it", async ({
  page,
  timeline,
}) => {
  await timeline.goto('/');
  await expect(timeline.items.first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; description?: { value?: string } }>;
    };
    const labels = new Set(dataset.tracks.map((t) => t.label));
    const upper = new Set([...labels].map((l) => l.toUpperCase()));
    // The descriptions that name a lane, in whatever case.
    const described = nodes
      .map((n) => (n.role?.value === 'button' ? (n.description?.value ?? '') : ''))
      .filter((d) => upper.has(d.toUpperCase()));
    expect(described.length).toBeGreaterThan(0);
    for (const d of described) expect(labels.has(d), `description "${d}"`).toBe(true);
  } finally {
    await cdp.detach();
  }
});

test("the panel's small-capital headings are named as written, not upper-cased", async ({
  page,
  timeline,
}) => {
  const event = dataset.events.find((e) => e.citations.length > 1) ?? dataset.events[0]!;
  await timeline.goto(`/#event=${encodeURIComponent(event.id)}`);
  const subhead = timeline.panel.locator('.ct-panel-subhead');
  await expect(subhead).toBeVisible();
  const written = (await subhead.textContent()) ?? '';
  expect(written).not.toBe(written.toUpperCase());
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: string } }>;
    };
    const headings = nodes
      .filter((n) => n.role?.value === 'heading')
      .map((n) => n.name?.value ?? '');
    expect(headings).toContain(written);
  } finally {
    await cdp.detach();
  }
});

test("a reader's bigger default text size reaches the card, the panel and the list; the chart keeps its sizes", async ({
  page,
  timeline,
}) => {
  const fontSize = (locator: Locator) =>
    locator.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const sizes = async () => {
    await timeline.goto('/');
    await openCard(timeline);
    const card = await fontSize(timeline.card.locator('.ct-card-summary'));
    const lane = await fontSize(timeline.root.locator('.ct-lane-label').first());
    const label = await fontSize(timeline.root.locator('.ct-item .ct-label').first());
    const toolbar = await fontSize(timeline.root.locator('.ct-reset'));
    await openPanel(timeline);
    const panel = await fontSize(timeline.panel.locator('.ct-panel-summary'));
    await openList(timeline);
    const list = await fontSize(timeline.root.locator('.ct-list-summary').first());
    return { card, panel, list, lane, label, toolbar };
  };
  const normal = await sizes();
  // What a reader sets as "font size" in the browser's settings (the host page's CSS, its
  // root size included, stays as it is).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  const bigger = await sizes();
  for (const part of ['card', 'panel', 'list'] as const)
    expect(bigger[part], part).toBeCloseTo(normal[part] * 1.5, 1);
  for (const part of ['lane', 'label', 'toolbar'] as const)
    expect(bigger[part], part).toBe(normal[part]);
});
