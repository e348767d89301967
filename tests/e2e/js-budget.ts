/**
 * The JavaScript a first visit to a page loads: its inline scripts, the island's component and
 * renderer modules, and every module those import statically. Chunks reached only through a
 * dynamic import() (details, chart, list) load later and are counted apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsCost {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageJs {
  initial: JsCost[];
  /** Chunks the initial ones import dynamically (not loaded until needed). */
  lazy: JsCost[];
  initialGzip: number;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?"(\.\/[^"]+\.js)"/g;
const DYNAMIC_IMPORT = /import\(\s*"(\.\/[^"]+\.js)"\s*\)|"(?:\.\/)?([\w.-]+\.js)"/g;

function cost(file: string, text: string | Buffer): JsCost {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { file, bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

export function pageJs(dist: string, page = 'index.html'): PageJs {
  const html = readFileSync(join(dist, page), 'utf8');
  const initial: JsCost[] = [];
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
  inline.forEach((script, i) => initial.push(cost(`(inline script ${i + 1})`, script)));
  const entries = [...html.matchAll(/(?:component-url|renderer-url|before-hydration-url|src)="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(dist, '_astro', name), 'utf8');
    initial.push(cost(name, code));
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1].slice(2));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) {
      const file = (m[1] ?? m[2] ?? '').replace(/^\.\//, '');
      if (file) dynamic.add(file);
    }
  }
  const lazy = [...dynamic].filter((f) => !seen.has(f)).flatMap((f) => {
    try {
      return [cost(f, readFileSync(join(dist, '_astro', f)))];
    } catch {
      return [];
    }
  });
  return { initial, lazy, initialGzip: initial.reduce((sum, c) => sum + c.gzip, 0) };
}
