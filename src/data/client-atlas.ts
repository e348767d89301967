/**
 * The slice of the atlas the map island needs, written once at build to /data/atlas.json.
 * Places carry one representative point (areas and lines are drawn from the gazetteer download
 * when needed); incidents are the validated records as stored.
 */
import type { Atlas } from './load';
import type { Incident, PlaceProperties } from './schema';
import { SETTLEMENT_KINDS } from './vocabulary';
import { representativePoint } from '../geo/bounds';
import { loadUkraineRegions, regionOf } from '../geo/regions';

export interface ClientPlace {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceProperties['kind'];
  country?: string;
  admin1?: string;
  /** [lon, lat]: the point itself for settlements, a point inside for areas and lines. */
  point: [number, number];
  /** The Ukrainian region the point lies in ("Kharkiv Oblast"), found by point-in-polygon at build. */
  region?: string;
}

export interface ClientAtlas {
  places: ClientPlace[];
  /** Newest first, as the build validated them. */
  incidents: Incident[];
}

export function toClientPlace(feature: Atlas['places'][number]): ClientPlace {
  const { id, name, aliases, kind, country, admin1 } = feature.properties;
  const point = roundPoint(representativePoint(feature.geometry));
  const region = SETTLEMENT_KINDS.includes(kind) ? (regionOf(point, loadUkraineRegions()) ?? undefined) : undefined;
  return { id, name, aliases, kind, country, admin1, point, ...(region ? { region } : {}) };
}

export function toClientAtlas(atlas: Atlas): ClientAtlas {
  return { places: atlas.places.map(toClientPlace), incidents: atlas.incidents };
}

function roundPoint([lon, lat]: [number, number]): [number, number] {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
