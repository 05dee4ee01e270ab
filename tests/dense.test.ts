// The mark under the pointer (hover and click on the canvas ticks inside clusters) is the
// nearest drawn mark within the radius, as a brute-force search over every drawn mark finds it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createDenseLayer } from '../src/render/dense';
import type { TimelineEvent } from '../src/model/timeline';
import type { ItemView } from '../src/render/items';
import type { PlacedCluster } from '../src/layout/pack';

beforeAll(() => {
  // The layer only needs a canvas to exist; without a 2D context it draws nothing.
  vi.stubGlobal('window', { devicePixelRatio: 1 });
  vi.stubGlobal('document', {
    createElement: () => ({ className: '', style: {}, setAttribute() {}, getContext: () => null }),
  });
});
afterAll(() => vi.unstubAllGlobals());

const TICK_Y = 21 + 3; // the tick line's middle inside a cluster's row (dense.ts)

function event(id: string, startDay: number, endDay: number): TimelineEvent {
  return {
    id,
    title: id,
    summary: '',
    track: 't',
    actors: [],
    citations: [],
    context: false,
    start: { year: 2007, precision: 'year' },
    startDay,
    endDay,
    index: 0,
  } as unknown as TimelineEvent;
}

const clusterArb = fc.record({
  y: fc.integer({ min: 0, max: 200 }),
  // Spans make member centres out of time order.
  members: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 })), {
    minLength: 1,
    maxLength: 40,
  }),
});

describe('dense marks: find', () => {
  it('finds the nearest drawn mark within the radius, like a brute-force search', () => {
    fc.assert(
      fc.property(
        fc.array(clusterArb, { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        fc.double({ min: -300, max: 100, noNaN: true }),
        fc.array(
          fc.tuple(
            fc.double({ min: -10, max: 610, noNaN: true }),
            fc.double({ min: 0, max: 240, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (clusters, a, b, points) => {
          const events = new Map<string, TimelineEvent>();
          const views: ItemView[] = clusters.map((c, ci) => {
            const members = c.members.map(([start, length], mi) => {
              const id = `e${ci}-${mi}`;
              events.set(id, event(id, start, start + length));
              return id;
            });
            // Member centres in layout coordinates (days here); the view maps them to the
            // screen as x = a · centre + b (left edge 0, stretch a, pan b).
            const memberCentres = c.members.map(([start, length]) => start + (length + 1) / 2);
            const item = {
              kind: 'cluster',
              id: members[0],
              members,
              memberCentres,
              left: 0,
            } as PlacedCluster;
            return { item, scale: a, x: b, y: c.y, trackIndex: ci };
          });
          const layer = createDenseLayer(
            { append() {} } as unknown as HTMLElement,
            (id: string) => events.get(id),
            () => '#000',
          );
          const width = 600;
          layer.draw(views, width, 300);
          const marks = views.flatMap((view) =>
            (view.item as PlacedCluster).members.map((id) => {
              const e = events.get(id) as TimelineEvent;
              return { id, x: a * ((e.startDay + e.endDay + 1) / 2) + b, y: view.y + TICK_Y };
            }),
          );
          for (const [x, y] of points) {
            const radius = 6;
            const inRange = marks.filter((m) => m.x >= -2 && m.x <= width + 2);
            const distances = inRange.map((m) => (m.x - x) ** 2 + (m.y - y) ** 2);
            const nearest = Math.min(Infinity, ...distances.filter((d) => d < radius * radius));
            const found = layer.find(x, y, radius);
            if (nearest === Infinity) expect(found).toBeUndefined();
            else {
              expect(found).toBeDefined();
              expect((found!.x - x) ** 2 + (found!.y - y) ** 2).toBeCloseTo(nearest, 6);
              const mark = marks.find((m) => m.id === found!.event.id);
              expect(mark?.x).toBeCloseTo(found!.x, 9);
              expect(mark?.y).toBe(found!.y);
            }
          }
        },
      ),
      { seed: 6, numRuns: 300 },
    );
  });
});
