import { describe, expect, it } from 'vitest';
import { revealDistance } from '../src/interaction/reveal';

describe('revealDistance', () => {
  it('is zero for what already shows, with its margin', () => {
    expect(revealDistance(100, 200, 0, 800)).toBe(0);
  });
  it('scrolls up to what lies above, down to what lies below, by the least distance', () => {
    expect(revealDistance(-50, 20, 0, 800)).toBe(-58);
    expect(revealDistance(790, 900, 0, 800)).toBe(108);
  });
  it('shows the top first when the whole cannot show', () => {
    expect(revealDistance(700, 2000, 0, 800)).toBe(692);
  });
  it('works in a scrolled box as in the page', () => {
    expect(revealDistance(450, 520, 100, 500)).toBe(28);
  });
});
