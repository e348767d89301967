/**
 * Ninth round, precision: which found place is an event site, and its date. Kinds seen on
 * reports no rule was written from (122–151), each on sentences of our own. The resolver reads
 * the frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/cli';
import { sentenceDate } from '../../src/ingest/dates';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { classifySentence } from '../../src/ingest/events';
import { Resolver } from '../../src/ingest/resolve';

let resolver: Resolver;
beforeAll(async () => {
  resolver = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
}, 60_000);

// A Monday.
const PUBLISHED = '2025-03-10';
const ingest = (text: string, published = PUBLISHED): IngestResult => ingestReport({ file: 't.txt', text }, resolver, { published, outlet: 'Test' });
const datesAt = (r: IngestResult, place: string) => r.incidents.filter((i) => i.placeIds.includes(place)).map((i) => i.date);
const dateOf = (text: string, published = PUBLISHED) => sentenceDate(text, published)?.date;

describe('dates', () => {
  it.each([
    // A day of the month named alone: this month's, or last month's when it is still ahead.
    ['On the 8th, a glide bomb hit a school in the town.', '2025-03-08'],
    ['Officials said on the 9th (Kyiv time) that two drones hit a depot.', '2025-03-09'],
    ['On the 27th, drones struck the port.', '2025-02-27'],
    // A night told by its two ends is the morning's day.
    ['Artillery fired 40 rounds between Saturday evening and Sunday morning, officials said.', '2025-03-09'],
    ['Drones circled the city from Friday night to Saturday morning.', '2025-03-08'],
    // A span is dated by its start.
    ['Over the past two days, the brigade pushed the enemy out of three villages.', '2025-03-08'],
    ['Over the weekend, troops retook part of the town.', '2025-03-08'],
    // A name with "Today" in it is no date.
    ['According to Ukraine Today on the 7th, a shell hit a bakery.', '2025-03-07'],
    ['A report by Kyiv Today said on Saturday that drones hit a depot.', '2025-03-08'],
  ])('%s → %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });

  it.each([
    // An ordinal that names a unit, or a day whose month follows, is no day of this month.
    ['The 8th brigade said the town was hit.', undefined],
    ['Talks were held on the 3rd and 4th of March.', '2025-03-04'],
  ])('%s → %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });

  it('dates the event of a report', () => {
    const r = ingest('Over the past two days, Russian drones struck Kharkiv, injuring four people.');
    expect(datesAt(r, 'kharkiv')).toEqual(['2025-03-08']);
  });
});

const sitesOf = (r: IngestResult) => [...new Set(r.incidents.flatMap((i) => i.placeIds))].sort();

describe('places named for something other than where it happened', () => {
  it.each([
    // A dateline: the place, the day and the agency in brackets.
    ['Kyiv, Mar 9 (Agencia Sur) Two people were injured when a drone hit a house in Sumy on Sunday.', ['sumy']],
    ['Moscow, 9 March (Radio Norte) Shelling damaged a school in Horlivka on Sunday.', ['horlivka']],
    // "the capital Kyiv" after a distance only says where the town is.
    ['Drones hit a depot in Fastiv, 60 kilometres southwest of the capital Kyiv, the governor said.', ['fastiv']],
    ['A missile struck Pavlohrad, about 70 km east of the regional centre Dnipro, on Sunday.', ['pavlohrad']],
    // The two ends of a span: how far something reached.
    ['Explosions were heard from Lutsk to Rivne and Zhytomyr regions. A drone hit a plant in Poltava.', ['poltava']],
    ['Air-raid sirens sounded from Odesa to Kharkiv as a missile struck a warehouse in Kremenchuk.', ['kremenchuk']],
    // A capital acting on another place, or with its allies, is its government.
    ['Moscow said Kyiv targeted southern Russia with 30 drones; one hit a house in Belgorod.', ['belgorod']],
    ['Kyiv and its European partners, however, accuse Moscow of shelling Kherson.', ['kherson']],
    // The two ends of a way.
    ['On Sunday an explosion damaged a railway bridge linking Zaporizhzhia with Melitopol, and a drone hit a house in Nikopol.', ['nikopol']],
    // Where someone was taking goods or going.
    ['A volunteer who was delivering food to Kherson was injured when a drone hit his van near Bilozerka.', ['bilozerka']],
    ['Two medics travelling to Kramatorsk were wounded by shelling in Druzhkivka on Sunday.', ['druzhkivka']],
    // Where an attack came from, told with a noun.
    ['The air force reported the launch of 20 Shahed drones from Kursk (occupied Crimea) and a hit on a warehouse in Odesa.', ['odesa']],
    // Where a drone was only shot down.
    ['A drone was shot down near a refinery in Ryazan on Sunday, officials said.', []],
    // The start of the war is background.
    ['Russia began what it calls a special military operation against its neighbour last February, saying the offensive was aimed at defending people in Donetsk and Luhansk. On Sunday shelling hit Kostiantynivka.', ['kostiantynivka']],
  ])('%s', (text, places) => {
    expect(sitesOf(ingest(text))).toEqual(places);
  });

  it.each([
    // Not where weapons flew from one place to another: the place reached is struck.
    ['A missile launched from Crimea to Odesa hit a hotel, killing two.', ['odesa']],
    // A capital told of as struck, with no object after the verb, is the place.
    ['Kyiv attacked overnight by drones, two injured, the mayor said.', ['kyiv']],
    // Shot down, but something was hit there.
    ['A drone was shot down over Ryazan on Sunday and its debris damaged two houses.', ['ryazan']],
  ])('still a site: %s', (text, places) => {
    expect(sitesOf(ingest(text))).toEqual(expect.arrayContaining(places));
  });

  it('a place held by one side is named without the side', () => {
    const r = ingest('On Sunday, explosions hit a depot in Russian-occupied Yasynuvata, Donetsk region.');
    expect(sitesOf(r)).toEqual(['yasynuvata']);
  });

  it('a long paragraph whose last sentence lost its full stop is body text, not a headline', () => {
    const r = ingest('Russia launched drones at Ukraine overnight, the air force said.\nA fuel depot was hit in the Vinnytsia region on Sunday, according to the head of the regional military administration. Fuel supplies may be limited');
    expect(sitesOf(r)).toEqual(['vinnytsia-oblast']);
  });
});

describe('types', () => {
  it.each([
    // A plan with no word of talks or peace is an aim; a briefing is where someone spoke.
    ["Moscow's wider plan is still to cut off the city from the west.", undefined],
    ['The army said in a briefing on Sunday that it still held the village.', undefined],
    // Guards: a plan of peace, a numbered plan and talks are diplomacy.
    ['Envoys discussed the peace plan in Geneva.', 'diplomacy'],
    ['The 20-point plan was presented in Riyadh.', 'diplomacy'],
    ['Delegations met for talks in Istanbul after a briefing.', 'diplomacy'],
  ])('%s → %s', (text, type) => {
    expect(classifySentence(text)?.type).toBe(type);
  });
});

describe('background', () => {
  it('a count over the span another sentence told is a tally, not an event', () => {
    const r = ingest('A drone hit a school in Sumy on Sunday.\nIn early March, officials estimated that shelling killed 310 civilians in the Kharkiv region since March 2022. Officials also estimated that more than 150 people were killed in the Poltava region within the same period of time.');
    expect(sitesOf(r)).toEqual(['sumy']);
  });
});

describe('the day of a statement and the day of what it told', () => {
  it.each([
    ["On Monday, the ministry's update noted that over the weekend troops had retaken part of the town.", '2025-03-08'],
    ['In a post on Sunday, the governor wrote that on the 7th, a drone had hit a farm.', '2025-03-07'],
    // Guards: the statement's day when what was said has none, or a later one.
    ['Officials said on Sunday that a drone hit a house in the town.', '2025-03-09'],
  ])('%s → %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });

  it("dates what follows in the section by the statement's day", () => {
    // A Tuesday.
    const r = ingest('On Monday, the update noted that over the weekend Ukrainian troops had recaptured parts of Vovchansk.\nRussian shelling hit Kupiansk, the governor said.', '2025-03-11');
    expect(datesAt(r, 'vovchansk')).toEqual(['2025-03-08']);
    expect(datesAt(r, 'kupiansk')).toEqual(['2025-03-10']);
  });

  it("a span of days dates its own paragraph, not the section's later ones", () => {
    const r = ingest('Over the past two days, Ukrainian troops liberated Kupiansk. In Kupiansk, an enemy unit was destroyed.\nThere were also successes near Kherson, where several villages were liberated.');
    expect(datesAt(r, 'kupiansk')).toEqual(['2025-03-08']);
    expect(datesAt(r, 'kherson')).toEqual(['2025-03-10']);
  });
});

describe('a region that only locates a settlement no gazetteer places', () => {
  it.each([
    // The settlement named after the region ("the X settlement", "the village of X").
    ['In the Bryansk region, Ukrainian artillery shelled the Zhabokrychka settlement on Sunday, damaging two houses.', []],
    ['In the Kursk region, drones hit the village of Pryvolnoe-Dalnee on Sunday, the governor said.', []],
    // The area of so many districts counted.
    ['Prosecutors opened cases over the shelling of several districts of the Bryansk and Kursk regions on Sunday.', []],
  ])('%s', (text, places) => {
    expect(sitesOf(ingest(text))).toEqual(places);
  });

  it('still a site when the settlement is placed, or the region is all that is named', () => {
    expect(sitesOf(ingest('In the Kharkiv region, Russian artillery shelled the village of Kupiansk on Sunday.'))).toEqual(['kupiansk']);
    expect(sitesOf(ingest('On Sunday, Russian drones struck the Poltava region, damaging a gas facility.'))).toEqual(['poltava-oblast']);
  });
});
