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
  return collectNearby(origin, candidates, radiusKm);
}

/** The shared test and order of nearbyPlaces and nearbyIndex, so both give the same answer. */
function collectNearby(origin: LonLat | NearbyCandidate, candidates: Iterable<NearbyCandidate>, radiusKm: number): NearbyPlace[] {
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

/** Great-circle kilometres per degree of longitude at the equator on turf's sphere (R = 6371.0088 km). */
const KM_PER_DEGREE_EQUATOR = (2 * Math.PI * 6371.0088) / 360;

/**
 * nearbyPlaces for many origins over the same candidates: the candidates go into a grid of
 * cells one radius tall, so each query looks at its neighbouring cells only instead of every
 * candidate (the build asks this for every place: all-pairs was quadratic in places).
 */
export function nearbyIndex(candidates: readonly NearbyCandidate[], radiusKm = NEARBY_KM): (origin: LonLat | NearbyCandidate) => NearbyPlace[] {
  const cellDeg = radiusKm / KM_PER_DEGREE_LAT_MIN;
  const columns = Math.ceil(360 / cellDeg);
  const rowOf = (lat: number) => Math.floor((lat + 90) / cellDeg);
  const columnOf = (lon: number) => Math.min(columns - 1, Math.floor((lon + 180) / cellDeg));
  const cells = new Map<number, NearbyCandidate[]>();
  const keyOf = (row: number, column: number) => row * columns + column;
  for (const candidate of candidates) {
    const key = keyOf(rowOf(candidate.coordinates[1]), columnOf(candidate.coordinates[0]));
    const cell = cells.get(key);
    if (cell) cell.push(candidate);
    else cells.set(key, [candidate]);
  }

  return (origin) => {
    const [lon, lat] = Array.isArray(origin) ? origin : origin.coordinates;
    const row = rowOf(lat);
    // Longitude degrees shrink toward the poles: widen the search to the most poleward row scanned.
    const poleward = Math.min(90, Math.abs(lat) + cellDeg);
    const kmPerDegreeLon = KM_PER_DEGREE_EQUATOR * Math.cos((poleward * Math.PI) / 180);
    const span = kmPerDegreeLon > 1e-6 ? Math.ceil(radiusKm / kmPerDegreeLon / cellDeg) : columns;
    const column = columnOf(lon);
    const scanned = new Set<number>();
    const near: NearbyCandidate[] = [];
    for (let r = row - 1; r <= row + 1; r++) {
      for (let c = column - span; c <= column + span; c++) {
        // Wrap across the antimeridian; a span wider than the world visits each column once.
        const key = keyOf(r, ((c % columns) + columns) % columns);
        if (scanned.has(key)) continue;
        scanned.add(key);
        const cell = cells.get(key);
        if (cell) for (const candidate of cell) near.push(candidate);
      }
    }
    return collectNearby(origin, near, radiusKm);
  };
}
