/**
 * What the map island knows of a place. Browser-safe: types only, no Node imports. The build
 * step that makes these from the gazetteer is in client-atlas-build.ts.
 */
import type { PlaceKind } from './vocabulary';

export interface ClientPlace {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country?: string;
  admin1?: string;
  /** [lon, lat]: the point itself for settlements, a point inside for areas and lines. */
  point: [number, number];
  /** The Ukrainian region the point lies in ("Kharkiv Oblast"), found by point-in-polygon at build. */
  region?: string;
}

/**
 * Kept for build code written before the split (pages, place-detail): the function lives in
 * client-atlas-build.ts. Client code imports only types from this file, so nothing of it
 * reaches the browser.
 */
export { toClientPlace } from './client-atlas-build';
