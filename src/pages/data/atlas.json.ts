import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';
import { toClientAtlas } from '../../data/client-atlas';

/** What the map island loads: places with one point each, and the incidents. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toClientAtlas(loadAtlas())), { headers: { 'Content-Type': 'application/json' } });
