import type { APIRoute } from 'astro';
import { basemapGeoJSON } from '../../geo/countries';
import { ukraineRegionBorders } from '../../geo/admin-lines';
import { loadAtlas } from '../../data/load';

/**
 * The embedded vector basemap drawn under (or instead of) raster tiles: countries with Crimea
 * as occupied Ukraine, oblast borders, and the gazetteer's rivers (the Oskil of the Kupiansk
 * reports), so the map reads with no network.
 */
export const GET: APIRoute = () => {
  const countries = basemapGeoJSON();
  const rivers = loadAtlas()
    .places.filter((p) => p.properties.kind === 'river')
    .map((p) => ({ type: 'Feature' as const, properties: { kind: 'river', name: p.properties.name }, geometry: p.geometry }));
  const basemap = { ...countries, features: [...countries.features, ukraineRegionBorders(), ...rivers] };
  return new Response(JSON.stringify(basemap), { headers: { 'Content-Type': 'application/json' } });
};
