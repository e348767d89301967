/**
 * Ingest on a frozen fixture gazetteer (plus GeoNames and the all-Ukraine list the resolver
 * reads), never geodata/: shared by the place-resolution tests so each states only its sentences.
 */
import { beforeAll } from 'vitest';
import { loadGazetteer } from '../../src/ingest/cli';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { Resolver } from '../../src/ingest/resolve';

/** Loads the resolver once for the calling test file; the returned function drafts a text with it. */
export function ingestOnFixtureGazetteer(): (text: string, published?: string) => IngestResult {
  let resolver: Resolver;
  beforeAll(async () => {
    resolver = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
  }, 60_000);
  return (text, published = '2025-03-10') => ingestReport({ file: 't.txt', text }, resolver, { published, outlet: 'Test' });
}

/** Every drafted site: the place's name and where GeoNames files it. */
export const siteLabels = (r: IngestResult): string[] =>
  r.incidents.flatMap((i) => i.placeIds).map((id) => {
    const p = r.decisions.find((d) => d.chosen?.id === id)?.chosen;
    return p ? `${p.name} (${p.admin1 ?? p.country})` : id;
  });
