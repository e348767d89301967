/**
 * The data the two comparison pages load: every located incident of a synthetic archive as
 * columns (place, type, position, date, title), newest first like the site. Only the bench
 * pages read this; the site builds its own data from the archive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Incident, PlaceFeature } from '../../src/data/schema';
import { INCIDENT_TYPES } from '../../src/data/vocabulary';

export interface BenchData {
  total: number;
  types: readonly string[];
  places: { id: string[]; name: string[] };
  /**
   * One entry per incident. `place` is its first place (-1 when unlocated); lat/lon are null
   * for incidents with no point (regions, unlocated): they count, but get no marker.
   */
  incidents: { place: number[]; type: number[]; lat: (number | null)[]; lon: (number | null)[]; date: string[]; title: string[] };
}

export function readArchive(dir: string): { places: PlaceFeature[]; incidents: Incident[] } {
  const gazetteer = JSON.parse(readFileSync(path.join(dir, 'gazetteer.geojson'), 'utf8')) as { features: PlaceFeature[] };
  const incidents: Incident[] = [];
  const files = readdirSync(path.join(dir, 'incidents')).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) incidents.push(...(JSON.parse(readFileSync(path.join(dir, 'incidents', file), 'utf8')) as Incident[]));
  // Newest first, ties by id: the site's order.
  incidents.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { places: gazetteer.features, incidents };
}

export function compactArchive(dir: string): BenchData {
  const { places, incidents } = readArchive(dir);
  const data: BenchData = {
    total: incidents.length,
    types: INCIDENT_TYPES,
    places: { id: [], name: [] },
    incidents: { place: [], type: [], lat: [], lon: [], date: [], title: [] },
  };
  const placeIndex = new Map<string, number>();
  const points = new Map<string, [number, number]>();
  for (const f of places) {
    placeIndex.set(f.properties.id, data.places.id.length);
    data.places.id.push(f.properties.id);
    data.places.name.push(f.properties.name);
    if (f.geometry.type === 'Point') points.set(f.properties.id, f.geometry.coordinates as [number, number]);
  }
  for (const incident of incidents) {
    const placeId = incident.placeIds[0];
    const point = incident.coordinates ?? (placeId !== undefined ? points.get(placeId) : undefined);
    const c = data.incidents;
    c.place.push(placeId === undefined ? -1 : placeIndex.get(placeId)!);
    c.type.push(INCIDENT_TYPES.indexOf(incident.type));
    c.lon.push(point ? point[0] : null);
    c.lat.push(point ? point[1] : null);
    c.date.push(incident.date);
    c.title.push(incident.title);
  }
  return data;
}
