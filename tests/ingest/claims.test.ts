import { describe, expect, it } from 'vitest';
import { carrySpeaker, findAttributions, findShares, partyOf } from '../../src/ingest/claims';

const speakers = (text: string) => findAttributions(text).map((a) => [a.by, a.party ?? null, a.stance]);

describe('findAttributions', () => {
  it('finds who asserts and who denies a capture', () => {
    expect(
      speakers(
        "The chief of Russia's general staff told president Vladimir Putin yesterday that Russian forces had taken control of the city of Kupiansk, but Ukraine's military denied the city had changed hands.",
      ),
    ).toEqual([
      ["The chief of Russia's general staff", 'RU', 'asserts'],
      ["Ukraine's military", 'UA', 'denies'],
    ]);
  });

  it('reads a denial by its verb or its words', () => {
    expect(speakers('Ukraine also dismissed Russian statements that its forces had taken over Pokrovsk.')).toEqual([['Ukraine', 'UA', 'denies']]);
    expect(speakers('“Also untrue are statements suggesting that 80 per cent of Vovchansk has been captured," it added.')).toEqual([['it', null, 'denies']]);
    expect(
      speakers('A late-evening statement by the Ukrainian military said: "The General Staff hereby announces that Kupiansk is under the control of Ukraine\'s defence forces."')[0],
    ).toEqual(['the Ukrainian military', 'UA', 'denies']);
  });

  it('finds trailing and "according to" speakers', () => {
    expect(speakers('The attack killed five people, regional governor Ivan Fedorov said.')).toEqual([['regional governor Ivan Fedorov', null, 'asserts']]);
    expect(speakers('"Units have liberated the city," Gerasimov told Putin in a video posted on the Kremlin site.')).toEqual([['Gerasimov', 'RU', 'asserts']]);
    expect(speakers('Nine people were killed, according to Oleh Synyehubov, the regional governor.')).toEqual([['Oleh Synyehubov', null, 'asserts']]);
  });

  it('marks pronouns and bare titles as pointing back', () => {
    expect(findAttributions('The general staff reported heavy fighting.')[0].anaphoric).toBe(true);
  });
});

describe('carrySpeaker', () => {
  const [moscow] = findAttributions('Moscow denied that its forces had struck a hospital.');
  const [fedorov] = findAttributions('Five people were killed, regional governor Ivan Fedorov said.');
  const [governor] = findAttributions('In Sumy region, fighting continued last week, the governor said.');
  const [pronoun] = findAttributions('“That is untrue,” it added.');

  it('lends a pronoun the last speaker', () => {
    expect(carrySpeaker(pronoun, moscow)).toMatchObject({ by: 'Moscow', party: 'RU' });
  });
  it('lends a bare title the last speaker only when that speaker bore the title', () => {
    expect(carrySpeaker(governor, fedorov)).toMatchObject({ by: 'regional governor Ivan Fedorov' });
    expect(carrySpeaker(governor, moscow)).toMatchObject({ by: 'the governor', party: undefined });
    const [staff] = findAttributions('The general staff reported heavy fighting.');
    const [ukraine] = findAttributions("The General Staff of Ukraine's armed forces said the city is held.");
    expect(carrySpeaker(staff, ukraine)).toMatchObject({ party: 'UA' });
    expect(carrySpeaker(staff, moscow)).toMatchObject({ by: 'The general staff', party: undefined });
  });
  it('keeps a speaker who names a side', () => {
    const [kremlin] = findAttributions('Fighting went on, the Kremlin said.');
    expect(carrySpeaker(kremlin, fedorov)).toBe(kremlin);
  });
});

describe('partyOf', () => {
  it.each([
    ["Russia's defence ministry", 'RU'],
    ['the Kremlin', 'RU'],
    ['The General Staff of Ukraine\'s armed forces', 'UA'],
    ['White House press secretary Karoline Leavitt', 'US'],
    ['UK defence secretary John Healey', 'GB'],
  ])('%s → %s', (by, party) => expect(partyOf(by)).toBe(party));
});

describe('findShares', () => {
  it('reads "N per cent of" and "N% of"', () => {
    const text = 'statements that 80 per cent of Vovchansk has been captured and 70 per cent of the city of Pokrovsk, and 45% of Toretsk';
    const shares = findShares(text);
    expect(shares.map((s) => s.share)).toEqual([0.8, 0.7, 0.45]);
    expect(text.slice(shares[1].placeFrom).startsWith('Pokrovsk')).toBe(true);
  });
});
