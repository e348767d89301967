/**
 * Place resolution, fifth round: each mechanism on sentences and villages of our own (real
 * settlements from the lists the resolver reads, not the reports' own), checked to fail without
 * its rule. The resolver reads a frozen fixture gazetteer plus GeoNames and the all-Ukraine list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { looseKey, placeKey } from '../../src/data/place-keys';
import { loadGazetteer } from '../../src/ingest/cli';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { Resolver } from '../../src/ingest/resolve';

let resolver: Resolver;
beforeAll(async () => {
  resolver = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
}, 60_000);

const ingest = (text: string, published = '2025-03-10'): IngestResult => ingestReport({ file: 't.txt', text }, resolver, { published, outlet: 'Test' });
/** Every drafted site: the place's name and where GeoNames files it. */
const sites = (r: IngestResult) =>
  r.incidents.flatMap((i) => i.placeIds).map((id) => {
    const p = r.decisions.find((d) => d.chosen?.id === id)?.chosen;
    return p ? `${p.name} (${p.admin1 ?? p.country})` : id;
  });
const unresolvedNames = (r: IngestResult) => r.unresolved.map((u) => u.name);

describe('a village in another romanization, inside the region the sentence names', () => {
  it('the loose key folds vowels, щ and ц spellings, not consonants', () => {
    expect(looseKey(placeKey('Kotliarovskoye'))).toBe(looseKey(placeKey('Kotliarivske')));
    expect(looseKey(placeKey('Vysche Solone'))).toBe(looseKey(placeKey('Vyshche Solone')));
    expect(looseKey(placeKey('Zinkovskoye'))).toBe(looseKey(placeKey('Zinkivske')));
    expect(looseKey(placeKey('Zinkovskoye'))).not.toBe(looseKey(placeKey('Zimkivske')));
  });

  it.each([
    ['Russian troops said they had taken the village of Kotliarovskoye in the Donetsk region on Sunday.', 'Kotliarivske (Donetsk Oblast)'],
    ['Shelling hit Vysche Solone in Kharkiv Oblast overnight, damaging two houses.', 'Vyshche Solone (Kharkiv Oblast)'],
    ['A drone struck a farm in Zinkovskoye, Kharkiv region, on Sunday, injuring a tractor driver.', 'Zinkivske (Kharkiv Oblast)'],
    ['Artillery fire hit Yaschykove in the Luhansk region on Sunday.', 'Yashchykove (Luhansk Oblast)'],
  ])('%s', (text, site) => {
    expect(sites(ingest(text))).toContain(site);
  });

  it('not without a region named: a loose key has namesakes all over the country', () => {
    const r = ingest('Russian troops said they had taken the village of Kotliarovskoye on Sunday.');
    expect(sites(r).filter((s) => s.startsWith('Kotliariv'))).toEqual([]);
  });
});

describe('datelines: a place in brackets, or a place and an agency in capitals, opening the report', () => {
  it.each([
    ['(Kharkiv) Russian missiles struck Chuhuiv overnight, injuring three people.', 'Kharkiv', 'Chuhuiv'],
    ['(Odesa) A drone hit a grain warehouse in Izmail on Monday, the governor said.', 'Odesa', 'Izmail'],
    ['Kyiv, UKRINFORM - A missile struck Bila Tserkva overnight, injuring two people.', 'Kyiv', 'Bila Tserkva'],
    ['Donetsk, TASS — Ukrainian shelling hit Horlivka on Sunday, killing one civilian.', 'Donetsk', 'Horlivka'],
  ])('%s', (text, dateline, site) => {
    const r = ingest(text);
    const of = (name: string) => r.decisions.find((d) => d.mention.surface === name);
    expect(of(dateline)?.role).toBe('dateline');
    expect(of(site)?.role).toBe('site');
  });

  it('a place that is the subject, not a dateline, stays a site', () => {
    const r = ingest('Kharkiv came under a missile attack on Monday, injuring three people.');
    expect(r.decisions.find((d) => d.mention.surface === 'Kharkiv')?.role).toBe('site');
  });
});
