/**
 * Which event a toll told apart from its place belongs to (eighth round), on sentences of our own.
 * The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const tolls = (r: IngestResult) => r.incidents.map((i) => [i.placeIds.join('+'), i.casualties?.killed ?? null, i.casualties?.injured ?? null]);

describe('where the wounded were taken, in the plural', () => {
  it('"taken to hospitals in Dnipro" is no site: the toll stays with the town struck', () => {
    const r = ingest('Russian artillery shelled Nikopol on Sunday. Six residents were taken to hospitals in Dnipro, and one woman died.');
    expect(tolls(r)).toEqual([['nikopol', 1, 6]]);
  });
});

describe('a toll after sentences that name no place and count no one', () => {
  it('goes to the event before, across a quote and a paragraph on how the attack was done', () => {
    const r = ingest(
      [
        'Russian missiles hit Sumy on Sunday morning. "Rescuers are working at the site," the head of the regional administration said.',
        'The invaders fired three missiles at once. Two of them hit apartment blocks.',
        'By the evening, nine people were injured. Four residents died on the spot.',
      ].join('\n'),
    );
    expect(tolls(r)).toEqual([['sumy', 4, 9]]);
  });

  it('not across a paragraph about something else', () => {
    const r = ingest(['Russian missiles hit Sumy on Sunday morning.', 'The city council met to discuss the budget.', 'Four people died.'].join('\n'));
    expect(tolls(r)).toEqual([['sumy', null, null]]);
  });

  it('not across a sentence that names another place', () => {
    const r = ingest(
      [
        'Russian missiles hit Sumy on Sunday morning.',
        'Drones also struck Konotop.',
        '"Rescuers are working," an official said.',
        'Four people died.',
      ].join('\n'),
    );
    expect(tolls(r).find(([place]) => place === 'sumy')).toEqual(['sumy', null, null]);
  });

  it('not across a sentence that counts people of its own', () => {
    const r = ingest(
      [
        'Russian missiles hit Sumy on Sunday morning.',
        '"We will rebuild," the mayor said.',
        'Across the country, 12 people were injured over the past day.',
        '"It was a terrible night," a resident said.',
        'Three people died.',
      ].join('\n'),
    );
    expect(tolls(r)).toEqual([['sumy', null, null]]);
  });
});

describe('an office of another area speaks of its own area', () => {
  it('the governor of another region tells no toll of the last event', () => {
    const r = ingest('A missile hit Sumy on Sunday, injuring three people.\nThe head of the Zaporizhzhia Oblast administration said Russian attacks on Sunday killed two people.');
    expect(tolls(r)).toEqual([['sumy', null, 3]]);
  });

  it('the governor of the region the event was in still does', () => {
    const r = ingest('A missile hit Sumy on Sunday, injuring three people.\nThe head of the Sumy Oblast administration said one person was killed.');
    expect(tolls(r)).toEqual([['sumy', 1, 3]]);
  });

  it('a mayor of the town struck still does', () => {
    const r = ingest('A missile hit Kharkiv on Sunday.\nThe mayor of Kharkiv said one person was killed.');
    expect(tolls(r)).toEqual([['kharkiv', 1, null]]);
  });
});

describe('a toll with no event word', () => {
  it('"five people had been taken to hospital" goes on about the event before', () => {
    const r = ingest('Russian shelling hit Kherson on Sunday.\nBy the evening, five people had been taken to hospital. Two residents died at the scene.');
    expect(tolls(r)).toEqual([['kherson', 2, 5]]);
  });
});

// (Tenth round, cas3: a count of two or more told for a list is shared, no place's own figure, as
// the gold README has it; one person, or none, goes to each: tests/ingest/cas3-round10.test.ts.)
describe('a toll after a list of places in its own clause', () => {
  it.each([
    ['On Sunday, Russian strikes on Kramatorsk and Sloviansk killed four people.', [['kramatorsk', null, null], ['sloviansk', null, null]]],
    ['On Sunday, Russian strikes on Kramatorsk and Sloviansk killed a civilian.', [['kramatorsk', 1, null], ['sloviansk', 1, null]]],
    ['On Sunday, drones hit Kharkiv and Izium, killing two people.', [['izium', null, null], ['kharkiv', null, null]]],
    ['On Sunday, drones hit Kharkiv and Izium, killing one person.', [['izium', 1, null], ['kharkiv', 1, null]]],
    ['In Kharkiv and Izium, 3 people were killed on Sunday.', [['izium', null, null], ['kharkiv', null, null]]],
    // "where" points at the last place only.
    ['On Sunday, Russian troops attacked Kharkiv and Izium, where a man was killed.', [['izium', 1, null], ['kharkiv', null, null]]],
  ])('%s', (text, expected) => expect(tolls(ingest(text))).toEqual(expected));
});

describe('a clause about an earlier event takes no figure of the clause before', () => {
  it('"killing 3, a day after an attack on Izium killed 5": the 3 are Kupiansk\'s', () => {
    const r = ingest('A guided bomb hit Kupiansk on Sunday, killing 3 people, a day after an attack on Izium killed 5.');
    expect(tolls(r).find(([place]) => place === 'kupiansk')).toEqual(['kupiansk', 3, null]);
    expect(tolls(r).find(([place]) => place === 'izium')?.[1] ?? null).toBeNull();
  });
});

describe('"also" told of one more person', () => {
  it.each([
    ['Kharkiv was shelled on Sunday. A woman was injured. A man was also injured.', [['kharkiv', null, 2]]],
    ['Kharkiv was shelled on Sunday, injuring two people. A child was also hurt.', [['kharkiv', null, 3]]],
    // With another figure in its sentence, "also" is said of that one.
    ['Kharkiv was shelled on Sunday, injuring three. Two people were killed and a man was also injured.', [['kharkiv', 2, 3]]],
  ])('%s', (text, expected) => expect(tolls(ingest(text))).toEqual(expected));
});
