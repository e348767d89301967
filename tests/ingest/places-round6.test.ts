/**
 * Place resolution, sixth round: each mechanism on sentences and villages of our own (real
 * settlements from the lists the resolver reads, not the reports' own), checked to fail without
 * its rule. The resolver reads a frozen fixture gazetteer plus GeoNames and the all-Ukraine list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/cli';
import type { IngestResult } from '../../src/ingest/draft';
import { Resolver } from '../../src/ingest/resolve';
import { findMentions, scanMentions } from '../../src/ingest/toponyms';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const sites = siteLabels;

describe('a village in another romanization, inside a region the report names in another sentence', () => {
  it.each([
    ['Shelling continued across Kharkiv Oblast on Sunday. Two houses were damaged in Vysche Solone overnight.', 'Vyshche Solone (Kharkiv Oblast)'],
    ['The Kharkiv region came under fire again. A drone struck a farm in Zinkovskoye, injuring a tractor driver.', 'Zinkivske (Kharkiv Oblast)'],
    ['The governor of the Luhansk region reported new attacks. Artillery fire hit the village of Yaschykove on Sunday.', 'Yashchykove (Luhansk Oblast)'],
  ])('%s', (text, site) => {
    expect(sites(ingest(text))).toContain(site);
  });
});

// draft.ts reads a sentence again with the report's region only when it let such a name go.
describe('a sentence says which names it let go for want of a region', () => {
  let resolver: Resolver;
  beforeAll(async () => {
    resolver = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
  }, 60_000);
  const surfaces = (text: string, reportNamesRegion: boolean) => findMentions(text, 0, resolver, reportNamesRegion).map((m) => m.surface);

  it('a village in another romanization, with no region named: let go, and kept once the report names one', () => {
    const text = 'Two houses were damaged in Vysche Solone overnight.';
    const scan = scanMentions(text, 0, resolver);
    expect(scan.mentions.map((m) => m.surface)).toEqual([]);
    expect(scan.unmatched).toContain('Vysche Solone');
    expect(resolver.looseSettlements('Vysche Solone').length).toBeGreaterThan(0);
    expect(surfaces(text, true)).toEqual(['Vysche Solone']);
  });

  it('a sentence that names the region itself lets nothing go for want of one', () => {
    const text = 'Shelling hit Vysche Solone in Kharkiv Oblast overnight.';
    expect(scanMentions(text, 0, resolver).unmatched).toEqual([]);
    expect(surfaces(text, false)).toEqual(surfaces(text, true));
  });
});

describe('a district named in a report on Russian regions is no Ukrainian namesake town', () => {
  const decision = (r: IngestResult, name: string) => r.decisions.find((d) => d.mention.surface === name);
  it.each([
    ['Drones attacked the Krasnodar region overnight, its governor said. Fighting also went on near Kramatorsk. In the Slavyansky district, a drone hit a barn.', 'Slavyansky'],
    ['The Krasnodar region came under a drone attack on Sunday. Russian troops also advanced near Pokrovsk. In the Krasnoarmeysky district, debris damaged a gas pipeline.', 'Krasnoarmeysky'],
  ])('%s', (text, district) => {
    const r = ingest(text);
    expect(decision(r, district)?.role).toBe('unresolved');
    expect(r.unresolved.map((u) => u.name)).toContain(district);
  });

  it('a district of a region the report names in Ukraine keeps its seat', () => {
    const r = ingest('Shelling hit the Kharkiv region overnight. In the Izyumsky district, a drone hit a barn.');
    expect(decision(r, 'Izyumsky')?.chosen?.name).toBe('Izium');
  });
});

describe('a place the report calls a village is not the town of that name when villages share it', () => {
  it.each([
    ['Ukrainian troops recaptured the village of Vasylivka on the southern front, the military said.', 'Vasylivka'],
    ['Russian forces said they had taken the village of Ternivka after days of fighting.', 'Ternivka'],
    ['Shelling damaged a school in Kamianka village on Sunday.', 'Kamianka'],
  ])('%s', (text, name) => {
    const r = ingest(text);
    expect(sites(r)).toEqual([]);
    expect(r.unresolved.find((u) => u.name === name)?.candidates?.length).toBeGreaterThanOrEqual(2);
  });

  it('the town is kept when the sentence names its region', () => {
    const r = ingest('Russian forces shelled the village of Ternivka in the Dnipropetrovsk region on Sunday.');
    expect(sites(r)).toContain('Ternivka (Dnipropetrovsk Oblast)');
  });
});
