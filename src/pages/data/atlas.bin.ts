import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';
import { toClientPlace } from '../../data/client-atlas-build';
import { encodeCompactAtlas } from '../../data/compact-atlas';

/** What the map island loads first: places, and the incidents as typed columns without text. */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const bytes = encodeCompactAtlas(atlas.places.map(toClientPlace), atlas.incidents);
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/octet-stream' } });
};
