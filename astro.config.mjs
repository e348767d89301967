// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// A static site: every page and download is written to dist/ at build time.
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [react()],
  server: { host: '127.0.0.1', port: 4321 },
});
