import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../data/load';
import { PLACE_PAGE_SIZE, placeIndex, placePage } from '../../../../data/place-detail';
import type { Incident } from '../../../../data/schema';

/** /data/places/<id>/<n>.json: page n of a place's incidents, newest first, PLACE_PAGE_SIZE each. */
export const getStaticPaths = (() => {
  const { incidentsByPlace } = placeIndex(loadAtlas());
  const paths: { params: { id: string; page: string }; props: { incidents: Incident[]; page: number } }[] = [];
  for (const [id, incidents] of incidentsByPlace) {
    const pages = Math.ceil(incidents.length / PLACE_PAGE_SIZE);
    for (let page = 1; page <= pages; page++) paths.push({ params: { id, page: String(page) }, props: { incidents, page } });
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = ReturnType<typeof getStaticPaths>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(placePage(props.incidents, props.page)), { headers: { 'Content-Type': 'application/json' } });
