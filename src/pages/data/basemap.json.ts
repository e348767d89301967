import type { APIRoute } from 'astro';
import { basemapGeoJSON } from '../../geo/countries';

/** The embedded vector basemap drawn under (or instead of) raster tiles. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(basemapGeoJSON()), { headers: { 'Content-Type': 'application/json' } });
