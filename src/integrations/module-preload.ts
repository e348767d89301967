/**
 * Module preloads for the map island. Astro writes an island as `<astro-island component-url=…
 * renderer-url=…>` and its loader imports those files only once it runs; each then imports the
 * real chunks (the map, Preact), so the browser fetched the map's code in three round trips after
 * the HTML. With `<link rel="modulepreload">` for the whole static import graph in <head>, it
 * fetches them all while it parses the page (docs/architecture.md, Budgets: time to interactive).
 * Chunks the island imports lazily (details, histogram, list) are preloaded at low priority.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The urls of the scripts an island starts from, in page order, each once. */
export function islandEntryUrls(html: string): string[] {
  const urls: string[] = [];
  for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of island[0].matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
      if (attr[1].startsWith('/') && !urls.includes(attr[1])) urls.push(attr[1]);
    }
  }
  return urls;
}

/** The relative imports of a built ES module: static (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`) and dynamic (`import("./x.js")`). */
export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const staticImports = new Set<string>();
  const dynamicImports = new Set<string>();
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w${},*\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) staticImports.add(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) dynamicImports.add(m[1]);
  return { static: [...staticImports], dynamic: [...dynamicImports].filter((url) => !staticImports.has(url)) };
}

export interface Preloads {
  /** Needed before the island can start: every module reachable by static imports. */
  eager: string[];
  /** Imported lazily by those modules (and not already eager). */
  lazy: string[];
}

/**
 * The island's module graph from its entry urls, as site paths. `readModule(url)` gives a built
 * module's code, or null when the file is not there (it is then left out, never guessed).
 */
export async function modulePreloads(entries: string[], readModule: (url: string) => Promise<string | null>): Promise<Preloads> {
  const eager: string[] = [];
  const lazyCandidates: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (eager.includes(url)) continue;
    const code = await readModule(url);
    if (code === null) continue;
    eager.push(url);
    const imports = importsOf(code);
    for (const spec of imports.static) queue.push(resolveUrl(url, spec));
    for (const spec of imports.dynamic) lazyCandidates.push(resolveUrl(url, spec));
  }
  const lazy: string[] = [];
  for (const url of lazyCandidates) if (!eager.includes(url) && !lazy.includes(url)) lazy.push(url);
  return { eager, lazy };
}

function resolveUrl(from: string, spec: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

/** The page with a modulepreload link per module at the end of its <head> (unchanged if it has none). */
export function withModulePreloads(html: string, preloads: Preloads): string {
  const links = [
    ...preloads.eager.map((url) => `<link rel="modulepreload" href="${url}">`),
    ...preloads.lazy.map((url) => `<link rel="modulepreload" href="${url}" fetchpriority="low">`),
  ].filter((link) => !html.includes(link));
  if (links.length === 0 || !html.includes('</head>')) return html;
  return html.replace('</head>', `${links.join('')}</head>`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export default function islandModulePreloads(): AstroIntegration {
  return {
    name: 'incident-atlas:module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const readModule = async (url: string) => readFile(path.join(root, url), 'utf8').catch(() => null);
        let pages = 0;
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const entries = islandEntryUrls(html);
          if (entries.length === 0) continue;
          const updated = withModulePreloads(html, await modulePreloads(entries, readModule));
          if (updated !== html) {
            await writeFile(file, updated);
            pages++;
          }
        }
        logger.info(`module preloads added to ${pages} page(s) with an island`);
      },
    },
  };
}
