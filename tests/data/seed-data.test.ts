/**
 * The curated data of the first report against the report itself: every quote and every
 * quoted claim is the report's own words, and the facts DESIGN §2 lists are there.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAtlas } from '../../src/data/load';
import { summarizePlace } from '../../src/data/status';
import { incidentsByPlace } from '../../src/data/by-place';

const seed = readFileSync('tests/fixtures/seed/000_2a061224c1d895c9.txt', 'utf8');
const atlas = loadAtlas('geodata');
const fromSeed = atlas.incidents.filter((i) => i.sources.some((s) => s.published === '2025-11-21' && s.outlet === 'The Independent'));
const byPlace = incidentsByPlace(atlas.incidents);

describe('the seed report in geodata/', () => {
  it('quotes the report word for word, in sources and in claims', () => {
    for (const incident of fromSeed) {
      for (const source of incident.sources) expect(seed, `${incident.id} quote`).toContain(source.quote);
      for (const claim of incident.claims) expect(seed, `${incident.id} claim by ${claim.by}`).toContain(claim.statement);
    }
  });

  it('has every event site of DESIGN §2 and the unlocated command-post visit', () => {
    for (const id of ['zaporizhzhia', 'kupiansk', 'pokrovsk', 'vovchansk', 'kostiantynivka', 'kramatorsk', 'kyiv', 'washington', 'donbas', 'crimea', 'luhansk-oblast', 'donetsk-oblast', 'north-of-scotland', 'limerick']) {
      expect(byPlace.has(id), id).toBe(true);
    }
    expect(byPlace.has('moscow')).toBe(false);
    expect(fromSeed.some((i) => i.placeIds.length === 0)).toBe(true);
  });

  it('tells the Zaporizhzhia strike once, with both quotes, 5 killed and 3 injured', () => {
    const strikes = byPlace.get('zaporizhzhia')!.filter((i) => i.type === 'strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].date).toBe('2025-11-20');
    expect(strikes[0].casualties).toEqual({ killed: 5, injured: 3 });
    expect(strikes[0].sources).toHaveLength(2);
  });

  it('has Kupiansk, Pokrovsk and Vovchansk contested, with the claimed shares', () => {
    for (const id of ['kupiansk', 'pokrovsk', 'vovchansk']) expect(summarizePlace(byPlace.get(id)!).status, id).toBe('contested');
    const share = (id: string) => byPlace.get(id)!.flatMap((i) => i.claims).find((c) => c.share !== undefined)?.share;
    expect(share('pokrovsk')).toBe(0.7);
    expect(share('vovchansk')).toBe(0.8);
    expect(summarizePlace(byPlace.get('pokrovsk')!).statuses).toContain('fighting');
  });

  it('dates "the summer before last" as the 2024 season at Limerick', () => {
    const [limerick] = byPlace.get('limerick')!;
    expect([limerick.date, limerick.datePrecision]).toEqual(['2024-06-01', 'season']);
  });
});
