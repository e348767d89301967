import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { PlaceProperties } from '../../src/data/schema';
import { boundedDistance, buildSearchIndex, searchPlaces, typoBudget } from '../../src/data/search';
import { hasCyrillic } from '../../src/data/place-keys';

// The seed's gazetteer, frozen as a fixture: the spellings below name its places.
const gazetteer = JSON.parse(readFileSync(new URL('../fixtures/data/seed/gazetteer.geojson', import.meta.url), 'utf8')) as {
  features: { properties: PlaceProperties }[];
};
const places = gazetteer.features.map((f) => f.properties);
const byId = new Map(places.map((p) => [p.id, p]));

interface Variant {
  query: string;
  expected: string;
  kind: 'name' | 'alias' | 'cyrillic' | 'variant' | 'typo' | 'prefix';
  source: string;
}
const { variants } = JSON.parse(
  readFileSync(new URL('../fixtures/search-variants.json', import.meta.url), 'utf8'),
) as { variants: Variant[] };

const index = buildSearchIndex(places);

describe('the spelling fixture', () => {
  it('holds at least 40 spellings, each for a gazetteer place', () => {
    expect(variants.length).toBeGreaterThanOrEqual(40);
    for (const v of variants) expect(byId.has(v.expected), `${v.query} → "${v.expected}" is not in the gazetteer`).toBe(true);
  });

  it('labels every spelling truthfully', () => {
    for (const v of variants) {
      const place = byId.get(v.expected)!;
      const spellings = [place.name, ...place.aliases];
      const where = `tests/fixtures/search-variants.json: "${v.query}" (${v.kind})`;
      switch (v.kind) {
        case 'name':
          expect(v.query, where).toBe(place.name);
          break;
        case 'alias':
          expect(place.aliases, where).toContain(v.query);
          break;
        case 'cyrillic':
          expect(hasCyrillic(v.query), where).toBe(true);
          break;
        // The point of these is that nobody listed them: the matcher must get there itself.
        case 'variant':
        case 'typo':
          expect(spellings, where).not.toContain(v.query);
          break;
        case 'prefix':
          expect(spellings, where).not.toContain(v.query);
          expect(v.query.length, where).toBeLessThan(place.name.length);
          break;
      }
    }
  });
});

describe('searchPlaces', () => {
  it.each(variants.map((v) => [v.kind, v.query, v.expected]))('%s %s → %s first', (_kind, query, expected) => {
    expect(searchPlaces(index, query)[0]?.id).toBe(expected);
  });

  it('finds a town as it is typed', () => {
    for (const typed of ['Ku', 'Kup', 'Kupi', 'Kupia', 'Kupian', 'Kupians', 'Kupiansk']) {
      expect(
        searchPlaces(index, typed).map((r) => r.id),
        typed,
      ).toContain('kupiansk');
    }
    expect(searchPlaces(index, 'Kup')[0]).toMatchObject({ id: 'kupiansk', name: 'Kupiansk', matched: 'Kupiansk' });
  });

  it('works in Cyrillic, Ukrainian and Russian', () => {
    expect(searchPlaces(index, 'Куп')[0].id).toBe('kupiansk');
    expect(searchPlaces(index, 'Запорожье')[0]).toMatchObject({ id: 'zaporizhzhia', matched: 'Запорожье' });
    expect(searchPlaces(index, 'краматорск')[0].id).toBe('kramatorsk');
  });

  it('reports the spelling that matched, as typed', () => {
    expect(searchPlaces(index, 'Kupjansk')[0]).toMatchObject({ id: 'kupiansk', name: 'Kupiansk', matched: 'Kupjansk' });
    expect(searchPlaces(index, 'kharkov')[0]).toMatchObject({ id: 'kharkiv', matched: 'Kharkov' });
    expect(searchPlaces(index, 'Kyiv')[0]).toMatchObject({ id: 'kyiv', matched: 'Kyiv', score: 1 });
  });

  it('puts the city before the region of the same name', () => {
    expect(searchPlaces(index, 'Zaporizhzhia').map((r) => r.id).slice(0, 2)).toEqual(['zaporizhzhia', 'zaporizhzhia-oblast']);
    expect(searchPlaces(index, 'Donetsk')[0].id).toBe('donetsk');
  });

  it('finds a later word of a name', () => {
    expect(searchPlaces(index, 'Novosilka')[0].id).toBe('velyka-novosilka');
    expect(searchPlaces(index, 'Yar')[0].id).toBe('chasiv-yar');
  });

  it('finds nothing for nonsense', () => {
    for (const nonsense of ['qwerty', 'asdfgh', 'zzzz', 'xyz', '12345', '!!!', '', '   ']) {
      expect(searchPlaces(index, nonsense), nonsense).toEqual([]);
    }
  });

  it('returns one entry per place, best first, at most `limit`', () => {
    const results = searchPlaces(index, 'K', 5);
    expect(results).toHaveLength(5);
    expect(new Set(results.map((r) => r.id)).size).toBe(5);
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
  });

  it('takes client places as they are (no population, any kind)', () => {
    const small = buildSearchIndex([
      { id: 'pokrovsk', name: 'Pokrovsk', aliases: ['Krasnoarmeysk'], kind: 'town' },
      { id: 'pokrovske', name: 'Pokrovske', aliases: [] },
    ]);
    expect(searchPlaces(small, 'Pokr').map((r) => r.id)).toEqual(['pokrovsk', 'pokrovske']);
    expect(searchPlaces(small, 'Красноармейск')[0]).toMatchObject({ id: 'pokrovsk', matched: 'Krasnoarmeysk' });
  });
});

describe('boundedDistance', () => {
  it('counts a swap of neighbours as one edit and stops past the bound', () => {
    expect(boundedDistance('pokrovks', 'pokrovsk', 2)).toBe(1);
    expect(boundedDistance('kupansl', 'kupansk', 2)).toBe(1);
    expect(boundedDistance('kiv', 'kiv', 0)).toBe(0);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedDistance('a', 'abcd', 1)).toBe(2);
  });

  it('allows no typo below 4 letters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8].map(typoBudget)).toEqual([0, 1, 1, 2]);
  });
});
