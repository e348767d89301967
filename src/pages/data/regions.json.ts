import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';

/** The gazetteer's areas (Donbas, Crimea, oblasts) for the map's region layer. */
export const GET: APIRoute = () => {
  const regions = loadAtlas().places.filter((p) => p.properties.kind === 'region');
  const collection = {
    type: 'FeatureCollection',
    features: regions.map((p) => ({ type: 'Feature', id: p.properties.id, properties: { id: p.properties.id, name: p.properties.name }, geometry: p.geometry })),
  };
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json' } });
};
