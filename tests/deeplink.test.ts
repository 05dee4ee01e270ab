// `#event=<id>` deep links: reading and writing one parameter of the hash, leaving the rest of
// it (and the history) alone. `location` and `history` are stubbed: no DOM needed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hashRequest,
  hashWith,
  linkFrom,
  linkWith,
  readHashParam,
  writeHashParam,
} from '../src/interaction/deeplink';

describe('readHashParam', () => {
  it('reads its parameter among others', () => {
    expect(readHashParam('event', '#event=asat-test')).toBe('asat-test');
    expect(readHashParam('event', '#other=1&event=asat-test')).toBe('asat-test');
    expect(readHashParam('event', 'event=asat-test&other=1')).toBe('asat-test');
    expect(readHashParam('story', '#event=a&story=b')).toBe('b');
  });

  it('is null when the parameter is absent, or the hash is a plain anchor', () => {
    expect(readHashParam('event', '')).toBeNull();
    expect(readHashParam('event', '#')).toBeNull();
    expect(readHashParam('event', '#other=1')).toBeNull();
    expect(readHashParam('event', '#event')).toBeNull();
    expect(readHashParam('event', '#events=a')).toBeNull();
  });

  it('decodes what it reads, and survives malformed escapes', () => {
    expect(readHashParam('event', '#event=a%20b')).toBe('a b');
    expect(readHashParam('event', '#event=a+b')).toBe('a b');
    expect(readHashParam('event', '#event=%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('hashRequest', () => {
  it('names an event only when the hash mentions the parameter', () => {
    expect(hashRequest('event', '#event=a')).toBe('a');
    expect(hashRequest('event', '#fn1&event=a')).toBe('a');
    expect(hashRequest('event-2', '#event=a&event-2=b')).toBe('b');
  });

  it('leaves the selection alone for an in-page link that does not mention it', () => {
    expect(hashRequest('event', '#top')).toBeUndefined();
    expect(hashRequest('event', '#fn1')).toBeUndefined();
    expect(hashRequest('event', '#event-2=b')).toBeUndefined();
  });

  it('clears the selection when the hash is emptied', () => {
    expect(hashRequest('event', '')).toBeNull();
    expect(hashRequest('event', '#')).toBeNull();
  });
});

describe('hashWith', () => {
  it('sets, replaces and removes its parameter', () => {
    expect(hashWith('event', 'asat-test', '')).toBe('#event=asat-test');
    expect(hashWith('event', 'b', '#event=a')).toBe('#event=b');
    expect(hashWith('event', null, '#event=a')).toBe('');
    expect(hashWith('event', null, '')).toBe('');
  });

  it('keeps the other parameters, in place', () => {
    expect(hashWith('event', 'b', '#x=1&event=a&y=2')).toBe('#x=1&event=b&y=2');
    expect(hashWith('event', 'b', '#x=1')).toBe('#x=1&event=b');
    expect(hashWith('event', null, '#x=1&event=a&y=2')).toBe('#x=1&y=2');
  });

  it("leaves a host page's anchor as it was written", () => {
    expect(hashWith('event', 'asat-test', '#intro')).toBe('#intro&event=asat-test');
    expect(hashWith('event', null, '#intro&event=asat-test')).toBe('#intro');
    expect(hashWith('event', 'b', '#q=a%20b&event=a')).toBe('#q=a%20b&event=b');
  });

  it('drops duplicates of its parameter', () => {
    expect(hashWith('event', 'c', '#event=a&event=b')).toBe('#event=c');
  });

  it('round-trips any value through readHashParam', () => {
    for (const value of ['asat-test', 'a b', 'a&b=c', '#x', 'ü', '+']) {
      const hash = hashWith('event', value, '#other=1');
      expect(readHashParam('event', hash), hash).toBe(value);
      expect(readHashParam('other', hash), hash).toBe('1');
    }
  });
});

describe('writeHashParam and linkWith', () => {
  function stubPage(hash: string) {
    const page = {
      origin: 'https://example.org',
      pathname: '/story/',
      search: '?lang=en',
      hash,
    };
    const history = {
      state: { scroll: 1 },
      length: 1,
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
        page.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
      }),
      pushState: vi.fn(),
    };
    vi.stubGlobal('location', page);
    vi.stubGlobal('history', history);
    return { page, history };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('replaces the history entry, keeping its state, and never pushes one', () => {
    const { page, history } = stubPage('');
    writeHashParam('event', 'asat-test');
    writeHashParam('event', 'fradkov-in-tokyo');
    expect(history.replaceState).toHaveBeenCalledTimes(2);
    expect(history.replaceState).toHaveBeenLastCalledWith(
      { scroll: 1 },
      '',
      '/story/?lang=en#event=fradkov-in-tokyo',
    );
    expect(history.pushState).not.toHaveBeenCalled();
    expect(page.hash).toBe('#event=fradkov-in-tokyo');
  });

  it('clears the hash entirely when its parameter was all there was', () => {
    const { history } = stubPage('#event=asat-test');
    writeHashParam('event', null);
    expect(history.replaceState).toHaveBeenCalledWith({ scroll: 1 }, '', '/story/?lang=en');
  });

  it('does nothing when the hash would not change', () => {
    const { history } = stubPage('#event=asat-test');
    writeHashParam('event', 'asat-test');
    stubPage('');
    writeHashParam('event', null);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('links to the page with the event in the hash', () => {
    stubPage('#intro');
    expect(linkWith('event', 'asat-test')).toBe(
      'https://example.org/story/?lang=en#intro&event=asat-test',
    );
  });
});

describe('linkFrom', () => {
  it('appends the id, encoded, to where links start; nothing without a start', () => {
    expect(linkFrom('https://example.org/story#event=', 'asat-test')).toBe(
      'https://example.org/story#event=asat-test',
    );
    expect(linkFrom('https://example.org/story#event-2=', 'a b')).toBe(
      'https://example.org/story#event-2=a%20b',
    );
    expect(linkFrom(null, 'asat-test')).toBeNull();
    expect(linkFrom('', 'asat-test')).toBeNull();
  });
});
