// Issue 4: the timeline by keyboard alone. Tab into the items, walk every event in date order,
// open and close the source panel, zoom and reset, and never lose focus to <body>; keys act
// only while focus is inside the component.
import {
  test,
  expect,
  frames,
  eventsInTimeOrder,
  oneLaneTimeline,
  type TimelinePage,
} from './fixtures/timeline';

const events = eventsInTimeOrder();

/** Waits until the view stops changing: a zoom's transition has run to its end. */
async function viewSettled(timeline: TimelinePage): Promise<void> {
  await expect
    .poll(async () => {
      const a = await timeline.viewRange();
      await frames(timeline.page, 2);
      const b = await timeline.viewRange();
      return a.start === b.start && a.end === b.end;
    })
    .toBe(true);
}

/** Presses Tab until an item of the timeline has focus. */
async function tabIntoItems(timeline: TimelinePage): Promise<void> {
  for (let i = 0; i < 15; i++) {
    await timeline.page.keyboard.press('Tab');
    const focused = await timeline.focusState();
    if (focused.inside && /\bct-(item|cluster)\b/.test(focused.className)) return;
  }
  throw new Error('Tab never reached the timeline items');
}

async function expectFocusOn(timeline: TimelinePage, id: string, title: string): Promise<void> {
  await expect.poll(async () => (await timeline.focusState()).eventId).toBe(id);
  const { label, inside } = await timeline.focusState();
  expect(inside).toBe(true);
  expect(label?.startsWith(`${title}, `), `aria-label "${label}"`).toBe(true);
}

/** Loads the demo, tabs into the items and moves focus to the first event. */
async function focusFirstEvent(timeline: TimelinePage): Promise<void> {
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await timeline.page.keyboard.press('Home');
  await expectFocusOn(timeline, events[0]!.id, events[0]!.title);
}

/**
 * Focuses the first event, then a script selects another event drawn in the same view (so the
 * selection need not move it) and its panel opens; returns the focused event.
 */
async function scriptSelectsAnother(timeline: TimelinePage): Promise<(typeof events)[number]> {
  await focusFirstEvent(timeline);
  const first = events[0]!;
  const other = (await timeline.markersInView()).find((m) => m.id !== first.id)!;
  expect(other).toBeDefined();
  await timeline.page
    .locator('cable-timeline')
    .evaluate(
      (element: HTMLElement & { select(id: string): void }, id) => element.select(id),
      other.id,
    );
  await expect(timeline.panel).toHaveAttribute('data-event-id', other.id);
  return first;
}

/** Loads the demo, tabs into the items and moves focus to the last event; returns it. */
async function focusLastEvent(timeline: TimelinePage): Promise<(typeof events)[number]> {
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await timeline.page.keyboard.press('End');
  const last = events[events.length - 1]!;
  await expectFocusOn(timeline, last.id, last.title);
  return last;
}

async function expectFocusKept(timeline: TimelinePage): Promise<void> {
  expect((await timeline.focusState()).inside, 'focus inside .ct-root').toBe(true);
  expect(await timeline.focusLosses()).toEqual([]);
}

test('a keyboard-only walk through every event in date order', async ({ page, timeline }) => {
  test.slow(); // one key press and one redraw per event
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await timeline.watchFocus();

  const first = events[0]!;
  await page.keyboard.press('Home');
  await expectFocusOn(timeline, first.id, first.title);
  await expectFocusKept(timeline);
  for (const event of events.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expectFocusOn(timeline, event.id, event.title);
    await expectFocusKept(timeline);
  }
  // The last event stays put; then back, one step and all the way.
  const last = events[events.length - 1]!;
  await page.keyboard.press('ArrowRight');
  await frames(page, 2);
  await expectFocusOn(timeline, last.id, last.title);
  if (events.length > 1) {
    const before = events[events.length - 2]!;
    await page.keyboard.press('ArrowLeft');
    await expectFocusOn(timeline, before.id, before.title);
  }
  await page.keyboard.press('Home');
  await expectFocusOn(timeline, first.id, first.title);
  await page.keyboard.press('End');
  await expectFocusOn(timeline, last.id, last.title);
  await expectFocusKept(timeline);
});

test('open, close, zoom and reset by keyboard, with focus kept inside', async ({
  page,
  timeline,
}) => {
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await timeline.watchFocus();
  const initialSpan = await timeline.viewSpan();

  // A zoomed-out view shows clusters; step onto an event first.
  const event = events[Math.floor(events.length / 2)]!;
  await page.keyboard.press('Home');
  await expectFocusOn(timeline, events[0]!.id, events[0]!.title);
  for (const step of events.slice(1, events.indexOf(event) + 1)) {
    await page.keyboard.press('ArrowRight');
    await expectFocusOn(timeline, step.id, step.title);
  }

  // Enter opens the source panel; the focus stays on the marker.
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeVisible();
  await expect(timeline.panel).toHaveAttribute('data-event-id', event.id);
  await expect(timeline.marker(event.id)).toHaveAttribute('aria-pressed', 'true');
  await expectFocusKept(timeline);

  // Escape closes it and returns focus to the marker.
  await page.keyboard.press('Escape');
  await expect(timeline.panel).toBeHidden();
  await expectFocusOn(timeline, event.id, event.title);
  await expect(timeline.marker(event.id)).toHaveAttribute('aria-pressed', 'false');
  await expectFocusKept(timeline);

  // Escape from inside the panel closes it too, and focus goes back to the marker.
  await page.keyboard.press('Space');
  await expect(timeline.panel).toHaveAttribute('data-event-id', event.id);
  await timeline.panel.locator('.ct-panel-close').focus();
  await page.keyboard.press('Escape');
  await expect(timeline.panel).toBeHidden();
  await expectFocusOn(timeline, event.id, event.title);
  await expectFocusKept(timeline);

  // + zooms in, − zooms out, 0 resets: focus stays on an item throughout.
  const zoomed = async (key: string, expected: (span: number) => boolean) => {
    const before = await timeline.viewSpan();
    await page.keyboard.press(key);
    await expect
      .poll(async () => expected((await timeline.viewSpan()) / before), { message: key })
      .toBe(true);
    // Let the transition finish before the next key.
    await viewSettled(timeline);
    await expectFocusKept(timeline);
    expect((await timeline.focusState()).className).toMatch(/\bct-(item|cluster)\b/);
  };
  const near = (ratio: number) => (r: number) => Math.abs(r - ratio) < 0.02;
  await zoomed('+', near(0.5));
  await zoomed('+', near(0.5));
  await zoomed('-', near(2));
  await zoomed('0', () => true);
  expect(Math.abs((await timeline.viewSpan()) / initialSpan - 1)).toBeLessThan(0.01);
});

test("the panel's Previous, Next and Close by keyboard keep focus inside", async ({
  page,
  timeline,
}) => {
  test.skip(events.length < 3, 'needs three events');
  const at = (i: number) => events[(events.length + i) % events.length]!;
  await timeline.goto(`/#event=${encodeURIComponent(at(-3).id)}`);
  const { panel } = timeline;
  await expect(panel).toHaveAttribute('data-event-id', at(-3).id);
  await panel.locator('.ct-panel-next').focus();
  await timeline.watchFocus();

  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-event-id', at(-2).id);
  await expect.poll(async () => (await timeline.focusState()).className).toBe('ct-panel-next');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(async () => (await timeline.focusState()).className).toBe('ct-panel-prev');
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-event-id', at(-3).id);
  await expect.poll(async () => (await timeline.focusState()).className).toBe('ct-panel-prev');
  await expectFocusKept(timeline);

  // At the last event "Next" is disabled: focus goes to the panel's heading.
  await panel.locator('.ct-panel-next').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-event-id', at(-1).id);
  await expect(panel.locator('.ct-panel-next')).toBeDisabled();
  await expect.poll(async () => (await timeline.focusState()).className).toBe('ct-panel-title');
  await expectFocusKept(timeline);

  // Close from the keyboard: focus returns to the event's marker.
  await panel.locator('.ct-panel-close').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expectFocusOn(timeline, at(-1).id, at(-1).title);
  await expectFocusKept(timeline);
});

test('Shift+Tab right after closing the panel keeps the focus where the reader moved it', async ({
  page,
  timeline,
}) => {
  const event = events[0]!;
  await timeline.goto(`/#event=${encodeURIComponent(event.id)}`);
  await expect(timeline.panel).toBeVisible();
  await timeline.panel.locator('.ct-panel-close').focus();
  // A busy machine: no frame is drawn between the two keys.
  await page.evaluate(() => {
    const w = window as unknown as { releaseFrames: () => void };
    const draw = window.requestAnimationFrame.bind(window);
    const held: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => held.push(callback) + 1_000_000;
    w.releaseFrames = () => {
      window.requestAnimationFrame = draw;
      for (const callback of held) draw(callback);
    };
  });
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(async () => (await timeline.focusState()).className).toBe('ct-reset');
  await page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
  await frames(page, 3);
  expect((await timeline.focusState()).className).toBe('ct-reset');
  await page.keyboard.press('Tab');
  await expectFocusOn(timeline, event.id, event.title);
});

test('↑ and ↓ move to the nearest event in the lane above or below', async ({ page, timeline }) => {
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await timeline.watchFocus();
  await page.keyboard.press('Home');
  await expectFocusOn(timeline, events[0]!.id, events[0]!.title);
  const lane = async () => {
    await frames(page, 2);
    return (await timeline.focusState()).eventId;
  };
  const trackOf = async (id: string | null) =>
    id === null ? null : timeline.marker(id).getAttribute('data-track');
  const start = await lane();
  const startTrack = Number(await trackOf(start));
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(async () => Number(await trackOf(await lane())))
    .toBeGreaterThanOrEqual(startTrack);
  const down = await lane();
  if (down !== start) {
    expect(Number(await trackOf(down))).toBeGreaterThan(startTrack);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => Number(await trackOf(await lane())))
      .toBeLessThan(Number(await trackOf(down)));
  }
  await expectFocusKept(timeline);
});

test.describe('keys act only while focus is inside the component', () => {
  for (const key of ['+', '-', '0']) {
    test(`"${key}" with focus on the page outside does nothing`, async ({ page, timeline }) => {
      await timeline.goto('/');
      // Zoom in first so that "0" (reset) would have something to undo.
      if (key === '0') {
        const initial = await timeline.viewSpan();
        await timeline.root.locator('.ct-zoom-in').click();
        await expect.poll(() => timeline.viewSpan()).toBeLessThan(initial * 0.51);
      }
      await viewSettled(timeline);
      const span = await timeline.viewSpan();
      // Count every redraw of the visible range from now on.
      await timeline.root.evaluate((root) => {
        const w = window as unknown as { __ctViewChanges?: number };
        w.__ctViewChanges = 0;
        new MutationObserver(() => (w.__ctViewChanges = (w.__ctViewChanges ?? 0) + 1)).observe(
          root,
          { attributes: true, attributeFilter: ['data-view-start', 'data-view-end'] },
        );
      });
      await page.locator('h1').first().click();
      expect((await timeline.focusState()).inside).toBe(false);
      await page.keyboard.press(key);
      await frames(page, 4);
      expect(
        await page.evaluate(() => (window as { __ctViewChanges?: number }).__ctViewChanges),
      ).toBe(0);
      expect(await timeline.viewSpan()).toBe(span);

      // The same key with focus inside does act (the check above is not vacuous).
      await tabIntoItems(timeline);
      await page.keyboard.press(key);
      await expect.poll(() => timeline.viewSpan()).not.toBe(span);
    });
  }
});

test.describe('focus under fast and far moves', () => {
  test('a far jump moves focus straight to its target, never through <body>', async ({
    page,
    timeline,
  }) => {
    await focusLastEvent(timeline);
    await timeline.watchFocus();
    await page.keyboard.press('Home');
    await expectFocusOn(timeline, events[0]!.id, events[0]!.title);
    expect(await timeline.focusBlurs()).toEqual([]);
  });

  test('arrow keys pressed faster than the redraw are all taken into account', async ({
    timeline,
  }) => {
    await focusFirstEvent(timeline);
    // Three presses within one task, as key repeat does while a frame is slow.
    await timeline.root.evaluate((root) => {
      const target = root.querySelector<HTMLElement>('.ct-items [tabindex="0"]')!;
      for (let i = 0; i < 3; i++)
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
    });
    const third = events[3] ?? events[events.length - 1]!;
    await expectFocusOn(timeline, third.id, third.title);
  });

  test("Escape pressed before a key's focus move lands: focus moves, no card comes with it", async ({
    page,
    timeline,
  }) => {
    await focusFirstEvent(timeline);
    await expect(timeline.card).toBeVisible();
    // → then Escape within one task, before the redraw that moves focus.
    await timeline.root.evaluate((root) => {
      const target = root.querySelector<HTMLElement>('.ct-items [tabindex="0"]')!;
      for (const key of ['ArrowRight', 'Escape'])
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
    });
    const second = events[1] ?? events[0]!;
    await expectFocusOn(timeline, second.id, second.title);
    await expect(timeline.card).toBeHidden();
    // The next key brings the card back as usual.
    await page.keyboard.press('ArrowLeft');
    await expectFocusOn(timeline, events[0]!.id, events[0]!.title);
    await expect(timeline.card).toBeVisible();
  });
});

test('focus that a cluster took over returns to its event when the cluster splits', async ({
  page,
  timeline,
}) => {
  // An event that the home view draws inside a cluster and not as the cluster's first member:
  // the last member of the last cluster (a cluster's member list is its bound d3 datum).
  await timeline.goto('/');
  const clusters = timeline.root.locator('.ct-items .ct-cluster');
  await expect(clusters.first()).toBeVisible();
  const id = await clusters.last().evaluate((el) => {
    const members = (el as HTMLElement & { __data__?: { item?: { members?: string[] } } }).__data__
      ?.item?.members;
    return members?.[members.length - 1] ?? '';
  });
  const event = events.find((e) => e.id === id)!;

  // The deep link zooms until it has a marker of its own; closing the panel focuses it.
  await timeline.goto(`/#event=${encodeURIComponent(id)}`);
  await expect(timeline.panel).toBeVisible();
  await expect.poll(() => timeline.markerInView(id)).toBe(true);
  await viewSettled(timeline);
  const view = await timeline.viewRange();
  await timeline.panel.locator('.ct-panel-close').focus();
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeHidden();
  await expectFocusOn(timeline, id, event.title);

  // Back home: the cluster that holds the event takes the focus.
  const home = async () => {
    await page.keyboard.press('0');
    await expect(timeline.marker(id)).toHaveCount(0);
    await viewSettled(timeline);
    await expect
      .poll(async () => (await timeline.focusState()).className)
      .toMatch(/\bct-cluster\b/);
  };
  await home();

  // Zoomed back in (within the deep link's view, so at least as fine a layout), the focus is on
  // the event again, not on whatever item comes first.
  const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);
  await timeline.zoomTo(day(view.start + 86_400_000), day(view.end - 2 * 86_400_000));
  await expectFocusOn(timeline, id, event.title);
  await expect(timeline.marker(id)).toHaveAttribute('tabindex', '0');

  // Enter on the cluster that holds the event opens it up with the focus on the event.
  await home();
  await page.keyboard.press('Enter');
  await expectFocusOn(timeline, id, event.title);

  // An arrow key on the cluster that holds the event moves on from the event itself.
  await home();
  const at = events.findIndex((e) => e.id === id);
  const [key, neighbour] = events[at + 1]
    ? ['ArrowRight', events[at + 1]!]
    : ['ArrowLeft', events[at - 1]!];
  await page.keyboard.press(key);
  await expectFocusOn(timeline, neighbour.id, neighbour.title);
});

test('focus returns to its event when it leaves a cluster that stays on screen', async ({
  page,
  timeline,
}) => {
  // Six events on one day are a cluster at every zoom; "c" ten days later joins it at the
  // home view and has a marker of its own once zoomed in. The cluster stays, under the same
  // first member, so nothing that held focus leaves the DOM when "c" splits off.
  const SPLIT_PATH = '/data/split-from-cluster.json';
  const data = oneLaneTimeline('A cluster and a neighbour', { id: 'one', label: 'One' }, [
    ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => ({
      id,
      date: '2008-06-01',
      title: `Same day ${id}`,
    })),
    { id: 'c', date: '2008-06-11', title: 'Ten days on' },
    { id: 'z', date: '2010-06-01', title: 'Two years on' },
  ]);
  await page.route(
    (url) => url.pathname === SPLIT_PATH,
    (route) => route.fulfill({ json: data }),
  );

  // Focus on "c" in its own marker: the deep link, then the panel closed by keyboard.
  await timeline.goto(`/?src=${SPLIT_PATH}#event=c`);
  await expect(timeline.panel).toBeVisible();
  await expect.poll(() => timeline.markerInView('c')).toBe(true);
  await viewSettled(timeline);
  await timeline.panel.locator('.ct-panel-close').focus();
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeHidden();
  await expectFocusOn(timeline, 'c', 'Ten days on');

  // Home: "c" is a member of the cluster, which takes the focus.
  await page.keyboard.press('0');
  await expect(timeline.marker('c')).toHaveCount(0);
  await viewSettled(timeline);
  const holder = await timeline.focusState();
  expect(holder.className).toMatch(/\bct-cluster\b/);
  const clusterId = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return (active as HTMLElement | null)?.dataset.clusterId ?? '';
  });

  // Zoomed in, "c" splits off while its cluster stays under the same id: focus is on "c".
  await timeline.zoomTo('2008-05-25', '2008-06-20');
  await expect(timeline.marker('c')).toHaveCount(1);
  await expect(
    timeline.root.locator(`.ct-items .ct-cluster[data-cluster-id="${clusterId}"]`),
  ).toHaveCount(1);
  await expectFocusOn(timeline, 'c', 'Ten days on');
  await expect(timeline.marker('c')).toHaveAttribute('tabindex', '0');
});

test("the overview's window is a slider: Tab reaches it, keys move the view, its value is spoken", async ({
  page,
  timeline,
}) => {
  await timeline.goto('/');
  const slider = timeline.root.locator('.ct-overview [role="slider"]');
  await expect(slider).toHaveAccessibleName(/Visible period/);
  // Tab order: the items come before the overview.
  await tabIntoItems(timeline);
  for (let i = 0; i < 10 && !(await slider.evaluate((el) => el.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();

  const before = await timeline.viewRange();
  const span = before.end - before.start;
  const valueBefore = Number(await slider.getAttribute('aria-valuenow'));

  // Zoomed in first, so that the window has room to move both ways.
  await page.keyboard.press('+');
  await expect.poll(async () => span / (await timeline.viewSpan())).toBeGreaterThan(1.9);
  // The steps below are measured from the zoomed view, so its transition must be over.
  await viewSettled(timeline);
  const zoomed = await timeline.viewRange();
  const zoomedSpan = zoomed.end - zoomed.start;

  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => ((await timeline.viewRange()).start - zoomed.start) / zoomedSpan)
    .toBeCloseTo(0.1, 2);
  await page.keyboard.press('PageUp');
  await expect
    .poll(async () => ((await timeline.viewRange()).start - zoomed.start) / zoomedSpan)
    .toBeCloseTo(-0.9, 2);
  // The length of the view never changes while the window moves.
  expect(Math.abs((await timeline.viewSpan()) / zoomedSpan - 1)).toBeLessThan(0.001);

  // Home and End: to either end of the data; the slider's value follows.
  await page.keyboard.press('Home');
  await expect
    .poll(() => slider.getAttribute('aria-valuenow'))
    .toBe(await slider.getAttribute('aria-valuemin'));
  await page.keyboard.press('End');
  await expect
    .poll(() => slider.getAttribute('aria-valuenow'))
    .toBe(await slider.getAttribute('aria-valuemax'));
  expect(Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(valueBefore);
  // The value is spoken as dates: "1 March 2008 – 31 August 2009".
  await expect(slider).toHaveAttribute('aria-valuetext', /\d{4}\s–\s\d{1,2} \w+ \d{4}$/);
  await expect(slider).toBeFocused();
});

test('the page scrolls to show the marker a key moved the focus to, and the panel Enter opens', async ({
  page,
  timeline,
}) => {
  await page.setViewportSize({ width: 1280, height: 640 });
  await timeline.goto('/');
  await page.evaluate(() => window.scrollTo(0, 0));
  await tabIntoItems(timeline);
  const focused = () =>
    page.evaluateHandle(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active as HTMLElement;
    });
  // Down through the lanes and along them: every marker focused is on screen.
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
    await page.keyboard.press(key);
    await frames(page, 2);
    const element = (await focused()).asElement();
    await expect.poll(async () => (await element.boundingBox())?.y ?? -1).toBeGreaterThan(0);
    const box = (await element.boundingBox())!;
    expect(box.y + box.height, `${key}: marker inside the window`).toBeLessThanOrEqual(640);
  }
  // Enter opens the panel, and the page brings it into sight, without scrolling the focused
  // marker out of it.
  const marker = (await focused()).asElement();
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeVisible();
  await expect(timeline.panel.locator('.ct-panel-title')).toBeInViewport();
  await frames(page, 30);
  const box = (await marker.boundingBox())!;
  expect(box.y, 'the focused marker below the top of the window').toBeGreaterThanOrEqual(0);
});

test('the tab stop is always a marker a reader can see: events whose marks are off screen count beyond the edge', async ({
  page,
  timeline,
}) => {
  await timeline.goto('/');
  const ranges = [
    ['2007-03-04', '2007-09-24'],
    ['2007-02-10', '2007-07-01'],
    ['2008-03-17', '2008-05-02'],
    ['2009-02-12', '2009-02-21'],
  ] as const;
  for (const [from, to] of ranges) {
    await timeline.zoomTo(from, to);
    await frames(page, 2);
    const offScreen = await timeline.root.evaluate((root) => {
      const plot = root.querySelector('.ct-viewport')!.getBoundingClientRect();
      return [...root.querySelectorAll<HTMLElement>('.ct-items .ct-item')]
        .filter((item) => {
          const mark = item.querySelector('.ct-mark')!.getBoundingClientRect();
          return mark.right <= plot.left || mark.left >= plot.right;
        })
        .map((item) => item.dataset.eventId);
    });
    expect(offScreen, `${from} – ${to}: markers drawn with their marks off screen`).toEqual([]);
    expect(await timeline.representedCount(), `${from} – ${to}`).toBe(events.length);
  }
});

test.describe('zooming never takes the focus away', () => {
  test('+ and − on a focused marker zoom around it: it stays on screen and keeps the focus', async ({
    page,
    timeline,
  }) => {
    const last = await focusLastEvent(timeline);
    await timeline.watchFocus();
    await page.keyboard.press('-');
    await viewSettled(timeline);
    for (let i = 0; i < 6; i++) {
      const before = await timeline.viewSpan();
      await page.keyboard.press('+');
      await expect.poll(() => timeline.viewSpan()).toBeLessThan(before);
      await viewSettled(timeline);
      await expectFocusOn(timeline, last.id, last.title);
      expect(await timeline.markerInView(last.id)).toBe(true);
    }
    await expectFocusKept(timeline);
  });

  test('a view with no item left on screen holds the focus itself; arrows and 0 lead back', async ({
    page,
    timeline,
  }) => {
    await focusFirstEvent(timeline);
    await timeline.watchFocus();
    // Days without events, far from the focused one (set by script: keys keep it in view).
    await timeline.zoomTo('2009-08-10', '2009-08-12');
    await expect(timeline.root.locator('.ct-items button:not(.ct-exiting)')).toHaveCount(0);
    const held = await timeline.focusState();
    expect(held.inside, 'focus inside .ct-root').toBe(true);
    expect(held.className).toContain('ct-viewport');
    // On from the middle of the view: the next event after it, not the first of all.
    const next = events.find((e) => e.date > '2009-08-11')!;
    await page.keyboard.press('ArrowRight');
    await expectFocusOn(timeline, next.id, next.title);
    await page.keyboard.press('0');
    await viewSettled(timeline);
    await expectFocusKept(timeline);
  });

  test('an edge button that runs out of events hands the focus to a marker before hiding', async ({
    page,
    timeline,
  }) => {
    await timeline.goto('/');
    await timeline.zoomTo('2010-06-01', '2010-12-31');
    const later = timeline.root.locator('.ct-edge-later');
    await expect(later).toBeVisible();
    await later.focus();
    await timeline.watchFocus();
    for (let i = 0; i < 10 && (await later.isVisible()); i++) {
      const count = await later.getAttribute('data-count');
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await later.isVisible()) && (await later.getAttribute('data-count')))
        .not.toBe(count);
    }
    await expect(later).toBeHidden();
    const focused = await timeline.focusState();
    expect(focused.inside, 'focus inside .ct-root').toBe(true);
    expect(focused.eventId ?? focused.className).toMatch(/\S/);
    expect(await timeline.focusLosses()).toEqual([]);
  });
});

test("a script's selection leaves the focus on the marker the reader is on", async ({
  page,
  timeline,
}) => {
  const first = await scriptSelectsAnother(timeline);
  await frames(page, 3);
  await expectFocusOn(timeline, first.id, first.title);
});

test('a zoom or move by key or button is said once it settles; the reader’s own wheel is not', async ({
  page,
  timeline,
  isMobile,
}) => {
  const live = timeline.root.locator('[aria-live="polite"]');
  await timeline.goto('/');
  await tabIntoItems(timeline);
  await page.keyboard.press('+');
  await expect(live).toHaveText(/^Showing \w+ \d{4} – \w+ \d{4}; \d+ earlier, \d+ later\.$/);
  const range = await timeline.viewRange();
  const said = (await live.textContent()) ?? '';
  const month = (ms: number) =>
    new Date(ms).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  expect(said).toContain(month(range.start));
  expect(said).toContain(month(range.end - 1));
  const [earlier, later] = await Promise.all(
    ['.ct-edge-earlier', '.ct-edge-later'].map(async (edge) => {
      const button = timeline.root.locator(edge);
      return (await button.isVisible()) ? Number(await button.getAttribute('data-count')) : 0;
    }),
  );
  expect(said).toContain(`; ${earlier} earlier, ${later} later.`);

  await timeline.root.locator('.ct-reset').click();
  await expect(live).toHaveText(/^Showing /);
  await expect(live).not.toHaveText(said);

  if (!isMobile) {
    // The reader's own wheel zoom says nothing new.
    await live.evaluate((el) => (el.textContent = ''));
    const at = await timeline.emptyPoint();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await viewSettled(timeline);
    await frames(page, 30);
    await expect(live).toHaveText('');
  }
});

test("a click on the plot does not take the page's arrow keys", async ({
  page,
  timeline,
  isMobile,
}) => {
  test.skip(isMobile, 'a mouse click and a keyboard');
  await timeline.goto('/');
  const at = await timeline.emptyPoint();
  await page.mouse.click(at.x, at.y);
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  expect((await timeline.focusState()).eventId).toBeNull();
});

test("Escape after a script's selection closes it and leaves the focus on the reader's marker", async ({
  page,
  timeline,
}) => {
  const first = await scriptSelectsAnother(timeline);
  await page.keyboard.press('Escape');
  await expect(timeline.panel).toBeHidden();
  await frames(page, 3);
  await expectFocusOn(timeline, first.id, first.title);
});
