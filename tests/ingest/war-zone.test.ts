/**
 * The war-zone prior for namesakes (src/ingest/war-zone.ts): which stretches of the front were
 * fought over on a day, and how far a point is from them; and its place among the namesake rules
 * (settleNamesakes): after the report's own places, before a namesake's mere size.
 */
import { describe, expect, it } from 'vitest';
import { settleNamesakes, type Candidate, type PlaceRecord, type ResolveContext } from '../../src/ingest/resolve';
import { FRONT_STRETCHES, WAR_ZONE_KM, nearestFrontTown, stretchesOn } from '../../src/ingest/war-zone';

const KURYLIVKA_BY_KUPIANSK: [number, number] = [37.7, 49.66];
const KURYLIVKA_DNIPROPETROVSK: [number, number] = [34.6, 48.57];
const BUCHA_VILLAGE: [number, number] = [30.15, 50.6];
const DAVYDIV_BRID: [number, number] = [33.19, 47.24];

describe('stretchesOn', () => {
  it('has no front before the full-scale invasion, every stretch on an unknown day', () => {
    expect(stretchesOn('2022-02-23')).toEqual([]);
    expect(stretchesOn(undefined)).toHaveLength(FRONT_STRETCHES.length);
  });

  it('keeps a stretch from its first to its last day, both included', () => {
    const north = FRONT_STRETCHES.find((s) => s.to === '2022-04-15');
    expect(north).toBeDefined();
    expect(stretchesOn('2022-04-15')).toContain(north);
    expect(stretchesOn('2022-04-16')).not.toContain(north);
    expect(stretchesOn('2025-06-01').every((s) => s.to === undefined)).toBe(true);
  });

  it('has every town inside Ukraine or the Russian regions on its border', () => {
    for (const s of FRONT_STRETCHES) {
      for (const [town, lon, lat] of s.towns) {
        expect(lon > 22 && lon < 40.3 && lat > 44.3 && lat < 52.9, `${town} ${lon} ${lat}`).toBe(true);
      }
    }
  });
});

describe('nearestFrontTown', () => {
  it('puts a village by Kupiansk in the war zone in 2024 and its namesake 250 km behind the front out of it', () => {
    expect(nearestFrontTown(KURYLIVKA_BY_KUPIANSK, '2024-05-18')).toMatchObject({ town: 'Kupiansk' });
    expect(nearestFrontTown(KURYLIVKA_BY_KUPIANSK, '2024-05-18')!.km).toBeLessThan(WAR_ZONE_KM);
    expect(nearestFrontTown(KURYLIVKA_DNIPROPETROVSK, '2024-05-18')!.km).toBeGreaterThan(WAR_ZONE_KM);
  });

  it('follows the front as it moved: near Bucha in March 2022 but not in 2023, the right bank of the Kherson region in 2022 but not in 2024', () => {
    expect(nearestFrontTown(BUCHA_VILLAGE, '2022-03-10')!.km).toBeLessThan(WAR_ZONE_KM);
    expect(nearestFrontTown(BUCHA_VILLAGE, '2023-03-10')!.km).toBeGreaterThan(WAR_ZONE_KM);
    expect(nearestFrontTown(DAVYDIV_BRID, '2022-08-20')!.km).toBeLessThan(WAR_ZONE_KM);
    expect(nearestFrontTown(DAVYDIV_BRID, '2024-08-20')!.km).toBeGreaterThan(WAR_ZONE_KM);
  });

  it('finds no town before the war', () => {
    expect(nearestFrontTown(KURYLIVKA_BY_KUPIANSK, '2021-05-18')).toBeUndefined();
  });
});

function namesake(id: number, score: number, population: number, point: [number, number], inWarZone?: string): Candidate {
  const place = { ref: `geonames:${id}`, source: 'geonames', id: `p${id}`, name: 'Kurylivka', kind: 'village', country: 'UA', geonamesId: id, population, point, tier: 'settlements' } as PlaceRecord;
  return { place, how: 'exact', score, reasons: [], ...(inWarZone ? { inWarZone } : {}) };
}
const CONTEXT: ResolveContext = { focus: new Map([['UA', 1]]), regionHints: [], anchors: [] };

describe('the war zone among the namesake rules', () => {
  it('chooses the only namesake in the war zone, over one ten times its size', () => {
    const town = namesake(1, 12.2, 12_000, KURYLIVKA_DNIPROPETROVSK);
    const front = namesake(2, 12, 900, KURYLIVKA_BY_KUPIANSK, '8 km from Kupiansk');
    const result = settleNamesakes([town, front], CONTEXT);
    expect('candidates' in result && result.candidates[0]).toBe(front);
    expect(front.reasons.join(' ')).toMatch(/only one of 2 namesakes .* in the war zone/);
  });

  it('lets the report’s own places outweigh it', () => {
    const nearReport = namesake(1, 12.2, 500, KURYLIVKA_DNIPROPETROVSK);
    const front = namesake(2, 12, 900, KURYLIVKA_BY_KUPIANSK, '8 km from Kupiansk');
    const result = settleNamesakes([nearReport, front], { ...CONTEXT, anchors: [[34.7, 48.5]] });
    expect('candidates' in result && result.candidates[0]).toBe(nearReport);
  });

  it('tells nothing apart when two namesakes are both in it', () => {
    const a = namesake(1, 12.2, 500, KURYLIVKA_BY_KUPIANSK, '8 km from Kupiansk');
    const b = namesake(2, 12, 600, [37.2, 48.3], '3 km from Pokrovsk');
    expect('alternatives' in settleNamesakes([a, b], CONTEXT)).toBe(true);
  });
});

describe('the ground front: the Dnipro is shelled across, not fought over', () => {
  const BY_MARHANETS: [number, number] = [34.88, 47.77];
  it('a village by Marhanets is in the war zone, but not by the ground front, since the autumn of 2022', () => {
    expect(nearestFrontTown(BY_MARHANETS, '2025-09-13')?.km).toBeLessThan(WAR_ZONE_KM);
    expect(nearestFrontTown(BY_MARHANETS, '2025-09-13', true)?.km).toBeGreaterThan(WAR_ZONE_KM);
  });

  it('a village by Velyka Novosilka is by both', () => {
    expect(nearestFrontTown([36.49, 47.85], '2025-09-13', true)?.km).toBeLessThan(WAR_ZONE_KM);
  });
});
