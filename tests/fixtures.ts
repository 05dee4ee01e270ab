import type { TimelineData } from '../src/model/schema';

/** A small valid document; tests clone it and plant one mistake each. */
export function validData(): TimelineData {
  return {
    title: 'Test timeline',
    tracks: [
      { id: 'diplomacy', label: 'Diplomacy', order: 1 },
      { id: 'security', label: 'Security', order: 2 },
    ],
    sources: [
      {
        id: '07TOKYO2690',
        kind: 'cable',
        reference: '07TOKYO2690',
        subject: 'ABE-PUTIN G-8 SUMMIT',
        classification: 'CONFIDENTIAL',
        origin: 'Embassy Tokyo',
        destination: 'Secretary of State',
        sent: '2007-06-14T08:12Z',
        text: 'full',
        file: 'sources/07TOKYO2690.txt',
      },
      {
        id: 'article',
        kind: 'article',
        author: 'A. Writer',
        headline: 'A headline',
        date: '2011',
      },
    ],
    events: [
      {
        id: 'asat-test',
        date: '2007-01-11',
        title: 'Anti-satellite test',
        summary: 'A test.',
        track: 'security',
        actors: ['China'],
        citations: [
          {
            source: '07TOKYO2690',
            paragraph: 8,
            quote: "Moscow also expressed concern about the PRC's ASAT test",
          },
        ],
      },
      {
        id: 'fradkov-visit',
        date: '2007-02-27',
        end: '2007-02-28',
        title: 'Fradkov in Tokyo',
        summary: 'A visit.',
        track: 'diplomacy',
        citations: [{ source: 'article', quote: 'Something' }],
      },
    ],
  };
}
