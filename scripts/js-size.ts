/**
 * What the JavaScript of `/` costs, module by module: `npm run size` builds with source maps
 * (ATLAS_SOURCEMAP=1, into a temporary folder) and prints, per initial and lazy chunk, the
 * gzip size and the minified bytes each source module contributes. `--no-build` reads dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { pageJs, type JsCost } from '../tests/e2e/js-budget';

const noBuild = process.argv.includes('--no-build');
const dist = noBuild ? 'dist' : '/tmp/atlas-size-dist';
if (!noBuild) {
  execFileSync('npx', ['astro', 'build', '--silent', '--outDir', dist], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_SOURCEMAP: '1', NODE_ENV: 'production' },
  });
}

/** Minified bytes per source module of one chunk, from its source map. */
function bySource(file: string): Map<string, number> {
  const out = new Map<string, number>();
  const mapFile = join(dist, '_astro', `${file}.map`);
  if (!existsSync(mapFile)) return out;
  const code = readFileSync(join(dist, '_astro', file), 'utf8').split('\n');
  const map = new TraceMap(readFileSync(mapFile, 'utf8'));
  let last: { line: number; column: number; source: string } | null = null;
  const add = (source: string, bytes: number) => out.set(source, (out.get(source) ?? 0) + bytes);
  eachMapping(map, (m) => {
    if (last && last.line === m.generatedLine) add(last.source, m.generatedColumn - last.column);
    else if (last) add(last.source, code[last.line - 1].length - last.column);
    last = { line: m.generatedLine, column: m.generatedColumn, source: group(m.source ?? '(none)') };
  });
  if (last) {
    const l = last as { line: number; column: number; source: string };
    add(l.source, code[l.line - 1].length - l.column);
  }
  return out;
}

/** node_modules by package, our code by file. */
function group(source: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  const own = /(src\/.*)$/.exec(source);
  return own ? own[1] : source;
}

function report(title: string, chunks: JsCost[]) {
  const total = chunks.reduce((s, c) => s + c.gzip, 0);
  console.log(`\n${title}: ${(total / 1024).toFixed(1)} KB gzip in ${chunks.length} files`);
  for (const chunk of chunks) {
    console.log(`  ${chunk.file}: ${(chunk.gzip / 1024).toFixed(1)} KB gzip, ${(chunk.bytes / 1024).toFixed(1)} KB minified`);
    const sources = [...bySource(chunk.file)].sort((a, b) => b[1] - a[1]);
    const ratio = chunk.gzip / Math.max(1, chunk.bytes);
    for (const [source, bytes] of sources.filter(([, b]) => b > 400)) {
      console.log(`    ${source.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(6)} KB min  ~${((bytes * ratio) / 1024).toFixed(1).padStart(5)} KB gz`);
    }
  }
}

const js = pageJs(dist);
report('Loaded by / at first', js.initial);
report('Loaded later (dynamic import)', js.lazy);
