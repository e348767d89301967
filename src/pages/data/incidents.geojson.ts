import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';
import { incidentsToGeoJSON } from '../../data/export';

/** RFC 7946: one Feature per incident, at its place. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(incidentsToGeoJSON(loadAtlas())), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
