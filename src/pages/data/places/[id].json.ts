import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load';
import { placeDetail, placeIndex } from '../../../data/place-detail';

/** /data/places/<id>.json: a place's summary, months and control story, loaded when the map opens it. */
export const getStaticPaths = (() => {
  const { places, incidentsByPlace } = placeIndex(loadAtlas());
  return places.map((place) => ({ params: { id: place.id }, props: { place, incidents: incidentsByPlace.get(place.id) ?? [] } }));
}) satisfies GetStaticPaths;

type Props = ReturnType<typeof getStaticPaths>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(placeDetail(props.place, props.incidents)), { headers: { 'Content-Type': 'application/json' } });
