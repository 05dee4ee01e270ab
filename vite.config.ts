import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, extname } from 'node:path';

const dataDir = resolve(import.meta.dirname, 'data');
const contentTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Serves data/ at /data/ in dev and preview, and copies it into the build, unhashed. */
function timelineData(): Plugin {
  const serve = (
    req: { url?: string },
    res: import('node:http').ServerResponse,
    next: () => void,
  ) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/data/')) return next();
    const file = resolve(dataDir, decodeURIComponent(url.pathname.slice('/data/'.length)));
    if (!file.startsWith(dataDir) || !existsSync(file) || statSync(file).isDirectory())
      return next();
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  };
  return {
    name: 'timeline-data',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const file of listFiles(dataDir)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(dataDir, file)}`,
          source: readFileSync(file),
        });
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [timelineData()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html') },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Dates are calendar days: a pinned zone far from UTC makes any accidental local-time use fail.
    env: { TZ: 'Asia/Tokyo' },
  },
});
