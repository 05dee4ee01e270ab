// Where the arrow keys lead in the roving focus: pure, over a built timeline.
import { describe, expect, it } from 'vitest';
import { isNavigationKey, navigate } from '../src/interaction/keyboard';
import { buildTimeline } from '../src/model/timeline';
import type { EventData, TimelineData } from '../src/model/schema';

function timelineOf(events: Array<Pick<EventData, 'id' | 'date' | 'track'> & { end?: string }>) {
  const data: TimelineData = {
    title: 'Keys',
    tracks: [
      { id: 'diplomacy', label: 'Diplomacy', order: 1 },
      { id: 'security', label: 'Security', order: 2 },
      { id: 'energy', label: 'Energy', order: 3 },
      { id: 'islands', label: 'Islands', order: 4 },
    ],
    sources: [{ id: 'article', kind: 'article', author: 'A. Writer', headline: 'H', date: '2011' }],
    events: events.map((e) => ({
      ...e,
      title: e.id,
      summary: 'S.',
      citations: [{ source: 'article', quote: 'Q' }],
    })),
  };
  return buildTimeline(data);
}

// Written out of time order on purpose; "energy" is left empty.
const timeline = timelineOf([
  { id: 'd-june', date: '2007-06-07', track: 'diplomacy' },
  { id: 'd-jan', date: '2007-01-23', end: '2007-01-25', track: 'diplomacy' },
  { id: 's-asat', date: '2007-01-11', track: 'security' },
  { id: 's-feb', date: '2007-02', track: 'security' },
  { id: 's-july', date: '2007-07-01', track: 'security' },
  { id: 'i-may', date: '2007-05-31', track: 'islands' },
  { id: 'i-june', date: '2007-06-14', track: 'islands' },
]);
const inTimeOrder = ['s-asat', 'd-jan', 's-feb', 'i-may', 'd-june', 'i-june', 's-july'];

describe('isNavigationKey', () => {
  it('accepts the arrows, Home and End only', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'])
      expect(isNavigationKey(key), key).toBe(true);
    for (const key of ['+', '-', '0', 'Enter', ' ', 'Escape', 'Tab', 'PageDown', 'a'])
      expect(isNavigationKey(key), key).toBe(false);
  });
});

describe('navigate', () => {
  it('walks every event in time order with → and back with ←', () => {
    expect(timeline.events.map((e) => e.id)).toEqual(inTimeOrder);
    const forward = [inTimeOrder[0]!];
    for (let i = 1; i < inTimeOrder.length; i++)
      forward.push(navigate(timeline, forward[i - 1]!, 'ArrowRight')!);
    expect(forward).toEqual(inTimeOrder);
    const back = [inTimeOrder[inTimeOrder.length - 1]!];
    for (let i = 1; i < inTimeOrder.length; i++)
      back.push(navigate(timeline, back[i - 1]!, 'ArrowLeft')!);
    expect(back).toEqual([...inTimeOrder].reverse());
  });

  it('stays on the first and last events at the ends', () => {
    expect(navigate(timeline, 's-asat', 'ArrowLeft')).toBe('s-asat');
    expect(navigate(timeline, 's-july', 'ArrowRight')).toBe('s-july');
  });

  it('goes to the first and last events with Home and End, from anywhere', () => {
    for (const id of [...inTimeOrder, null]) {
      expect(navigate(timeline, id, 'Home')).toBe('s-asat');
      expect(navigate(timeline, id, 'End')).toBe('s-july');
    }
  });

  it('starts from the first event when nothing (or an unknown id) has focus', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const) {
      expect(navigate(timeline, null, key)).toBe('s-asat');
      expect(navigate(timeline, 'no-such-event', key)).toBe('s-asat');
    }
  });

  it('moves ↑/↓ to the nearest event in time in the next lane that has any', () => {
    expect(navigate(timeline, 'd-june', 'ArrowDown')).toBe('s-july');
    expect(navigate(timeline, 'd-jan', 'ArrowDown')).toBe('s-feb'); // 1 February: 9 days, not 12
    // Energy is empty: ↓ from security skips to islands, ↑ from islands back to security.
    expect(navigate(timeline, 's-july', 'ArrowDown')).toBe('i-june');
    expect(navigate(timeline, 'i-may', 'ArrowUp')).toBe('s-july');
    expect(navigate(timeline, 's-feb', 'ArrowUp')).toBe('d-jan');
  });

  it('prefers the earlier event when two in the next lane are as near', () => {
    const tie = timelineOf([
      { id: 'a', date: '2007-06-10', track: 'diplomacy' },
      { id: 'before', date: '2007-06-07', track: 'security' },
      { id: 'after', date: '2007-06-13', track: 'security' },
    ]);
    expect(navigate(tie, 'a', 'ArrowDown')).toBe('before');
  });

  it('stays put at the top and bottom lanes', () => {
    expect(navigate(timeline, 'd-june', 'ArrowUp')).toBe('d-june');
    expect(navigate(timeline, 'i-june', 'ArrowDown')).toBe('i-june');
  });

  it('returns null for a timeline without events', () => {
    const empty = timelineOf([]);
    expect(navigate(empty, null, 'Home')).toBeNull();
    expect(navigate(empty, 'x', 'ArrowRight')).toBeNull();
  });
});
