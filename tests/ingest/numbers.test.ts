import { describe, expect, it } from 'vitest';
import { findQuantities, largerCount, parseNumberWord } from '../../src/ingest/numbers';

const first = (text: string) => findQuantities(text)[0]?.count;

describe('parseNumberWord', () => {
  it.each([
    ['five', 5],
    ['Twelve', 12],
    ['twenty', 20],
    ['twenty-three', 23],
    ['ninety-nine', 99],
  ])('%s → %d', (word, value) => expect(parseNumberWord(word)).toBe(value));

  it('is undefined for words that are not numbers', () => {
    expect(parseNumberWord('people')).toBeUndefined();
    expect(parseNumberWord('twenty-people')).toBeUndefined();
  });
});

describe('findQuantities', () => {
  it.each([
    ['killed five people', 5],
    ['35 were injured', 35],
    ['1,200 troops', 1200],
    ['twenty-three wounded', 23],
    ['twenty three wounded', 23],
    ['one hundred and five', 105],
    ['a dozen houses', 12],
    ['two dozen civilians', 24],
    ['a couple of drones', 2],
    ['at least four people', { min: 4 }],
    ['no fewer than 10', { min: 10 }],
    ['over two dozen people', { min: 25 }],
    ['more than 60 people', { min: 61 }],
    ['more than a dozen', { min: 13 }],
    ['dozens of people', { min: 24 }],
    ['hundreds of drones', { min: 200 }],
    ['several civilians', { min: 3 }],
    ['a few people', { min: 2 }],
    ['up to 10 people', { min: 1, max: 10 }],
    ['as many as 40', { min: 1, max: 40 }],
    ['nearly 30', { min: 27, max: 30 }],
    ['about 40', 40],
    ['between 10 and 15', { min: 10, max: 15 }],
    ['five or six', { min: 5, max: 6 }],
    ['five or more', { min: 5 }],
  ])('%s', (text, count) => expect(first(text)).toEqual(count));

  it('reads two figures in one phrase', () => {
    expect(findQuantities('killed five people and injured three').map((q) => q.count)).toEqual([5, 3]);
  });

  it('does not count ages, sizes or plan numbers', () => {
    expect(findQuantities('an 11-year-old boy')).toEqual([]);
    expect(findQuantities('the 28-point plan')).toEqual([]);
  });

  it('keeps where each figure is', () => {
    const [q] = findQuantities('It said at least 11 died');
    expect(q.text).toBe('at least 11');
    expect('It said at least 11 died'.slice(q.start, q.end)).toBe('at least 11');
  });
});

describe('largerCount', () => {
  it('prefers the larger lower bound, and an exact figure on a tie', () => {
    expect(largerCount(5, { min: 4 })).toBe(5);
    expect(largerCount({ min: 4 }, 4)).toBe(4);
    expect(largerCount(undefined, 3)).toBe(3);
    expect(largerCount({ min: 61 }, 17)).toEqual({ min: 61 });
  });
});
