import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join, relative, resolve, sep, extname } from 'node:path';
import { build as esbuild, transform } from 'esbuild';
import { minify as terser } from 'terser';
import { prerenderTimelines } from './scripts/prerender';

const root = import.meta.dirname;
const dataDir = resolve(root, 'data');
const contentTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The strict policy the pages must work under (no inline script or style, no eval). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

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
        if (!/\.(json|txt|csv)$/.test(file)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(dataDir, file)}`,
          source: readFileSync(file),
        });
      }
    },
  };
}

/** Pre-renders the event list into every <cable-timeline> of every page (no-JS, print, search). */
function prerender(): Plugin {
  return {
    name: 'timeline-prerender',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => prerenderTimelines(html, ctx.filename, root),
    },
  };
}

/** embed.html is made to be framed by other sites: the same policy, any frame ancestor. */
export const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "frame-ancestors 'self'",
  'frame-ancestors *',
);

/**
 * embed.js, the host-page script for iframe embeds: one classic script at a stable, unhashed
 * URL (dist/embed.js), with no imports, as newsroom pages load it from anywhere. It shares
 * deeplink.ts with the pages, so it is bundled on its own (esbuild, an IIFE) rather than as a
 * Rollup entry, which would move the shared module into a chunk for embed.js to import.
 */
const embedHost = resolve(root, 'src/embed/host.ts');
async function embedBundle(minify: boolean): Promise<string> {
  const { outputFiles } = await esbuild({
    entryPoints: [embedHost],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify,
    write: false,
  });
  return outputFiles.map((file) => file.text).join('');
}
function embedScript(): Plugin {
  return {
    name: 'timeline-embed-script',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/embed.js') return next();
        embedBundle(false).then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await embedBundle(true) });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/embed.html') return next();
        // preview.headers are set after this middleware: swap in the framable policy then.
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (name, value) =>
          setHeader(
            name,
            name.toLowerCase() === 'content-security-policy'
              ? EMBED_CONTENT_SECURITY_POLICY
              : value,
          );
        next();
      });
    },
  };
}

// d3-zoom imports d3-transition only to interrupt transitions, and d3-interpolate only for
// interpolateZoom. This component animates zooms itself (src/interaction/animate.ts), so a few
// lines stand in for both packages (see each module) and keep them, d3-timer, d3-color and
// d3-ease (about 45 KB minified, 15 KB gzip) out of every bundle, the dev server and the tests.
const d3StandIns: Record<string, string> = {
  'd3-transition': resolve(root, 'src/interaction/interrupt.ts'),
  'd3-interpolate': resolve(root, 'src/interaction/interpolate-zoom.ts'),
};
const resolveConfig = {
  alias: Object.entries(d3StandIns).map(([name, replacement]) => ({
    find: new RegExp(`^${name}$`),
    replacement,
  })),
};

/** Lazily imported modules of the library build, by source file: the file they become. */
const LAZY_CHUNKS: Record<string, string> = {
  'src/render/panel.ts': 'cable-timeline-panel',
  'src/scrolly.ts': 'cable-timeline-scrolly',
  'src/model/validate.ts': 'cable-timeline-validate',
};

const pages = ['index.html', 'embed.html', 'embed-example.html'].filter((page) =>
  existsSync(resolve(root, page)),
);

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    // The library: one ES module (custom element + API, D3 bundled) and the CSS for
    // createTimeline in the light DOM. Types come from `tsc -p scripts/tsconfig.lib.json`.
    return {
      publicDir: false,
      resolve: resolveConfig,
      build: {
        outDir: 'dist-lib',
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        lib: {
          entry: resolve(root, 'src/cable-timeline.ts'),
          formats: ['es'],
          fileName: () => 'cable-timeline.js',
        },
        rollupOptions: {
          output: { assetFileNames: 'cable-timeline[extname]' },
        },
      },
      plugins: [
        {
          // The entry must be one file: a page's <script> should not wait for a second
          // request to learn what else to fetch. Rolldown puts the modules the entry shares
          // with its lazy chunks into a chunk of their own, even though the entry has always
          // loaded them by then (rolldown/rolldown#10731). So the source panel and the schema
          // explainer are bundled on their own, each with its own copy of the few small
          // modules it shares with the entry, and the entry imports them by fixed names.
          name: 'self-contained-lazy-chunks',
          async resolveDynamicImport(specifier, importer) {
            if (typeof specifier !== 'string') return null;
            const resolved = await this.resolve(specifier, importer);
            const source = resolved ? relative(root, resolved.id).split(sep).join('/') : '';
            const file = LAZY_CHUNKS[source];
            return file ? { id: `./${file}.js`, external: 'relative' as const } : null;
          },
          async generateBundle() {
            const { outputFiles } = await esbuild({
              entryPoints: Object.fromEntries(
                Object.entries(LAZY_CHUNKS).map(([source, file]) => [file, resolve(root, source)]),
              ),
              bundle: true,
              // The same stand-ins for d3-transition and d3-interpolate as the entry.
              alias: d3StandIns,
              format: 'esm',
              target: 'es2022',
              minify: true,
              write: false,
              outdir: resolve(root, 'dist-lib'),
            });
            for (const output of outputFiles) {
              this.emitFile({
                type: 'asset',
                fileName: basename(output.path),
                source: output.contents,
              });
            }
          },
        },
        {
          // Vite keeps whitespace in ES library output; the bundle size budget is for shipped bytes.
          // Terser after esbuild: its second compress pass takes 1.4 KB more off the gzipped
          // entry (37.5 → 36.1 KB), which esbuild's single pass leaves.
          name: 'minify-es-library',
          async generateBundle(_options, bundle) {
            for (const chunk of Object.values(bundle)) {
              if (chunk.type !== 'chunk') continue;
              const code = (
                await transform(chunk.code, { minify: true, target: 'es2022', format: 'esm' })
              ).code;
              const smaller = await terser(code, {
                module: true,
                ecma: 2020,
                compress: { passes: 2 },
                mangle: true,
              });
              chunk.code = smaller.code ?? code;
            }
          },
        },
        {
          // The stylesheet for createTimeline in the light DOM, minified like the copy the
          // custom element carries inline.
          name: 'timeline-css',
          async generateBundle() {
            // The list and error styles, then the component's (as the custom element has them),
            // then the print rules only a light-DOM timeline needs.
            const css = ['list.css', 'timeline.css', 'print.css']
              .map((file) => readFileSync(resolve(root, 'styles', file), 'utf8'))
              .join('\n');
            this.emitFile({
              type: 'asset',
              fileName: 'cable-timeline.css',
              source: (await transform(css, { loader: 'css', minify: true })).code,
            });
          },
        },
      ],
    };
  }
  return {
    publicDir: false,
    resolve: resolveConfig,
    plugins: [timelineData(), prerender(), embedScript()],
    preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    build: {
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          pages.map((page) => [page.replace(/\.html$/, ''), resolve(root, page)]),
        ),
      },
    },
    test: {
      include: ['tests/**/*.test.ts'],
      // Property and stress tests run thousands of cases on a 2-core machine.
      testTimeout: 30_000,
      // Dates are calendar days: a pinned zone far from UTC makes any accidental local-time use fail.
      env: { TZ: 'Asia/Tokyo' },
    },
  };
});
