import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateTimeline, formatError } from '../src/model/validate';
import { checkTimeline } from '../src/model/check';
import type { TimelineData } from '../src/model/schema';
import { buildTimeline, eventLookup } from '../src/model/timeline';
import { validData } from './fixtures';
import { syntheticTimeline } from '../scripts/synthetic';

const cableText = readFileSync(new URL('../data/sources/07TOKYO2690.txt', import.meta.url), 'utf8');

function errorsOf(data: unknown, withTexts = false): string[] {
  const result = validateTimeline(
    data,
    withTexts ? { sourceTexts: new Map([['07TOKYO2690', cableText]]) } : {},
  );
  return result.errors.map(formatError);
}

function mutated(change: (d: TimelineData & Record<string, unknown>) => void): unknown {
  const d = validData() as TimelineData & Record<string, unknown>;
  change(d);
  return d;
}

describe('validateTimeline', () => {
  it('accepts a valid document and sorts its events by time', () => {
    const result = validateTimeline(validData(), {
      sourceTexts: new Map([['07TOKYO2690', cableText]]),
    });
    expect(result.errors).toEqual([]);
    expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual([
      'asat-test',
      'fradkov-visit',
    ]);
  });

  it('finds each event by id: built, checked, copied or filtered', () => {
    const data = syntheticTimeline(300);
    const checked = checkTimeline(data);
    if (!checked.ok) throw new Error('synthetic data must be valid');
    const built = buildTimeline(data);
    const copy = { ...built, events: built.events.slice(0, 100) };
    for (const timeline of [checked.timeline, built, copy]) {
      const find = eventLookup(timeline);
      for (const event of timeline.events) expect(find(event.id)).toBe(event);
      expect(find('no-such-event')).toBeUndefined();
    }
    // A filtered copy finds only its own events.
    expect(eventLookup(copy)(built.events[200]!.id)).toBeUndefined();
  });

  // Each case: one planted mistake → exactly the expected path-precise message.
  const cases: Array<[string, (d: TimelineData & Record<string, unknown>) => void, string]> = [
    [
      'impossible month',
      (d) => (d.events[0]!.date = '2007-13-01'),
      'events[0].date: "2007-13-01" is not a valid date (no month 13)',
    ],
    [
      'impossible day',
      (d) => (d.events[0]!.date = '2007-02-30'),
      'events[0].date: "2007-02-30" is not a valid date (month 02 of 2007 has 28 days)',
    ],
    [
      'malformed date',
      (d) => (d.events[1]!.date = '27 Feb 2007'),
      'events[1].date: "27 Feb 2007" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for approximate)',
    ],
    [
      'end before start',
      (d) => (d.events[1]!.end = '2007-02-01'),
      'events[1].end: "2007-02-01" is before the start date "2007-02-27"',
    ],
    [
      'unknown track',
      (d) => (d.events[0]!.track = 'economy'),
      'events[0].track: unknown track "economy" (known: diplomacy, security)',
    ],
    [
      'unknown source',
      (d) => (d.events[0]!.citations[0]!.source = '07TOKYO9999'),
      'events[0].citations[0].source: unknown source "07TOKYO9999"',
    ],
    [
      'duplicate event id',
      (d) => (d.events[1]!.id = 'asat-test'),
      'events[1].id: duplicate event id "asat-test" (also events[0])',
    ],
    [
      'duplicate track id',
      (d) => d.tracks.push({ id: 'diplomacy', label: 'Again', order: 3 }),
      'tracks[2].id: duplicate track id "diplomacy" (also tracks[0])',
    ],
    [
      'empty quote',
      (d) => (d.events[0]!.citations[0]!.quote = '   '),
      'events[0].citations[0].quote: must not be empty',
    ],
    [
      'no citations',
      (d) => (d.events[0]!.citations = []),
      'events[0].citations: must have at least 1 item',
    ],
    [
      'missing title',
      (d) => delete (d.events[0] as Partial<(typeof d.events)[0]>).title,
      'events[0].title: is required',
    ],
    [
      'wrong type',
      (d) => ((d.events[0] as Record<string, unknown>).title = 42),
      'events[0].title: must be text, not number 42',
    ],
    [
      'javascript: URL',
      (d) => ((d.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)'),
      'sources[0].url: the text "javascript:alert(1)" must be an http:// or https:// URL',
    ],
    [
      'data: URL',
      (d) => ((d.sources[1] as Record<string, unknown>).url = 'data:text/html,<b>x</b>'),
      'sources[1].url: the text "data:text/html,<b>x</b>" must be an http:// or https:// URL',
    ],
    [
      'unknown field',
      (d) => ((d.events[0] as Record<string, unknown>).colour = 'red'),
      'events[0]: unknown field "colour"',
    ],
    [
      'bad source kind',
      (d) => ((d.sources[1] as Record<string, unknown>).kind = 'book'),
      'sources[1].kind: the text "book" must be one of "cable", "article"',
    ],
    [
      'bad slug',
      (d) => (d.events[0]!.id = 'ASAT Test'),
      'events[0].id: the text "ASAT Test" must be a lowercase slug (letters, digits and single hyphens), e.g. "asat-test"',
    ],
    [
      'non-integer paragraph',
      (d) => (d.events[0]!.citations[0]!.paragraph = 2.5),
      'events[0].citations[0].paragraph: must be a whole number, not number 2.5',
    ],
    [
      'cable id differs from reference',
      (d) => {
        d.sources[0]!.id = 'tokyo-cable';
        d.events[0]!.citations[0]!.source = 'tokyo-cable';
      },
      'sources[0].id: a cable\'s id must be its reference ID "07TOKYO2690", not "tokyo-cable"',
    ],
    [
      'impossible sent date',
      (d) => ((d.sources[0] as Record<string, unknown>).sent = '2007-06-31T08:12Z'),
      'sources[0].sent: "2007-06-31T08:12Z" is not a valid date',
    ],
    [
      'a citation given twice',
      (d) => d.events[0]!.citations.push({ ...d.events[0]!.citations[0]! }),
      'events[0].citations[1]: repeats an earlier citation of this event (same source and quote)',
    ],
    [
      'impossible sent time',
      (d) => ((d.sources[0] as Record<string, unknown>).sent = '2007-06-14T25:99Z'),
      'sources[0].sent: the text "2007-06-14T25:99Z" must be YYYY-MM-DD or YYYY-MM-DDTHH:MMZ',
    ],
    [
      'tracks not a list',
      (d) => ((d as Record<string, unknown>).tracks = {}),
      'tracks: must be a list, not an object',
    ],
    [
      'paragraph on an article',
      (d) => (d.events[1]!.citations[0]!.paragraph = 3),
      'events[1].citations[0].paragraph: articles have no numbered paragraphs (source "article")',
    ],
  ];
  it.each(cases)('reports %s with its path', (_name, change, expected) => {
    expect(errorsOf(mutated(change))).toEqual([expected]);
  });

  it("reports a paragraph cited in an article once, even where the article's text has numbered items", () => {
    const data = mutated((d) => (d.events[1]!.citations[0]!.paragraph = 3)) as TimelineData;
    const quote = data.events[1]!.citations[0]!.quote;
    const articleText = `1. First item.\n\n2. Second item.\n\n3. ${quote}\n`;
    const result = validateTimeline(data, { sourceTexts: new Map([['article', articleText]]) });
    expect(result.errors.map(formatError)).toEqual([
      'events[1].citations[0].paragraph: articles have no numbered paragraphs (source "article")',
    ]);
  });

  it('reports the impossible date of a sent value beside its shape error', () => {
    const errors = errorsOf(
      mutated((d) => ((d.sources[0] as Record<string, unknown>).sent = '2007-02-30 05:27Z')),
    );
    expect(errors).toContain('sources[0].sent: "2007-02-30 05:27Z" is not a valid date');
    expect(errors.length).toBe(2);
  });

  it('checks cited paragraphs and quotes against the stored text', () => {
    const missingParagraph = mutated((d) => (d.events[0]!.citations[0]!.paragraph = 14));
    expect(errorsOf(missingParagraph, true)).toEqual([
      'events[0].citations[0].paragraph: paragraph 14 is not in the text of 07TOKYO2690',
    ]);
    const paraphrase = mutated(
      (d) => (d.events[0]!.citations[0]!.quote = 'Moscow was worried about the ASAT test'),
    );
    expect(errorsOf(paraphrase, true)).toEqual([
      'events[0].citations[0].quote: not found verbatim in 07TOKYO2690: "Moscow was worried about the ASAT test"',
    ]);
    // A verbatim quote under the wrong paragraph number: readers would look for it in ¶4.
    const elsewhere = mutated((d) => (d.events[0]!.citations[0]!.paragraph = 4));
    expect(errorsOf(elsewhere, true)).toEqual([
      'events[0].citations[0].quote: found in 07TOKYO2690 ¶8, not in the cited ¶4: "Moscow also expressed concern about the PRC\'s ASAT test"',
    ]);
  });

  it('collects every error at once', () => {
    const many = mutated((d) => {
      d.events[0]!.date = '2007-02-30';
      d.events[0]!.track = 'nope';
      d.events[1]!.citations[0]!.source = 'missing';
      d.title = '';
    });
    expect(errorsOf(many)).toHaveLength(4);
  });

  it('never throws, whatever JSON value it is given', () => {
    const values: unknown[] = [
      null,
      undefined,
      0,
      'text',
      true,
      [],
      {},
      [1, 2],
      { events: 'x' },
      { events: [null, 1, 'a', []] },
      {
        tracks: [null],
        sources: [{ kind: 'cable' }],
        events: [{ citations: [null, { source: 3 }] }],
      },
      { events: [{ date: {}, end: [], citations: 'x' }] },
    ];
    for (const value of values) {
      const result = validateTimeline(value);
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message).toMatch(/\S/);
    }
  });
});

describe('very large inputs', () => {
  it('reports a quarter of a million shape errors without overflowing the stack', () => {
    const errors = Array.from({ length: 250_000 }, (_, i) => ({
      path: ['events', i, 'title'],
      pathText: `events[${i}].title`,
      message: 'must be text',
    }));
    const result = checkTimeline({ events: [] }, { explainShape: () => ({ errors }) });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(250_000);
  });
});
