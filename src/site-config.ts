/**
 * Site-wide settings, each overridable at build time by an environment variable.
 * Kept in one object so the README can mirror it.
 */
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from './tile-defaults';

export { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL };

export const siteConfig = {
  /** Raster tiles drawn over the embedded basemap; PUBLIC_TILE_URL="" switches tiles off. */
  tileUrl: import.meta.env.PUBLIC_TILE_URL ?? DEFAULT_TILE_URL,
  /** Attribution of the tile provider (a fixed string from configuration, never report text). */
  tileAttribution: import.meta.env.PUBLIC_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION,
  title: 'Incident Atlas',
};
