// Deterministic synthetic datasets for the benchmark and scale tests: n events over
// January 2007 – March 2011 in 4 tracks, every precision and some spans.
import type { TimelineData } from '../src/model/schema';
import { civilFromDayNumber, dayNumber } from '../src/model/dates';

/** A small seeded PRNG: the same seed gives the same data on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day: number) => {
  const { year, month, day: d } = civilFromDayNumber(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const words = [
  'talks',
  'visit',
  'summit',
  'letter',
  'accord',
  'briefing',
  'dialogue',
  'shipment',
  'protest',
  'statement',
];
const places = [
  'Tokyo',
  'Moscow',
  'Beijing',
  'Sakhalin',
  'Vladivostok',
  'Hokkaido',
  'Seoul',
  'Washington',
];

export function syntheticTimeline(n: number, seed = 42): TimelineData {
  const random = mulberry32(seed);
  const start = dayNumber(2007, 1, 1);
  const end = dayNumber(2011, 3, 31);
  const tracks = ['diplomacy', 'security', 'energy', 'islands'];
  const events: TimelineData['events'] = [];
  for (let i = 0; i < n; i++) {
    const day = start + Math.floor(random() * (end - start));
    const kind = random();
    const date =
      kind < 0.06 ? iso(day).slice(0, 7) : kind < 0.08 ? `${iso(day).slice(0, 4)}~` : iso(day);
    const span = kind > 0.9 ? 1 + Math.floor(random() * 20) : 0;
    const word = words[Math.floor(random() * words.length)] ?? 'talks';
    const place = places[Math.floor(random() * places.length)] ?? 'Tokyo';
    events.push({
      id: `e${i}`,
      date,
      ...(span > 0 && date.length === 10 ? { end: iso(day + span) } : {}),
      title: `${place} ${word} ${i}`,
      summary: `Synthetic event number ${i}.`,
      track: tracks[i % tracks.length] ?? 'diplomacy',
      citations: [{ source: 'synthetic', quote: `Synthetic passage ${i}.` }],
    });
  }
  return {
    title: `Synthetic timeline of ${n} events`,
    tracks: tracks.map((id, order) => ({ id, label: id[0]?.toUpperCase() + id.slice(1), order })),
    sources: [
      {
        id: 'synthetic',
        kind: 'article',
        author: 'Generator',
        headline: 'Synthetic data',
        date: '2026',
      },
    ],
    events,
  };
}

// `tsx scripts/synthetic.ts 1000 out.json`
if (process.argv[1]?.endsWith('synthetic.ts') && process.argv[2]) {
  const { writeFileSync } = await import('node:fs');
  const n = Number(process.argv[2]);
  writeFileSync(process.argv[3] ?? `synthetic-${n}.json`, JSON.stringify(syntheticTimeline(n)));
}
