import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/ingest/casualties';

const figures = (text: string) => findCasualties(text).map((f) => [f.kind, f.count]);

describe('findCasualties', () => {
  it.each([
    ['A Russian attack late yesterday killed five people and injured three, the governor said.', [['killed', 5], ['injured', 3]]],
    ['Missile strikes killed at least 11 people and injured 35 more.', [['killed', { min: 11 }], ['injured', 35]]],
    ['Over two dozen people were wounded.', [['injured', { min: 25 }]]],
    ['Drones hit the region, leaving one dead and another injured.', [['killed', 1], ['injured', 1]]],
    ['A 65-year-old woman was killed.', [['killed', 1]]],
    ['A woman employee of a heating and power plant was killed.', [['killed', 1]]],
    ['He reported a woman had died in the shelling.', [['killed', 1]]],
    ['The death toll rose to 17.', [['killed', 17]]],
    ['The death toll from the attack on Dnipro rose to 12, the governor said.', [['killed', 12]]],
    ['The death toll in the city has climbed to 9.', [['killed', 9]]],
    ['The death toll reached 21 on Friday.', [['killed', 21]]],
    ['The number of injured from the strike rose to 40.', [['injured', 40]]],
    ['The drone killed a woman and her two children.', [['killed', 3]]],
    ['A man and his son were killed.', [['killed', 2]]],
    ['Two men, a woman and a boy were injured in the strike.', [['injured', 4]]],
    ['The strike killed one man and two women and wounded a child.', [['killed', 3], ['injured', 1]]],
    ['The strike killed five people and three soldiers were injured.', [['killed', 5], ['injured', 3]]],
    ['Shelling killed 12, injured 30.', [['killed', 12], ['injured', 30]]],
    ['Drones killed two people and two dogs.', [['killed', 2]]],
    ['Russian drone strike kills family of four in their home.', [['killed', 4]]],
    ['Nine people, among them an 11-year-old boy, were killed.', [['killed', 9]]],
    ['A woman was killed and two women and two men were wounded.', [['killed', 1], ['injured', 4]]],
    ['Two civilians were killed and 12 wounded.', [['killed', 2], ['injured', 12]]],
    ['The invaders shelled an open area, no one was injured.', [['injured', 0]]],
    ['There was a hit on the outskirts, with no casualties.', [['killed', 0], ['injured', 0]]],
    ['Russian forces launched 56 attacks.', []],
    ['The plan would limit its army to 600,000 troops.', []],
    // Phrasings of a casualty said with a noun or an intransitive verb.
    ['In Kramatorsk, a 45-year-old man sustained injuries in the drone strike.', [['injured', 1]]],
    ['A man was killed and two women suffered shrapnel wounds.', [['killed', 1], ['injured', 2]]],
    ['Two people lost their lives in the attack.', [['killed', 2]]],
    ['One woman perished and three people were taken to hospital.', [['killed', 1], ['injured', 3]]],
    ['Four members of one family, including two children, died when the house collapsed.', [['killed', 4]]],
    ['An unspecified number of people were killed in the strike.', [['killed', { min: 1 }]]],
    ['A volunteer and an undisclosed number of residents were injured.', [['injured', { min: 2 }]]],
    ['A 17-year-old was killed in the strike.', [['killed', 1]]],
    // One person named by a possessive, after the verb.
    ['Shelling killed a 68-year-old man and wounded his 65-year-old wife.', [['killed', 1], ['injured', 1]]],
    ['A drone attacked a car, injuring its driver.', [['injured', 1]]],
    ['Rescuers recovered two more bodies, bringing the death toll to 14.', [['killed', 14]]],
    ['Two people were killed, bringing the death toll from attacks on the city this week to 11.', [['killed', 2]]],
    ['A man in his 60s was injured in the strike.', [['injured', 1]]],
    ['An injured woman died in hospital after the strike.', [['killed', 1]]],
    ["The death toll from Russia's attacks on the city this week rose to 11.", []],
    ['The death toll in the region since the start of the invasion has risen to 1,200.', []],
    ['Troops shelled the village, claiming the life of an elderly woman and injuring a man.', [['killed', 1], ['injured', 1]]],
    // A military report's "eliminated" is killed, of people only.
    ['The ministry said more than 30 Ukrainian service members had been eliminated.', [['killed', { min: 31 }]]],
    ['Russian forces eliminated up to 90 Ukrainian troops near the village.', [['killed', { min: 1, max: 90 }]]],
    ['The ministry said two tanks were eliminated and 14 drones neutralized.', []],
    // The verb of a relative clause is not the figure's verb.
    ['A man who was wounded in the shelling on Friday died in hospital.', [['killed', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('keeps where each figure is, for giving it to the right place', () => {
    const text = 'Nine people were killed in Kharkiv city while two others were killed in the city of Krasnohrad.';
    const [nine, two] = findCasualties(text);
    expect(text.slice(nine.start, nine.end)).toBe('Nine');
    expect(text.slice(two.start, two.end)).toBe('two');
  });
});

// Fourth round: each cause on phrasings of several outlets, so that no rule is one sentence's.
describe('a zero told in other words', () => {
  it.each([
    ['The blast damaged a barn, but no human casualties resulted from the attack.', [['killed', 0], ['injured', 0]]],
    ['There were no civilian casualties, the mayor said.', [['killed', 0], ['injured', 0]]],
    ['No one was killed or injured in the strike.', [['killed', 0], ['injured', 0]]],
    ['Nobody was hurt or killed, officials said.', [['injured', 0], ['killed', 0]]],
    ['The attack did not cause any casualties.', [['killed', 0], ['injured', 0]]],
    ['No injuries or deaths were reported.', [['injured', 0], ['killed', 0]]],
    ['Casualties were avoided, the regional administration said.', [['killed', 0], ['injured', 0]]],
    ['The drone fell on a field without causing casualties.', [['killed', 0], ['injured', 0]]],
    ['There were no dead or wounded.', [['killed', 0], ['injured', 0]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    'No information on casualties has been reported yet.',
    'There is no news of casualties so far.',
    'The number of casualties is not yet known.',
  ])('no zero where the toll is only unknown: %s', (text) => expect(figures(text)).toEqual([]));
});

describe('an estimate is no figure, "about one" is one', () => {
  it.each([
    ['At least one person was killed and around a dozen injured by the shelling.', [['killed', { min: 1 }]]],
    ['About 20 people were wounded, the mayor said.', []],
    ['The strike killed some 30 people and injured roughly 100.', []],
    ['Approximately 15 residents were hospitalized after the blast.', []],
    ['An estimated 40 civilians died in the bombardment.', []],
    ['It is known about one dead.', [['killed', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a figure the report says may grow is a lower bound', () => {
  it.each([
    ['It is known about one dead, but the final number of victims may be greater.', [['killed', { min: 1 }]]],
    ['Two people were killed and the death toll is likely to rise, rescuers said.', [['killed', { min: 2 }]]],
    ['Five were injured; the number of wounded could still grow.', [['injured', { min: 5 }]]],
    ['Three people died and 12 were hurt, and the toll may rise further.', [['killed', { min: 3 }], ['injured', 12]]],
    ['Four people were killed, and the number of casualties is expected to increase.', [['killed', { min: 4 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('a figure with no hedge stays exact', () => expect(figures('Four people were killed, officials said.')).toEqual([['killed', 4]]));
});

describe('an age range is no count', () => {
  it.each([
    ['Three men aged between 24 and 69 were killed.', [['killed', 3]]],
    ['Two women aged from 60 to 75 were injured in the strike.', [['injured', 2]]],
    ['Five residents, aged between 19 and 80, were wounded.', [['injured', 5]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('one person named by an ordinal or with an adverb', () => {
  it.each([
    ['Two people have been killed and another severely wounded.', [['killed', 2], ['injured', 1]]],
    ['Two people were killed and a third man was seriously injured.', [['killed', 2], ['injured', 1]]],
    ['Three residents died, and a fourth person was hospitalized.', [['killed', 3], ['injured', 1]]],
    ['One soldier was killed and another critically hurt.', [['killed', 1], ['injured', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a couple is two people, "a couple of" a number word', () => {
  it.each([
    ['A couple died in Russian bombing of the village.', [['killed', 2]]],
    ['An elderly couple was injured when a drone hit their house.', [['injured', 2]]],
    ['The strike killed a married couple and injured a woman nearby.', [['killed', 2], ['injured', 1]]],
    ['A couple of drones hit the village, injuring three people.', [['injured', 3]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('one person named as kin or neighbour', () => {
  it.each([
    ['The strike killed a married couple and injured their neighbour.', [['killed', 2], ['injured', 1]]],
    ['A grandmother was killed and her grandson wounded when a shell hit the house.', [['killed', 1], ['injured', 1]]],
    ['A neighbor was injured by the debris.', [['injured', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
