import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { casualtyCause, countCauses, dateCause, falseSiteCause, missCause } from '../../src/ingest/error-causes';
import { scoreArticle, type GoldFile, type GoldSite, type PredictedSite } from '../../src/ingest/evaluate';
import type { PlaceRecord } from '../../src/ingest/resolve';
import type { PlaceDecision } from '../../src/ingest/sites';

const kharkiv: GoldSite = { name: 'Kharkiv (a school)', kind: 'point', lon: 36.25272, lat: 49.98081, type: 'strike', date: '2025-01-01', datePrecision: 'day', killed: 2, quote: 'q' };
const gold: GoldFile = { article: 'a.txt', published: '2025-01-02', sites: [kharkiv] };
const place = (over: Partial<PlaceRecord>): PlaceRecord => ({ ref: 'gazetteer:kharkiv', source: 'gazetteer', id: 'kharkiv', name: 'Kharkiv', kind: 'city', population: 1_400_000, point: [36.25, 49.98], feature: () => { throw new Error('no feature is drawn here'); }, ...over });
const decision = (over: Partial<PlaceDecision>): PlaceDecision =>
  ({ sentence: 0, mention: { sentence: 0, start: 0, end: 7, surface: 'Kharkiv', name: 'Kharkiv', via: 'name', possessive: false }, candidates: [], choice: '', role: 'site', reason: '', ...over }) as PlaceDecision;
const result = (decisions: PlaceDecision[], unresolved: IngestResult['unresolved'] = []): IngestResult =>
  ({ published: '2025-01-02', sentences: [], places: { type: 'FeatureCollection', features: [] }, incidents: [], decisions, unresolved, doubts: [] }) as IngestResult;
const drafted = (over: Partial<PredictedSite>): PredictedSite => ({ incidentId: 'x', placeId: 'x', names: ['X'], kind: 'city', geometry: { type: 'Point', coordinates: [36.25, 49.98] }, type: 'strike', date: '2025-01-01', datePrecision: 'day', ...over });

describe('why a gold site was missed', () => {
  const none = scoreArticle(gold, []);
  it('tells a place judged no event site from one never read', () => {
    expect(missCause(kharkiv, none, result([decision({ chosen: place({}), role: 'metonym' })]))).toBe('place read, judged no event site (metonym)');
    expect(missCause(kharkiv, none, result([]))).toMatch(/^never read as a place/);
  });
  it('tells a namesake chosen far away, and a name no gazetteer has', () => {
    const far = place({ id: 'kharkiv-far', point: [30, 45] });
    expect(missCause(kharkiv, none, result([decision({ chosen: far, candidates: [{ place: place({}), how: 'exact', score: 1, reasons: [] }, { place: far, how: 'exact', score: 2, reasons: [] }] })]))).toBe('place read, another namesake or none chosen');
    expect(missCause(kharkiv, none, result([], [{ name: 'Kharkiv', sentence: 0 }]))).toBe('name read, no gazetteer place (listed in unresolved)');
  });
  it('tells two gold events at one place drafted as one', () => {
    const evening = { ...kharkiv, name: 'Kharkiv (evening)', quote: 'r' };
    const score = scoreArticle({ ...gold, sites: [kharkiv, evening] }, [drafted({})]);
    expect(score.missed).toHaveLength(1);
    expect(missCause(score.missed[0], score, result([]))).toMatch(/two events drafted as one/);
  });
  it('a village by the drafted town is not the town: its own cause, not two events at one place', () => {
    const town = { ...kharkiv, name: 'Kharkiv', quote: 'r' };
    // 5 km east of Kharkiv, with its own point.
    const village = { ...kharkiv, name: 'Bezruky', lon: 36.32272, geonamesId: 1 };
    // A village GeoNames lacks, given the point of the town that locates it.
    const borrowed = { ...kharkiv, name: 'Pisochyn', geonamesId: null, coordSource: 'the named reference place (Kharkiv)' };
    const score = scoreArticle({ ...gold, sites: [town, village, borrowed] }, [drafted({ names: ['Kharkiv'], quotes: ['r'] })]);
    expect(score.missed.map((g) => g.name).sort()).toEqual(['Bezruky', 'Pisochyn']);
    const why = result([], [{ name: 'Pisochyn', sentence: 0 }]);
    expect(missCause(village, score, why)).toBe('never read as a place, a draft at another place within 10 km went to another gold event');
    expect(missCause(borrowed, score, why)).toBe('name read, no gazetteer place (listed in unresolved)');
  });
});

describe('why a drafted site is false', () => {
  it('tells a second incident at the gold place from a village 5 km away', () => {
    const evening = drafted({ incidentId: 'evening', date: '2025-01-01' });
    const village = drafted({ incidentId: 'village', names: ['Pisochyn'], geometry: { type: 'Point', coordinates: [36.18, 49.96] } });
    const score = scoreArticle(gold, [drafted({ incidentId: 'morning', killed: 2 }), evening, village]);
    expect(falseSiteCause(evening, score, gold)).toMatch(/^a second incident at a gold place/);
    expect(falseSiteCause(village, score, gold)).toMatch(/^another place within 10 km/);
  });
});

describe('why a figure or a date is wrong', () => {
  it('sorts figures into missing, extra, "at least" and wrong', () => {
    expect(casualtyCause(kharkiv, drafted({ killed: 2 }))).toBeUndefined();
    expect(casualtyCause(kharkiv, drafted({}))).toBe('gold has a figure, the draft none');
    expect(casualtyCause({ ...kharkiv, killed: undefined }, drafted({ injured: 3 }))).toBe('the draft has a figure, the gold none');
    expect(casualtyCause(kharkiv, drafted({ killed: { min: 2 } }))).toBe('the same numbers, "at least" on one side only');
    expect(casualtyCause(kharkiv, drafted({ killed: 2, injured: 5 }))).toBe('one of killed and injured wrong or missing');
  });
  it('tells a day drafted late from one drafted early', () => {
    expect(dateCause(kharkiv, drafted({ date: '2025-01-02' }))).toBe('drafted later than the gold (an earlier day not read)');
    expect(dateCause(kharkiv, drafted({ date: '2024-12-31' }))).toBe('drafted earlier than the gold');
    expect(dateCause(kharkiv, drafted({ datePrecision: 'week' }))).toBe('the day right, the precision not');
  });
  it('counts every difference of an article under its cause', () => {
    const score = scoreArticle(gold, [drafted({ date: '2025-01-02' }), drafted({ geometry: { type: 'Point', coordinates: [37.6, 55.75] } })]);
    expect(countCauses(gold, score, result([]))).toEqual({
      'date: drafted later than the gold (an earlier day not read)': 1,
      'casualties: gold has a figure, the draft none': 1,
      'false: a place the gold does not count as a site': 1,
    });
  });
});
