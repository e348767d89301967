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

describe('a list of counts each with its place, after a comma', () => {
  it('the first count is the first item, not the total of the others', () => {
    const r = ingest('On Monday drone strikes killed 2 people in Kherson, 1 in Beryslav and 1 in Bilozerka.');
    expect(tolls(r)).toEqual([
      ['beryslav', 1, null],
      ['bilozerka', 1, null],
      ['kherson', 2, null],
    ]);
  });

  it('still a total when the items add up to it', () => {
    expect(figures('Shelling killed 5 civilians in the region, 3 in Kherson and 2 in Beryslav.')).toEqual([
      ['killed', 3],
      ['killed', 2],
    ]);
  });
});

describe('two tolls told with a comma: the second count is no age', () => {
  it.each([
    ['The drone hit a bus, 3 people died, 7 were injured.', [['killed', 3], ['injured', 7]]],
    ['Shelling killed two civilians, 4 were wounded.', [['killed', 2], ['injured', 4]]],
    // One person and an age: still an age.
    ['A woman, 71 was injured.', [['injured', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('one wounded who then died: a reduced relative clause', () => {
  it.each([
    ['Two people injured in the attack on Monday later died in hospital.', [['killed', 2]]],
    ['An elderly man wounded by shrapnel died on the way to hospital.', [['killed', 1]]],
    // Two people, one verb: the participle is not of the one who died.
    ['A man injured in the attack and a woman who lived nearby died.', [['injured', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('people named by their nationality', () => {
  it.each([
    ['The missile hit the grain terminal, injuring both a Moldovan and a Turkish citizen.', [['injured', 2]]],
    ['A Briton was killed when the drone hit the hotel.', [['killed', 1]]],
    ['The strike killed a Georgian national.', [['killed', 1]]],
    // An adjective before a noun is no person.
    ['A Russian drone was shot down over the city.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a label line that sums a round-up', () => {
  it('"Victims: …" after the last place is the report\'s total, not more of that place', () => {
    const r = ingest('On Monday shelling hit Kherson, killing two people.\nIn Beryslav, a shop was damaged, no one was injured.\nVictims: 2 dead, 4 injured.');
    expect(tolls(r)).toEqual([
      ['beryslav', null, 0],
      ['kherson', 2, null],
    ]);
  });
});

describe('a subject whose members each name their own place', () => {
  it.each([
    ['Two men in Kherson and a woman in Beryslav were injured on Sunday.', [['beryslav', null, 1], ['kherson', null, 2]]],
    // The second member's two places share its count: neither gets it.
    ['On Sunday an elderly woman in Sumy, and two men in Konotop and Shostka were also killed.', [['konotop', null, null], ['shostka', null, null], ['sumy', 1, null]]],
  ])('%s', (text, expected) => expect(tolls(ingest(text))).toEqual(expected));

  it('members with no place of their own are still one count', () => {
    expect(figures('A woman and her two children were killed.')).toEqual([['killed', 3]]);
  });
});
