/**
 * Build step (Node): the gazetteer's places as the island sees them, with one representative
 * point each and, for Ukrainian settlements, the oblast found by point-in-polygon.
 */
import type { Atlas } from './load';
import type { ClientPlace } from './client-atlas';
import { representativePoint } from '../geo/bounds';
import { loadUkraineRegions, regionOf } from '../geo/regions';
import { SETTLEMENT_KINDS } from './vocabulary';

export function toClientPlace(feature: Atlas['places'][number]): ClientPlace {
  const { id, name, aliases, kind, country, admin1 } = feature.properties;
  const point = roundPoint(representativePoint(feature.geometry));
  const region = SETTLEMENT_KINDS.includes(kind) ? (regionOf(point, loadUkraineRegions()) ?? undefined) : undefined;
  return { id, name, aliases, kind, country, admin1, point, ...(region ? { region } : {}) };
}

function roundPoint([lon, lat]: [number, number]): [number, number] {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
