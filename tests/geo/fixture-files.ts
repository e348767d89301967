/**
 * Turf-style fixtures: each `tests/fixtures/geo/<suite>/in/*.geojson` is run through the
 * function under test and compared with the file of the same name under `out/`.
 * `REGEN=1 npx vitest run tests/geo` rewrites the out files (review the diff before keeping it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(process.cwd(), 'tests', 'fixtures', 'geo');

export interface FixturePair<In = any> {
  name: string;
  input: In;
  outFile: string;
}

/** `outExt`: ".geojson" when the output is GeoJSON itself, ".json" for plain results (distances, names). */
export function fixturePairs<In = any>(suite: string, outExt: '.geojson' | '.json' = '.geojson'): FixturePair<In>[] {
  const dir = path.join(ROOT, suite, 'in');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((name) => ({
      name,
      input: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as In,
      outFile: path.join(ROOT, suite, 'out', name.replace(/\.geojson$/, outExt)),
    }));
}

/** The expected output; with REGEN set, writes `actual` there first. */
export function expectedOutput<Out>(outFile: string, actual: Out): Out {
  if (process.env.REGEN) writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(outFile)) throw new Error(`${outFile} is missing: run REGEN=1 npx vitest run tests/geo and review it`);
  return JSON.parse(readFileSync(outFile, 'utf8')) as Out;
}

/** Truncates every number in a JSON value to `decimals`, as turf's tests do before comparing. */
export function truncate<T>(value: T, decimals = 6): T {
  const f = 10 ** decimals;
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'number' ? Math.trunc(v * f) / f : v)) as T;
}
