/**
 * The resolver the rule tests share: the frozen fixture gazetteer (tests/fixtures/data/seed) plus
 * GeoNames, loaded once per test file, never geodata/; and `ingest` for a sentence or two of our own.
 */
import { beforeAll } from 'vitest';
import { loadGazetteer } from '../../src/ingest/cli';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { Resolver } from '../../src/ingest/resolve';

export function useSeedResolver(): { resolver: () => Resolver; ingest: (text: string, published?: string) => IngestResult } {
  let loaded: Resolver | undefined;
  beforeAll(async () => {
    loaded = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
  }, 60_000);
  const resolver = () => {
    if (!loaded) throw new Error('the seed resolver is read in a test, after beforeAll');
    return loaded;
  };
  const ingest = (text: string, published = '2025-03-10') => ingestReport({ file: 't.txt', text }, resolver(), { published, outlet: 'Test' });
  return { resolver, ingest };
}
