/**
 * Places near a place, for the details panel and the place pages ("nearby incidents within
 * 50 km"). Client-safe: only @turf/distance, never the whole of @turf/turf (the JavaScript
 * budget of `/`, docs/architecture.md, "Budgets").
 */
import distance from '@turf/distance';

/** What "nearby" means everywhere: the details panel, the place pages, their headings. */
export const NEARBY_KM = 50;

type LonLat = [number, number];

export interface NearbyCandidate {
  id: string;
  coordinates: LonLat;
}

export interface NearbyPlace {
  id: string;
  distanceKm: number;
}

/** A degree of latitude is at least 110.5 km anywhere; used to skip far candidates before the great-circle maths. */
const KM_PER_DEGREE_LAT_MIN = 110.5;

/**
 * Candidates within radiusKm of the origin, nearest first (ties by id), great-circle distance.
 * The origin itself is left out: pass it as `{ id, coordinates }` and the candidate with that
 * id is skipped; pass a bare [lon, lat] and candidates lying exactly on it are skipped.
 */
export function nearbyPlaces(
  origin: LonLat | NearbyCandidate,
  candidates: readonly NearbyCandidate[],
  radiusKm = NEARBY_KM,
): NearbyPlace[] {
  const originId = Array.isArray(origin) ? null : origin.id;
  const at: LonLat = Array.isArray(origin) ? origin : origin.coordinates;
  const maxDLat = radiusKm / KM_PER_DEGREE_LAT_MIN;
  const found: NearbyPlace[] = [];
  for (const candidate of candidates) {
    if (originId !== null && candidate.id === originId) continue;
    // Cheap latitude band first: most candidates of a country-wide gazetteer fail here.
    if (Math.abs(candidate.coordinates[1] - at[1]) > maxDLat) continue;
    const km = distance(at, candidate.coordinates, { units: 'kilometers' });
    if (km > radiusKm) continue;
    if (originId === null && km === 0) continue;
    found.push({ id: candidate.id, distanceKm: km });
  }
  found.sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found;
}
