/**
 * Bundles the two comparison pages (naive react-leaflet, Leaflet.markercluster) with esbuild
 * into `<outDir>/<impl>/`, next to which the runner writes each size's data.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
export const BENCH_PAGES = ['naive', 'markercluster'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

export async function buildBenchPages(outDir: string): Promise<void> {
  for (const page of BENCH_PAGES) {
    const dir = path.join(outDir, page);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [path.join(PAGES_DIR, `${page}.tsx`)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.png': 'dataurl' },
      outfile: path.join(dir, 'page.js'),
      logLevel: 'warning',
    });
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: ${page}</title>` +
        `<link rel="stylesheet" href="page.css"></head><body><div id="root"></div>` +
        `<script type="module" src="page.js"></script></body></html>\n`,
    );
  }
}
