import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/ingest/casualties';

// Kinds of clause the number reader missed on 122–151, reports no rule had been written from
// (ninth round). Sentences of our own; each case failed before its rule.
const figures = (text: string) => findCasualties(text).map((f) => [f.kind, f.count]);

describe('a crowd told by a word gives no figure, as "several" does not', () => {
  it.each([
    ['The blast at the bus station killed four people and injured dozens of others.', [['killed', 4]]],
    ['Shells fell on the square, killing and injuring scores of residents.', []],
    ['Hundreds of people were hurt across the city.', []],
    ['Dozens were wounded when the roof collapsed.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('still reads a dozen counted ("over two dozen", "a dozen")', () => {
    expect(figures('The strike killed over two dozen people.')).toEqual([['killed', { min: 25 }]]);
    expect(figures('A dozen residents were injured.')).toEqual([['injured', 12]]);
  });
});

describe('a toll told with a noun and "to" or "of", second in a pair', () => {
  it.each([
    ['The rockets caused the deaths of two men and injuries to 14 others.', [['killed', 2], ['injured', 14]]],
    ['The drone hit a bus stop, resulting in injuries to three women.', [['injured', 3]]],
    ['Shelling led to the death of a farmer as well as the wounding of four villagers.', [['killed', 1], ['injured', 4]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a word inside the auxiliary', () => {
  it.each([
    ['Two teenagers have reportedly been killed near the school.', [['killed', 2]]],
    ['Six residents of the block had already been taken to hospital.', [['injured', 6]]],
    ['At least five miners have also been injured.', [['injured', { min: 5 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('people named and the casualty verb denied: a zero', () => {
  it.each([
    ['Windows were shattered in the clinic, but the residents were not injured.', [['injured', 0]]],
    ['The workers of the depot were not hurt.', [['injured', 0]]],
    ['None of the passengers was killed or wounded.', [['killed', 0], ['injured', 0]]],
    ["The villagers weren't harmed, the governor said.", [['killed', 0], ['injured', 0]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('a zero of some beside a count of others keeps the count', () => {
    expect(figures('The driver was injured, but the passengers were not hurt.')).toEqual([['injured', 1], ['injured', 0]]);
  });
});

describe('"atleast", glued on a pasted page', () => {
  it('is "at least"', () => {
    expect(figures('The shelling killed atleast 13 people.')).toEqual([['killed', { min: 13 }]]);
  });
});

describe('one person named with "the" and what they were in', () => {
  it.each([
    ['The owner of the shop was wounded by shrapnel.', [['injured', 1]]],
    ['The driver of the minibus died at the scene, a passenger was hurt.', [['killed', 1], ['injured', 1]]],
    ['The passenger of a parked car was killed.', [['killed', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('not when the verb says nothing befell them', () => {
    expect(figures('The owner of the house said the roof was damaged.')).toEqual([]);
  });
});

describe('one person named, then "among the dead"', () => {
  it.each([
    ['A 9-year-old boy was among those killed.', [['killed', { min: 1 }]]],
    ['A firefighter was among the injured.', [['injured', { min: 1 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('a count with its noun still reads as before', () => {
    expect(figures('Two children were among the dead.')).toEqual([['killed', { min: 2 }]]);
  });
});
