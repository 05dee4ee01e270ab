// npm run bench: builds the library, renders deterministic synthetic datasets of 100 to 100,000
// events in headless Chromium and prints a table (written to bench/results.json), then the
// library's size (scripts/bundle-size.ts). A benchmark, not a test: it measures and reports, it
// asserts nothing. `npm run bench -- --size` builds and prints the size only.
import { execSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { syntheticTimeline } from './synthetic';
import { chromiumLaunchOptions } from './chromium';
import { describeSize, librarySize } from './bundle-size';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp');
const sizes = [100, 1_000, 10_000, 100_000];
const loads = 7;
/**
 * The custom element, createTimeline, and the same data file downloaded, parsed and counted
 * with no timeline: the part of first paint that no renderer can shorten.
 */
const MODES = ['element', 'api', 'data-only'] as const;
type Mode = (typeof MODES)[number];

/** The library as `npm run build:lib` makes it (type declarations too: dist-lib is shipped). */
function build(): void {
  execSync('npm run --silent build:lib', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function serve(): Promise<{ server: Server; port: number }> {
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.html': 'text/html',
    '.json': 'application/json',
  };
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const file = path.startsWith('/lib/')
      ? join(root, 'dist-lib', path.slice(5))
      : path.startsWith('/data/')
        ? join(tmp, path.slice(6))
        : join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    if (path.startsWith('/bench/') && extname(file) === '.html') {
      // The pages name their data file in markup, as a newsroom's page would.
      const n = Number(url.searchParams.get('n'));
      res.end(readFileSync(file, 'utf8').replaceAll('%DATA%', `/data/synthetic-${n}.json`));
      return;
    }
    // From memory after the first read: a disk read of 20 MB must not count as page load time.
    let body = cache.get(file);
    if (!body) {
      body = readFileSync(file);
      cache.set(file, body);
    }
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, port: (server.address() as { port: number }).port }),
    ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))] ?? NaN;

async function interact(page: Page): Promise<{ p50: number; p95: number; longTasks: number }> {
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  await page.evaluate(`(() => {
    const w = window;
    w.frames_ = [];
    w.longTasks_ = 0;
    w.recording_ = true;
    new PerformanceObserver((list) => (w.longTasks_ += list.getEntries().filter((e) => e.duration > 50).length)).observe({ type: 'longtask' });
    const tick = (t) => {
      if (!w.recording_) return;
      w.frames_.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const box = await page.locator('.ct-viewport').boundingBox();
  if (!box) throw new Error('no viewport');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  const frame = () => page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  await page.keyboard.down('Control');
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, -100);
    await frame();
  }
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, 100);
    await frame();
  }
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 0; i < 20; i++) {
    await page.mouse.move(x - i * 15, y);
    await frame();
  }
  await page.mouse.up();
  const { frames, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; longTasks_: number; recording_: boolean };
    w.recording_ = false;
    return { frames: w.frames_, longTasks: w.longTasks_ };
  });
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  return { p50: percentile(intervals, 0.5), p95: percentile(intervals, 0.95), longTasks };
}

async function main(): Promise<void> {
  build();
  const size = librarySize(join(root, 'dist-lib'));
  if (process.argv.includes('--size')) {
    console.log(describeSize(size));
    return;
  }
  mkdirSync(tmp, { recursive: true });
  for (const n of sizes)
    writeFileSync(join(tmp, `synthetic-${n}.json`), JSON.stringify(syntheticTimeline(n)));
  const { server, port } = await serve();
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info'],
  });
  /** Loads the page once and returns its first-paint time, leaving the page open. */
  async function load(n: number, mode: Mode): Promise<{ page: Page; paint: number }> {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const painted = page.waitForEvent('console', {
      predicate: (message) => message.text() === 'bench: first paint',
      timeout: 120_000,
    });
    await page.goto(`http://127.0.0.1:${port}/bench/${mode}.html?n=${n}`);
    await painted;
    const paint = await page.evaluate(
      () => (window as unknown as { benchFirstPaint: number }).benchFirstPaint,
    );
    return { page, paint };
  }
  // One discarded load first: the browser's own start-up costs must not count against the
  // first dataset measured.
  await (await load(sizes[0] ?? 100, 'element')).page.close();
  const rows = [];
  for (const n of sizes) {
    const paints: Record<Mode, number[]> = { element: [], api: [], 'data-only': [] };
    let heapMB = NaN;
    let interaction = { p50: NaN, p95: NaN, longTasks: NaN };
    for (let i = 0; i < loads; i++) {
      // The two ways of embedding and the page without a timeline alternate, so a busy moment
      // of the machine hits all three; each round starts with the next one, so none always
      // follows the same page.
      for (const mode of [...MODES.slice(i % MODES.length), ...MODES.slice(0, i % MODES.length)]) {
        const { page, paint } = await load(n, mode);
        paints[mode].push(paint);
        if (i === loads - 1 && mode === 'element') {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          heapMB = heap.usedSize / 1_048_576;
          interaction = await interact(page);
        }
        await page.close();
      }
    }
    rows.push({
      events: n,
      firstPaintMs: Math.round(median(paints.element)),
      firstPaintApiMs: Math.round(median(paints.api)),
      dataOnlyMs: Math.round(median(paints['data-only'])),
      frameP50Ms: +interaction.p50.toFixed(1),
      frameP95Ms: +interaction.p95.toFixed(1),
      longTasks: interaction.longTasks,
      heapMB: +heapMB.toFixed(1),
    });
  }
  await browser.close();
  server.close();
  console.table(rows);
  console.log(describeSize(size));
  writeFileSync(
    join(root, 'bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine: '2 cores, headless Chromium', rows, size }, null, 2)}\n`,
  );
}

await main();
