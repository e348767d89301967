/**
 * Place resolution, fifth round: each mechanism on sentences and villages of our own (real
 * settlements from the lists the resolver reads, not the reports' own), checked to fail without
 * its rule. The resolver reads a frozen fixture gazetteer plus GeoNames and the all-Ukraine list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseKey, placeKey } from '../../src/data/place-keys';
import type { IngestResult } from '../../src/ingest/draft';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const sites = siteLabels;
const unresolvedNames = (r: IngestResult) => r.unresolved.map((u) => u.name);

describe('a village in another romanization, inside the region the sentence names', () => {
  it('the loose key folds vowels, щ and ц spellings, not consonants', () => {
    expect(looseKey(placeKey('Kotliarovskoye'))).toBe(looseKey(placeKey('Kotliarivske')));
    expect(looseKey(placeKey('Vysche Solone'))).toBe(looseKey(placeKey('Vyshche Solone')));
    expect(looseKey(placeKey('Zinkovskoye'))).toBe(looseKey(placeKey('Zinkivske')));
    expect(looseKey(placeKey('Zinkovskoye'))).not.toBe(looseKey(placeKey('Zimkivske')));
  });

  it('the loose key of a name does not change when only its vowels do (property)', () => {
    const syllable = fc.tuple(fc.constantFrom(...'bdfklmnprstvz'), fc.constantFrom(...'aeiou'), fc.constantFrom(...'aeiou'));
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 2, maxLength: 6 }), (syllables) => {
        const one = syllables.map(([c, v]) => c + v).join('');
        const other = syllables.map(([c, , w]) => c + w).join('');
        return looseKey(placeKey(one)) === looseKey(placeKey(other));
      }),
    );
  });

  it.each([
    ['Russian troops said they had taken the village of Kotliarovskoye in the Donetsk region on Sunday.', 'Kotliarivske (Donetsk Oblast)'],
    ['Shelling hit Vysche Solone in Kharkiv Oblast overnight, damaging two houses.', 'Vyshche Solone (Kharkiv Oblast)'],
    ['A drone struck a farm in Zinkovskoye, Kharkiv region, on Sunday, injuring a tractor driver.', 'Zinkivske (Kharkiv Oblast)'],
    ['Artillery fire hit Yaschykove in the Luhansk region on Sunday.', 'Yashchykove (Luhansk Oblast)'],
  ])('%s', (text, site) => {
    expect(sites(ingest(text))).toContain(site);
  });

  it('several villages of the region by the loose key: none is guessed, the name is listed with them', () => {
    const r = ingest('Russian troops said they had taken Novopokrovskoye in the Zaporizhzhia region on Sunday.');
    expect(sites(r).filter((s) => s.startsWith('Novopokrovka'))).toEqual([]);
    expect(r.unresolved.find((u) => u.name === 'Novopokrovskoye')?.candidates?.length).toBeGreaterThanOrEqual(2);
  });

  it('not without a region named: a loose key has namesakes all over the country', () => {
    const r = ingest('Russian troops said they had taken the village of Kotliarovskoye on Sunday.');
    expect(sites(r).filter((s) => s.startsWith('Kotliariv'))).toEqual([]);
  });
});

describe('datelines: a place in brackets, or a place and an agency in capitals, opening the report', () => {
  it.each([
    ['(Kharkiv) Russian missiles struck Chuhuiv overnight, injuring three people.', 'Kharkiv', 'Chuhuiv'],
    ['(Odesa) A drone hit a grain warehouse in Izmail on Monday, the governor said.', 'Odesa', 'Izmail'],
    ['Kyiv, UKRINFORM - A missile struck Bila Tserkva overnight, injuring two people.', 'Kyiv', 'Bila Tserkva'],
    ['Donetsk, TASS — Ukrainian shelling hit Horlivka on Sunday, killing one civilian.', 'Donetsk', 'Horlivka'],
  ])('%s', (text, dateline, site) => {
    const r = ingest(text);
    const of = (name: string) => r.decisions.find((d) => d.mention.surface === name);
    expect(of(dateline)?.role).toBe('dateline');
    expect(of(site)?.role).toBe('site');
  });

  it('a place that is the subject, not a dateline, stays a site', () => {
    const r = ingest('Kharkiv came under a missile attack on Monday, injuring three people.');
    expect(r.decisions.find((d) => d.mention.surface === 'Kharkiv')?.role).toBe('site');
  });
});

describe('a sentence that says where the village named before lies: its place is a reference', () => {
  it.each([
    ['Russia said its troops had taken Synkivka in the Kharkiv region. The small frontline village is located near the town of Kupiansk, where fighting continues.', 'Kupiansk'],
    ['Ukraine said it had retaken Robotyne on Monday. The village lies close to Orikhiv, which Russia shells daily.', 'Orikhiv'],
    ['Russian forces claimed the capture of Krasnohorivka on Tuesday. This embattled town is situated not far from Kurakhove.', 'Kurakhove'],
  ])('%s', (text, reference) => {
    const r = ingest(text);
    expect(r.decisions.filter((d) => d.mention.surface === reference).map((d) => d.role)).toEqual(['reference']);
  });
});

describe('"the regions of X and Y": each name of the list is a region', () => {
  it.each([
    ['Russian drones hit the regions of Kherson and Mykolaiv overnight, damaging power lines.', ['kherson-oblast', 'mykolaiv-oblast']],
    ['Shelling damaged houses in the southern regions of Zaporizhzhia, Kherson and Mykolaiv on Sunday.', ['zaporizhzhia-oblast', 'kherson-oblast', 'mykolaiv-oblast']],
    ['Missiles struck the provinces of Poltava (centre) and Sumy (north) on Monday.', ['poltava-oblast', 'sumy-oblast']],
  ])('%s', (text, regions) => {
    const r = ingest(text);
    expect(r.decisions.filter((d) => d.role === 'site').map((d) => d.chosen?.id)).toEqual(regions);
  });
});

describe('the area a wave of drones was sent over is no site unless the sentence tells a hit', () => {
  it.each([
    ['Russia sent 30 Shahed drones over the regions of Poltava and Kirovohrad, the air force said.'],
    ['Russia launched a total of 52 attack drones over the Chernihiv region overnight, the air force reported.'],
    ['The enemy launched 12 drones across the Dnipropetrovsk and Zaporizhzhia regions on Tuesday night.'],
  ])('%s', (text) => {
    expect(ingest(text).incidents).toEqual([]);
  });

  it('a hit told in the same sentence keeps the region a site', () => {
    const r = ingest('Russia launched 40 drones over the Chernihiv region overnight, damaging a power substation.');
    expect(r.incidents.map((i) => i.placeIds)).toEqual([['chernihiv-oblast']]);
  });
});

describe('a district named by the adjective of its seat places a village no list holds near that seat', () => {
  it.each([
    ['A drone hit the village of Pokrovka, Sudzhansky district, Kursk region, on Sunday, injuring a man.', 'Sudzhansky', 'Sudzha'],
    ['Shelling hit the village of Sosnivka, Okhtyrskyi raion, Sumy region, on Monday.', 'Okhtyrskyi', 'Okhtyrka'],
    ['A guided bomb hit the village of Petrivka in Izyumskyi district, Kharkiv region, on Monday.', 'Izyumskyi', 'Izium'],
    ['Shelling damaged houses in the village of Kamenka, Korenevsky district, Kursk region, on Monday.', 'Korenevsky', 'Korenëvo'],
    ['A shell hit a farm in the village of Sokolovka, Glushkovsky urban district, Kursk region, on Tuesday.', 'Glushkovsky', 'Glushkovo'],
  ])('%s', (text, district, seat) => {
    const r = ingest(text);
    const d = r.decisions.find((o) => o.mention.surface === district);
    expect(d?.chosen?.name).toBe(seat);
    expect(r.incidents.flatMap((i) => i.placeIds).map((id) => r.decisions.find((o) => o.chosen?.id === id)?.chosen?.admin1)).toEqual([d?.chosen?.admin1]);
  });

  it('not a namesake of the seat far from every region the report names', () => {
    const r = ingest('Shelling damaged houses in the village of Kamenka, Belovsky district, on Monday.');
    expect(r.decisions.find((o) => o.mention.surface === 'Belovsky')?.chosen).toBeUndefined();
  });
});

describe('a village outside Ukraine far from the report’s other places is a namesake the lists lack: unplaced, listed', () => {
  it.each([
    ['Ukrainian drones hit Shebekino on Monday, injuring two people. In the village of Rogovatoye, a house was damaged by the shelling.', 'Rogovatoye'],
    ['Shelling hit Sudzha in the Kursk region on Sunday. In the village of Manturovo, a drone damaged a car.', 'Manturovo'],
    ['A drone hit Klintsy in the Bryansk region on Monday, injuring a man. In the village of Kokino, a shell damaged a school.', 'Kokino'],
  ])('%s', (text, village) => {
    const r = ingest(text);
    expect(r.decisions.filter((d) => d.role === 'site').map((d) => d.mention.surface)).not.toContain(village);
    expect(unresolvedNames(r)).toContain(village);
  });
});

describe('"the Dnipro due to …": a word after the name that is no noun leaves it a place', () => {
  it.each([
    ['Five people were injured in the Sumy due to a Russian drone attack on Monday.', 'sumy'],
    ['A Russian drone hit a house in the Kherson overnight, injuring two people.', 'kherson'],
    ['Russian artillery shelled the Nikopol again on Sunday, injuring a man.', 'nikopol'],
  ])('%s', (text, place) => {
    expect(ingest(text).incidents.flatMap((i) => i.placeIds)).toEqual([place]);
  });
});

describe('"in several areas in <region>": the region of places counted, not one event', () => {
  it.each([
    ['Russian forces said they struck Ukrainian positions in several areas in the Zaporizhzhia region on Monday.'],
    ['Ukrainian artillery shelled three locations in the Kherson region overnight, the occupation authorities said.'],
    ['The army said it repelled attacks in five directions across the Donetsk region on Tuesday.'],
  ])('%s', (text) => {
    expect(ingest(text).incidents).toEqual([]);
  });
});

describe('a namesake a later sentence locates by its district is the one every sentence meant', () => {
  it.each([
    ['A drone hit Zoria in the Zaporizhzhia region on Monday, injuring a man. The village of Zoria lies in the Polohy district, the governor said.', 'Polohy Raion'],
    ['Russian artillery shelled Zelenyi Hai in the Kherson region on Tuesday, wounding a tractor driver. Zelenyi Hai lies in the Henichesk district.', 'Henichesk Raion'],
    ['A Russian drone hit Ulianivka in the Kherson region on Sunday, injuring two people. Ulianivka lies in the Khersonskyi district.', 'Khersonskyi Raion'],
    ['A guided bomb hit Petrivka in the Kharkiv region on Sunday, injuring a woman. Petrivka lies in the Izium district.', 'Izyum Raion'],
  ])('%s', (text, raion) => {
    const r = ingest(text);
    const first = r.decisions.find((d) => d.sentence === 0 && d.role === 'site' && d.chosen?.kind === 'village');
    expect(first?.chosen?.admin2).toBe(raion);
    expect(r.incidents).toHaveLength(1);
  });
});

describe('a list of places hit is one area: its members in doubt are looked for in the region most of it lies in', () => {
  it.each([
    ['Shelling hit Kupiansk, Kurylivka, Petropavlivka and Senkove on Monday, the governor said.', 'Petropavlivka', 'Kharkiv Oblast'],
    ['Guided bombs hit Izium, Balakliia, Kupiansk and Petropavlivka on Sunday, the governor said.', 'Petropavlivka', 'Kharkiv Oblast'],
    ['Russian artillery shelled Kostiantynivka, Druzhkivka, Kramatorsk and Oleksandrivka on Tuesday.', 'Oleksandrivka', 'Donetsk Oblast'],
    ['Drones hit Pokrovsk, Myrnohrad, Novohrodivka and Petrivka on Wednesday, the regional governor said.', 'Petrivka', 'Donetsk Oblast'],
  ])('%s', (text, name, region) => {
    const d = ingest(text).decisions.find((o) => o.mention.surface === name);
    // Placed in the list's region, or left unresolved among its namesakes there: never elsewhere.
    if (d?.chosen) expect(d.chosen.admin1).toBe(region);
    else expect(d?.role).toBe('unresolved');
  });
});
