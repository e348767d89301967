import type { APIRoute } from 'astro';
import { basemapGeoJSON } from '../../geo/countries';
import { ukraineRegionBorders } from '../../geo/admin-lines';

/** The embedded vector basemap drawn under (or instead of) raster tiles: countries, Crimea, oblast borders. */
export const GET: APIRoute = () => {
  const countries = basemapGeoJSON();
  const basemap = { ...countries, features: [...countries.features, ukraineRegionBorders()] };
  return new Response(JSON.stringify(basemap), { headers: { 'Content-Type': 'application/json' } });
};
