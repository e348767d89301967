import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load';
import { incidentsToCSV } from '../../data/export';

/** One row per incident, with ACLED-style event_type / sub_event_type columns. */
export const GET: APIRoute = () =>
  new Response(incidentsToCSV(loadAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
