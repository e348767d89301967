import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';
import { gazetteerToGeoJSON } from '../../data/export';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(gazetteerToGeoJSON(loadAtlas())), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
