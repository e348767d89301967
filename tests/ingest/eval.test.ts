import { describe, expect, it } from 'vitest';
import { evaluateSets, isSelected } from '../../scripts/eval-ingest';
import { goldAsPredicted, scoreArticle, summarize, type GoldFile, type PredictedSite } from '../../src/ingest/evaluate';

describe('npm run eval:ingest on the seed', () => {
  it('finds every event site, no dateline/metonym site, and every casualty figure right', async () => {
    const seed = (await evaluateSets('seed', 'tests/fixtures/data/seed')).seed as NonNullable<Awaited<ReturnType<typeof evaluateSets>>['seed']>;
    expect(seed.summary.articles).toBe(1);
    expect(seed.summary.recall).toBe(1);
    expect(seed.summary.nonSiteFalseSites).toBe(0);
    expect(seed.summary.casualtyAccuracy).toBe(1);
    expect(seed.summary.casualtyEvaluated).toBeGreaterThan(0);
    expect(seed.summary.typeAccuracy).toBe(1);
  });
});

const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] as [number, number] });
const predicted = (over: Partial<PredictedSite>): PredictedSite => ({
  incidentId: 'x',
  placeId: 'x',
  names: ['X'],
  kind: 'city',
  geometry: point(0, 0),
  type: 'strike',
  date: '2025-01-01',
  datePrecision: 'day',
  ...over,
});
const gold: GoldFile = {
  article: 'a.txt',
  published: '2025-01-02',
  sites: [
    { name: 'Kharkiv', kind: 'point', lon: 36.25272, lat: 49.98081, type: 'strike', date: '2025-01-01', datePrecision: 'day', killed: 3, quote: 'q' },
    { name: 'Sumy region', kind: 'region', region: 'Sumy', type: 'strike', date: '2025-01-01', datePrecision: 'day', quote: 'q' },
  ],
  nonSites: [{ name: 'Moscow', why: 'metonym' }],
};

describe('scoreArticle', () => {
  it('matches points within 10 km and points inside a gold region, one to one', () => {
    const score = scoreArticle(gold, [
      predicted({ incidentId: 'near-kharkiv', geometry: point(36.3, 50.0), killed: 3 }),
      predicted({ incidentId: 'second-kharkiv', geometry: point(36.25, 49.98) }),
      predicted({ incidentId: 'in-sumy-region', geometry: point(34.8, 50.9) }),
    ]);
    expect(score.matches.map((m) => m.predicted.incidentId).sort()).toEqual(['in-sumy-region', 'second-kharkiv']);
    expect(score.falseSites.map((p) => p.incidentId)).toEqual(['near-kharkiv']);
    expect(score.missed).toEqual([]);
  });

  it('counts false sites named in nonSites, and figures over matched sites', () => {
    const score = scoreArticle(gold, [
      predicted({ incidentId: 'kharkiv', geometry: point(36.25, 49.98), killed: 3 }),
      predicted({ incidentId: 'moscow', names: ['Moscow', 'Moskva'], geometry: point(37.6, 55.75) }),
    ]);
    expect(score.nonSiteHits.map((h) => h.nonSite)).toEqual(['Moscow']);
    const summary = summarize([score]);
    expect(summary).toMatchObject({ recall: 0.5, precision: 0.5, casualtyAccuracy: 1, casualtyEvaluated: 1, nonSiteFalseSites: 1 });
  });

  it('matches a predicted region outside Ukraine to a region-level gold point inside it, and no other point', () => {
    const ring: Array<[number, number]> = [[33, 52], [36, 52], [36, 54], [33, 54], [33, 52]];
    const square = { type: 'Polygon' as const, coordinates: [ring] };
    const bryansk = { name: 'Bryansk region (bus)', kind: 'point' as const, lon: 34.37, lat: 53.25, type: 'strike', date: '2025-01-01', datePrecision: 'day', quote: 'q' };
    const region = predicted({ incidentId: 'bryansk-oblast', kind: 'region', geometry: square });
    const regionLevel = { ...gold, sites: [{ ...bryansk, coordSource: 'region-level: Bryansk, the regional capital, stands for the region' }] };
    expect(scoreArticle(regionLevel, [region]).matches).toHaveLength(1);
    expect(scoreArticle({ ...gold, sites: [bryansk] }, [region]).matches).toEqual([]);
  });

  it('gives a draft to the gold event at the same point whose sentence it cites', () => {
    const first = { name: 'Kharkiv (morning)', kind: 'point' as const, lon: 36.25272, lat: 49.98081, type: 'strike', date: '2025-01-01', datePrecision: 'day', killed: 2, quote: 'A drone hit a school in Kharkiv in the morning.' };
    const second = { ...first, name: 'Kharkiv (evening)', killed: undefined, injured: 4, quote: 'In the evening a missile struck a depot in Kharkiv, injuring four.' };
    const draft = predicted({ geometry: point(36.25272, 49.98081), injured: 4, quotes: ['In the evening a missile struck a depot in Kharkiv, injuring four.'] });
    const score = scoreArticle({ ...gold, sites: [first, second] }, [draft]);
    expect(score.matches.map((m) => m.gold.name)).toEqual(['Kharkiv (evening)']);
    expect(summarize([score]).casualtyAccuracy).toBe(1);
  });

  it('does not match a point more than 10 km away', () => {
    expect(scoreArticle(gold, [predicted({ geometry: point(36.4, 50.05) })]).matches).toEqual([]);
  });
});

describe('incidents per gold event', () => {
  it('counts every drafted site at a found gold place, whatever its type', () => {
    const triple = scoreArticle(gold, [
      predicted({ incidentId: 'claim', type: 'control-claim', geometry: point(36.25, 49.98) }),
      predicted({ incidentId: 'fight', type: 'fighting', geometry: point(36.26, 49.98) }),
      predicted({ incidentId: 'strike', geometry: point(36.25, 49.99) }),
    ]);
    // One gold event at Kharkiv, three drafted; Sumy region was not found, so it does not count.
    expect(summarize([triple]).incidentsPerEvent).toBe(3);
    const one = scoreArticle(gold, [predicted({ geometry: point(36.25, 49.98) }), predicted({ geometry: point(34.8, 50.9) })]);
    expect(summarize([one]).incidentsPerEvent).toBe(1);
  });

  it('takes gold sites at one point as one place, whatever their names', () => {
    const popasna = { name: 'Popasna', kind: 'point' as const, lon: 38.378, lat: 48.633, type: 'fighting', date: '2022-04-24', datePrecision: 'day', quote: 'q' };
    const earlier = { ...popasna, name: 'Popasna (house destroyed earlier)', type: 'strike', date: '2022-04-18', datePrecision: 'week' };
    const score = scoreArticle({ ...gold, sites: [popasna, earlier] }, [
      predicted({ type: 'fighting', geometry: point(38.378, 48.633) }),
      predicted({ geometry: point(38.378, 48.633) }),
    ]);
    // Two events there and two drafts: not two drafts at "Popasna" and none at the other name.
    expect(summarize([score]).incidentsPerEvent).toBe(1);
  });
});

describe('goldAsPredicted (a second annotator scored against the first)', () => {
  it('agrees fully with itself: points, regions and figures', () => {
    const self = scoreArticle(gold, gold.sites.map(goldAsPredicted).filter((p): p is PredictedSite => p !== undefined));
    expect(summarize([self])).toMatchObject({ recall: 1, precision: 1, typeAccuracy: 1, dateAccuracy: 1, casualtyAccuracy: 1, incidentsPerEvent: 1 });
  });

  it('leaves out a site neither annotator could locate, and scores a differing figure', () => {
    expect(goldAsPredicted({ ...gold.sites[0], lon: null, lat: null }, 0)).toBeUndefined();
    const other = goldAsPredicted({ ...gold.sites[0], killed: 4 }, 0) as PredictedSite;
    expect(summarize([scoreArticle(gold, [other])]).casualtyAccuracy).toBe(0);
  });
});

describe('--only', () => {
  it('takes a number as that report, a range of numbers, or a file-name prefix', () => {
    const files = ['01_efe.txt', '07_ki.txt', '10_ukr.txt', '70_x.txt', '102_a.txt', '121_b.txt', '000_seed.txt'];
    const pick = (only: string[]) => files.filter((f) => isSelected(f, only));
    expect(pick(['7'])).toEqual(['07_ki.txt']);
    expect(pick(['1'])).toEqual(['01_efe.txt']);
    expect(pick(['102-121'])).toEqual(['102_a.txt', '121_b.txt']);
    expect(pick(['1-10', '000_'])).toEqual(['01_efe.txt', '07_ki.txt', '10_ukr.txt', '000_seed.txt']);
    expect(pick(['70_x'])).toEqual(['70_x.txt']);
  });
});
