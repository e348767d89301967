import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load';
import { PLACE_NEWEST_SIZE, PLACE_PAGE_SIZE, placeDetail, placeIndex, placePage } from '../../src/data/place-detail';

const atlas = loadAtlas(path.join(process.cwd(), 'tests', 'fixtures', 'data', 'place-detail'));
const index = placeIndex(atlas);
const detailOf = (id: string, pageSize?: number) => placeDetail(index.placeById.get(id)!, index.incidentsByPlace.get(id) ?? [], pageSize);

describe('placeDetail', () => {
  it('sums the place: count, lower-bound casualties with "at least", first and latest date', () => {
    const detail = detailOf('kupiansk');
    expect(detail).toMatchObject({
      id: 'kupiansk',
      name: 'Kupiansk',
      kind: 'town',
      country: 'UA',
      incidentCount: 5,
      killed: 6,
      injured: 4,
      killedAtLeast: true,
      injuredAtLeast: true,
      firstDate: '2025-09-03',
      latestDate: '2025-11-20',
      pageSize: PLACE_PAGE_SIZE,
      pages: 1,
    });
    expect(detail.point).toEqual([expect.closeTo(37.615, 2), expect.closeTo(49.71, 2)]);
  });

  it('counts each month, newest first, leaving out months without incidents', () => {
    expect(detailOf('kupiansk').months).toEqual([
      { month: '2025-11', count: 1, killed: 3, injured: 0 },
      { month: '2025-10', count: 1, killed: 0, injured: 0 },
      { month: '2025-09', count: 3, killed: 3, injured: 4 },
    ]);
  });

  it('gives a place without incidents no pages and null dates', () => {
    expect(detailOf('pokrovsk')).toMatchObject({ incidentCount: 0, pages: 0, months: [], firstDate: null, latestDate: null, killed: 0 });
  });

  it('pages the incidents newest first, then by id, pageSize per page', () => {
    const incidents = index.incidentsByPlace.get('kupiansk')!;
    expect(detailOf('kupiansk', 2).pages).toBe(3);
    expect([1, 2, 3, 4].map((n) => placePage(incidents, n, 2).map((i) => i.id))).toEqual([
      ['kupiansk-strike-c', 'kupiansk-claim'],
      ['kupiansk-fighting', 'kupiansk-strike-a'],
      ['kupiansk-strike-b'],
      [],
    ]);
  });

  it('tells the newest incidents in the summary: the start of page 1, never more than a page', () => {
    const incidents = index.incidentsByPlace.get('kupiansk')!;
    expect(PLACE_NEWEST_SIZE).toBeLessThan(PLACE_PAGE_SIZE);
    expect(detailOf('kupiansk').newest.map((i) => i.id)).toEqual(placePage(incidents, 1).slice(0, PLACE_NEWEST_SIZE).map((i) => i.id));
    expect(detailOf('kupiansk', 2).newest.map((i) => i.id)).toEqual(['kupiansk-strike-c', 'kupiansk-claim']);
    expect(detailOf('pokrovsk').newest).toEqual([]);
  });

  it('counts an incident at two places at both', () => {
    expect(detailOf('kharkiv')).toMatchObject({ incidentCount: 2, killed: 1, injured: 7, killedAtLeast: false });
  });

  it('is the same object for the same atlas', () => {
    expect(placeIndex(atlas)).toBe(index);
  });
});

describe('placeDetail control', () => {
  it('tells the control story of a place with control claims, null without', () => {
    const control = detailOf('kupiansk').control;
    expect(control).not.toBeNull();
    expect(control!.points).toEqual([
      expect.objectContaining({ date: '2025-10-01', incidentId: 'kupiansk-claim', party: 'RU', stance: 'asserts', share: 0.3 }),
    ]);
    expect(control!.standing).toBe('claimed');
    expect(detailOf('kharkiv').control).toBeNull();
  });
});
