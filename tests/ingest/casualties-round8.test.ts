import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/ingest/casualties';

// Kinds of clause the number reader missed on reports no rule was written from (eighth round).
// Sentences of our own; each case failed before its rule.
const figures = (text: string) => findCasualties(text).map((f) => [f.kind, f.count]);

describe('a subject told more about before its verb', () => {
  it.each([
    ['Officials said 4 people at the bus stop died and 9 others were injured.', [['killed', 4], ['injured', 9]]],
    ['Three residents of the building were wounded, the mayor said.', [['injured', 3]]],
    ['Seven people in the car died at the scene.', [['killed', 7]]],
    ['12 civilians, including a nurse and 3 children were killed in the strike.', [['killed', 12]]],
    ['Nine people — four of them children — were injured overnight.', [['injured', 9]]],
    ['Six workers (two of them women) were hurt.', [['injured', 6]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('reads no active verb after a modified subject as a passive toll', () => {
    expect(figures('Three missiles at the airfield killed five soldiers.')).toEqual([['killed', 5]]);
    expect(figures('Two houses in the village were destroyed.')).toEqual([]);
    expect(figures('Four members of one family, including two children, died when the house collapsed.')).toEqual([['killed', 4]]);
  });
});

describe('taken to hospital is injured', () => {
  it.each([
    ['Five people were taken to hospitals in the regional centre.', [['injured', 5]]],
    ['Two men were admitted to hospital with shrapnel wounds.', [['injured', 2]]],
    ['Ten people were taken to a medical facility.', [['injured', 10]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a toll told with a noun', () => {
  it.each([
    ['The shelling resulted in the death of an elderly local man.', [['killed', 1]]],
    ['The strike led to the deaths of three people.', [['killed', 3]]],
    ['Debris fell on a house, causing injuries to two women.', [['injured', 2]]],
    ['The drone hit a market, resulting in one fatality and six injuries.', [['killed', 1], ['injured', 6]]],
    ['There was one death and one injury.', [['killed', 1], ['injured', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('one person named by the work they do', () => {
  it.each([
    ['A bus driver was killed when the shell landed.', [['killed', 1]]],
    ['A railway worker was injured.', [['injured', 1]]],
    ['A crane operator was killed at the port.', [['killed', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('ages that count the people', () => {
  it.each([
    // With no count, the ages told are the people.
    ['Men aged 30, 41 and 65 were wounded in the attack.', [['injured', 3]]],
    ['Women aged 50 and 72 were killed.', [['killed', 2]]],
    // With a count, the ages are only ages; a count after the ages is the next member.
    ['Two men aged 30 and 41 were wounded.', [['injured', 2]]],
    ['Three men aged 20 and 33 and two women aged 50 and 61 were hospitalised.', [['injured', 5]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a relative clause between the count and its verb', () => {
  it.each([
    ['Five people who were waiting for a bus were killed.', [['killed', 5]]],
    ['Three people who were in the car died.', [['killed', 3]]],
    // The relative clause's own casualty verb is not the figure's verb.
    ['Two people who were wounded in the attack died in hospital.', [['killed', 2]]],
    ['Two people who were wounded in the attack were taken to hospital.', [['injured', 2]]],
    ['Four drones that were launched at the city were destroyed.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('people among the dead or injured, and bodies', () => {
  it.each([
    // Some of the injured: at least that many.
    ['Two children, aged 4 and 7, were among the injured.', [['injured', { min: 2 }]]],
    ['Three soldiers were among the dead.', [['killed', { min: 3 }]]],
    ['Two bodies were pulled from the rubble.', [['killed', 2]]],
    ['The bodies of three people were found under the rubble.', [['killed', 3]]],
    ['The bodies of 12 buildings were painted.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a person left dead, a toll grown', () => {
  it.each([
    ['The attack left one person dead and three others wounded.', [['killed', 1], ['injured', 3]]],
    ['The death toll has grown to 12 people.', [['killed', 12]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a subject named by any plural noun, when its verb says what befell people', () => {
  it.each([
    ['Officials said 3 teachers at the school died and 11 pupils were injured.', [['killed', 3], ['injured', 11]]],
    ['Two passengers on the bus were wounded.', [['injured', 2]]],
    ['Two houses in the village were destroyed.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a toll told as a label and its list', () => {
  it.each([
    ['Injured: a 52-year-old man and a 40-year-old woman.', [['injured', 2]]],
    ['Killed: 2, injured: 5.', [['killed', 2], ['injured', 5]]],
    ['Wounded – 4 people.', [['injured', 4]]],
    ['He was injured: 3 ribs broken.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('"another died" is one more', () => {
    expect(findCasualties('Two were killed on the spot and another died on the way to hospital.').map((f) => [f.kind, f.count, f.additional ?? false])).toEqual([
      ['killed', 2, false],
      ['killed', 1, true],
    ]);
  });
});

describe('one person named with "the" right after the verb', () => {
  it.each([
    ['A drone hit a minibus, killing the driver and injuring five passengers.', [['killed', 1], ['injured', 5]]],
    ['A shell hit the car, wounding the driver.', [['injured', 1]]],
    ["The drone killed the man's dog.", []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
