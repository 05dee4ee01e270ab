import { describe, expect, it } from 'vitest';
import { sourceDate } from '../src/format/citations';

describe('sourceDate: a source date as a reader sees it', () => {
  it('drops the time of a sending date-time', () => {
    expect(sourceDate('2007-06-08T09:14Z', 'en-GB')).toBe('8 June 2007');
  });

  it('reads years before 1 (the panel used to cut "-0043-03-15" after ten characters)', () => {
    expect(sourceDate('-0043-03-15', 'en-GB')).toBe('15 March 44 BC');
  });

  it('keeps text it cannot read as it is', () => {
    expect(sourceDate('sometime', 'en-GB')).toBe('sometime');
  });
});
