// @ts-check
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import react from '@astrojs/react';
import { DEFAULT_TILE_URL } from './src/tile-defaults.ts';
import incidentDownloads from './src/integrations/downloads.ts';
import islandModulePreloads from './src/integrations/module-preload.ts';

const env = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), '');
const tileUrl = env.PUBLIC_TILE_URL ?? DEFAULT_TILE_URL;

/**
 * The origin tiles come from, for the Content-Security-Policy's img-src ({s} subdomains → wildcard).
 * @param {string} url
 */
function tileOrigin(url) {
  if (!url) return '';
  try {
    const { protocol, host } = new URL(url.replace(/\{s\}\./, 'sub.').replace(/\{[a-z]+\}/g, '0'));
    return `${protocol}//${url.includes('{s}.') ? host.replace(/^sub\./, '*.') : host}`;
  } catch {
    throw new Error(`PUBLIC_TILE_URL "${url}" is not a URL template like ${DEFAULT_TILE_URL}`);
  }
}

/**
 * The browser gets Preact's React-compatible runtime instead of react-dom: 60 KB of the 130 KB
 * budget of `/` (measured with `npm run size`), and react-leaflet 5 works on it (Preact 11
 * has `use` and refs as props). Pages rendered at build keep React's server renderer.
 */
const REACT_IN_THE_BROWSER = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/** @returns {import('vite').Plugin} */
function preactInTheBrowser() {
  return {
    name: 'atlas:preact-in-the-browser',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (options?.ssr || !(id in REACT_IN_THE_BROWSER)) return null;
      return this.resolve(REACT_IN_THE_BROWSER[/** @type {keyof typeof REACT_IN_THE_BROWSER} */ (id)], importer, { ...options, skipSelf: true });
    },
  };
}

// A static site: every page and download is written to dist/ at build time.
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  // The incident downloads are written streaming after the pages (src/integrations/downloads.ts);
  // pages with the map island get modulepreload links for its chunks (module-preload.ts).
  integrations: [react(), incidentDownloads(), islandModulePreloads()],
  server: { host: '127.0.0.1', port: 4321 },
  build: { inlineStylesheets: 'never' },
  // terser packs the island ~3% smaller than esbuild (npm run size prints what each module costs).
  vite: {
    plugins: [preactInTheBrowser()],
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      // `npm run size` builds with source maps to say what each module costs.
      sourcemap: process.env.ATLAS_SOURCEMAP === '1',
    },
  },
  experimental: {
    // Astro hashes its own scripts and styles into a <meta http-equiv="content-security-policy">.
    csp: {
      directives: [
        "default-src 'self'",
        /** @type {`img-src ${string}`} */ (`img-src 'self' data: ${tileOrigin(tileUrl)}`.trim()),
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
