/**
 * Casualty figures, tenth round (cas3): kinds of reading the misses of 152–171 asked for, each on
 * sentences of our own, each checked to fail without its change (run against the tree before it).
 * The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/ingest/casualties';
import type { IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const tolls = (r: IngestResult) =>
  r.incidents.map((i) => [i.placeIds.join('+'), i.casualties?.killed ?? null, i.casualties?.injured ?? null]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const figures = (text: string) => findCasualties(text).map((f) => [f.kind, f.count]);

describe('a toll told for several places at once is no town\'s own figure', () => {
  it.each([
    // How the two are shared the report does not say.
    ['Two civilians were wounded in Vovchansk and Kupiansk on Sunday.', [['kupiansk', null, null], ['vovchansk', null, null]]],
    // "the cities of X and Y" is the same list as "X and Y".
    ['Four people were injured during the shelling in the cities of Sumy and Konotop on Sunday.', [['konotop', null, null], ['sumy', null, null]]],
    // One person, or none, is each place's.
    ['On Sunday a civilian was killed in Vovchansk and Kupiansk.', [['kupiansk', 1, null], ['vovchansk', 1, null]]],
  ])('%s', (text, expected) => expect(tolls(ingest(text))).toEqual(expected));

  it('"X and other cities": the toll of places not named, not X\'s', () => {
    const r = ingest('Russian missiles struck Odesa and other southern cities on Tuesday night, killing at least six people.', '2025-03-12');
    expect(tolls(r)).toEqual([['odesa', null, null]]);
  });

  it('a toll told after a list of places, in a sentence of its own, goes to none of them unless it is one person', () => {
    expect(tolls(ingest('On Sunday, Kherson and Beryslav came under enemy fire.\nThree people were injured, the governor said.'))).toEqual([
      ['beryslav', null, null],
      ['kherson', null, null],
    ]);
    expect(tolls(ingest('On Sunday, Kherson and Beryslav came under enemy fire.\nOne person was injured, the governor said.'))).toEqual([
      ['beryslav', null, 1],
      ['kherson', null, 1],
    ]);
  });
});

// Keep `figures` referenced for the number-reading cases below.
void figures;
