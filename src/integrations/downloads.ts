/**
 * The incident downloads as an Astro integration rather than endpoints: an endpoint's body is
 * held whole in memory while Astro writes it, and at 200,000 incidents the GeoJSON alone is
 * hundreds of megabytes. Here the build writes them to dist/data/ chunk by chunk once the
 * pages are done, and the dev server streams them on request.
 */
import type { AstroIntegration } from 'astro';
import { mkdtempSync, rmSync, createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../data/load';
import { writeIncidentDownloads } from '../data/downloads';

const CONTENT_TYPE = { geojson: 'application/geo+json', csv: 'text/csv; charset=utf-8' } as const;
const DOWNLOAD_PATH = /^\/data\/(incidents(?:-\d{4})?)\.(geojson|csv)$/;

export default function incidentDownloads(): AstroIntegration {
  return {
    name: 'incident-atlas:downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const names = await writeIncidentDownloads(loadAtlas(), path.join(fileURLToPath(dir), 'data'));
        logger.info(`${names.length} incident downloads written in ${Date.now() - started} ms`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const match = DOWNLOAD_PATH.exec((req.url ?? '').split('?')[0]);
          if (!match) return next();
          // Written fresh for each request, so an edit to the data shows on the next download.
          const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-downloads-'));
          writeIncidentDownloads(loadAtlas(), tmp)
            .then((names) => {
              const name = `${match[1]}.${match[2]}`;
              if (!names.includes(name)) {
                rmSync(tmp, { recursive: true, force: true });
                return next();
              }
              res.setHeader('Content-Type', CONTENT_TYPE[match[2] as keyof typeof CONTENT_TYPE]);
              createReadStream(path.join(tmp, name))
                .on('close', () => rmSync(tmp, { recursive: true, force: true }))
                .pipe(res);
            })
            .catch((error: unknown) => {
              rmSync(tmp, { recursive: true, force: true });
              next(error);
            });
        });
      },
    },
  };
}
