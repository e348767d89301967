/**
 * The default raster tiles: one home for the site settings (src/site-config.ts) and the
 * Content-Security-Policy built in astro.config.mjs. No imports, no import.meta.env: the Astro
 * config loads it before any environment exists.
 */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
