/**
 * The props of every place page (`/places/<id>/` and `/places/<id>/<n>/`), computed once per
 * atlas: the detail, the status and the nearby places of each place, and its incidents cut
 * into pages. Nearby places come from a grid (nearbyIndex), not by comparing every pair.
 */
import type { ClientPlace } from './client-atlas';
import type { Atlas } from './load';
import type { Incident } from './schema';
import { placeDetail, placeIndex, placePage, type PlaceDetail } from './place-detail';
import { summarizePlace, type PlaceSummary } from './status';
import { NEARBY_KM, nearbyIndex } from '../geo/nearby';

// Nearby places are settlements with incidents within NEARBY_KM, as in the map's panel.
export { NEARBY_KM };

export interface PlacePageProps {
  place: ClientPlace;
  detail: PlaceDetail;
  summary: PlaceSummary;
  /** 1-based */
  page: number;
  incidents: Incident[];
  placeNames: ReadonlyMap<string, string>;
  nearby: { id: string; name: string; distanceKm: number; incidentCount: number }[];
}

const cache = new WeakMap<Atlas, PlacePageProps[]>();

/** Every page of every place: page 1 for each place (with or without incidents), then pages 2… where there are more. */
export function placePages(atlas: Atlas): PlacePageProps[] {
  const cached = cache.get(atlas);
  if (cached) return cached;
  const { places, placeNames, incidentsByPlace } = placeIndex(atlas);
  const candidates = places
    .filter((p) => incidentsByPlace.has(p.id) && p.kind !== 'region' && p.kind !== 'country')
    .map((p) => ({ id: p.id, coordinates: p.point }));
  const nearbyOf = nearbyIndex(candidates, NEARBY_KM);
  const pages: PlacePageProps[] = [];
  for (const place of places) {
    const incidents = incidentsByPlace.get(place.id) ?? [];
    const detail = placeDetail(place, incidents);
    const summary = summarizePlace(incidents);
    const nearby = nearbyOf({ id: place.id, coordinates: place.point }).map((n) => ({
      ...n,
      name: placeNames.get(n.id) ?? n.id,
      incidentCount: incidentsByPlace.get(n.id)?.length ?? 0,
    }));
    for (let page = 1; page <= Math.max(1, detail.pages); page++) {
      pages.push({ place, detail, summary, page, incidents: placePage(incidents, page, detail.pageSize), placeNames, nearby });
    }
  }
  cache.set(atlas, pages);
  return pages;
}
