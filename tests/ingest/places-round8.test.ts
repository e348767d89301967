/**
 * Eighth round (docs/architecture.md, Ingest stages): kinds of place error found on reports the
 * rules were not written from (102–121) that every outlet's copy can show. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const chosen = (r: ReturnType<typeof ingest>, name: string) => r.decisions.find((d) => d.mention.surface === name)?.chosen;

describe('another name a place bears yields to a settlement whose own name it is, in a region the report names', () => {
  // The region is named in another sentence, so only the report's regions can tell the places apart.
  it.each([
    ['Drones attacked the Danube ports of Odesa Oblast overnight.\nTwo truck drivers were hurt when a drone hit the ferry crossing at Orlivka.', 'Orlivka', 'Odesa Oblast'],
    ['The Odesa Oblast governor spoke of a night of drones.\nThe Orlivka terminal was struck on Tuesday, and a warehouse caught fire.', 'Orlivka', 'Odesa Oblast'],
  ])('%s', (text, name, admin1) => {
    const r = ingest(text, '2023-09-26');
    expect(chosen(r, name)?.admin1).toBe(admin1);
    expect(siteLabels(r).some((l) => l.startsWith('Horlivka'))).toBe(false);
  });

  it('a spelling of the place’s own name is no other name: Gorlovka is still Horlivka', () => {
    const r = ingest('Shelling hit Gorlovka on Tuesday, Odesa Oblast officials were not involved.', '2023-09-26');
    expect(chosen(r, 'Gorlovka')?.name).toBe('Horlivka');
  });

  it('with no region named for the village, the other name still stands (a renamed village told by its old name)', () => {
    const r = ingest('Russian forces said they had taken Pobeda, a village south of Marinka in the Donetsk region.', '2024-02-22');
    expect(chosen(r, 'Pobeda')?.admin1).toBe('Donetsk Oblast');
  });
});

describe('a village the lists lack is not swapped for a Ukrainian hamlet of its name', () => {
  it('a village of a Russian border district, when the lists have only a far namesake there', () => {
    const text = [
      'A Ukrainian drone attack injured three people in Shebekino in the Belgorod region on Monday, Governor Vyacheslav Gladkov said.',
      'Meanwhile, in the village of Krasnoye, which also came under fire, no one was hurt.',
    ].join('\n');
    const r = ingest(text, '2023-05-08');
    const krasnoye = r.decisions.find((d) => d.mention.surface === 'Krasnoye');
    expect(krasnoye?.chosen?.country).not.toBe('UA');
  });
});

describe('a city of 100,000 or more is never what "the village of" means', () => {
  it.each([
    'Russian aircraft bombed Beryslav in the Kherson region on Sunday.\nLater, a drone hit the village of Lviv, killing a man.',
    'Shelling damaged houses in Kherson Oblast overnight.\nIn the village of Lviv, a barn burned down after the strike.',
  ])('%s', (text) => {
    const r = ingest(text, '2023-09-24');
    expect(chosen(r, 'Lviv')?.id).not.toBe('lviv');
    expect(siteLabels(r).some((l) => l.startsWith('Lviv (Lviv Oblast)'))).toBe(false);
  });

  it('the city told as a city stays the city', () => {
    const r = ingest('A missile hit an apartment block in Lviv on Sunday, killing two people.', '2023-09-24');
    expect(chosen(r, 'Lviv')?.admin1).toBe('Lviv Oblast');
  });
});

describe('a credit glued to the end of a paragraph leaves it body text, not a headline', () => {
  it.each([
    'The defence ministry in Moscow said on Monday that its troops had taken the village of Levadne in the Zaporizhzhia region. Kyiv did not comment. Source: Example News Agency',
    'Russian troops took control of the village of Levadne in the Zaporizhzhia region, the ministry said on Monday. Credit: Example Wire',
  ])('%s', (text) => {
    const sentences = splitSentences(text);
    expect(sentences.every((s) => !s.headline)).toBe(true);
    expect(siteLabels(ingest(text, '2024-10-14')).join(' ')).toContain('Levadne');
  });

  it('a headline is still a headline, and a credit line of its own is not body text', () => {
    expect(splitSentences('Russia claims a village in the Zaporizhzhia region')[0].headline).toBe(true);
    expect(splitSentences('Source: the regional administration')[0].headline).toBe(true);
  });
});

describe('a paragraph that dates its first telling dates what it goes on to tell', () => {
  const incidentsAt = (r: ReturnType<typeof ingest>, id: string) => r.incidents.filter((i) => i.placeIds.includes(id)).map((i) => i.date).sort();

  it('an earlier night told after today’s strike: the towns of its paragraph are of that night, one of them twice', () => {
    const text = [
      'Drones hit Nova Kakhovka on Monday, wounding three people, the town’s administration said.',
      'Earlier, on the night of March 8, missiles struck towns of the Kherson region. The village of Tiahynka was hit. Also, Nova Kakhovka and Kakhovka were attacked.',
    ].join('\n');
    const r = ingest(text, '2025-03-10');
    expect(incidentsAt(r, 'nova-kakhovka')).toEqual(['2025-03-08', '2025-03-10']);
    expect(incidentsAt(r, 'kakhovka')).toEqual(['2025-03-08']);
    expect(incidentsAt(r, 'tiahynka')).toEqual(['2025-03-08']);
  });

  it('a sentence of the same paragraph about the same place still comes first', () => {
    const text = 'A man died on Sunday when the village of Bilozerka in the Kherson region was shelled. Russia attacked several regions overnight, the air force said. In Bilozerka, shelling also hit a house.';
    const r = ingest(text, '2023-12-04');
    expect(incidentsAt(r, 'bilozerka')).toEqual(['2023-12-03']);
  });
});

describe('a region’s casualties told the morning after are the sum of the towns told of the day before', () => {
  it.each([
    'Civilian casualties have been reported in the Donetsk and Kherson regions, officials said early on Monday.\nOn Sunday, shelling injured two people in Kostiantynivka. Russian attacks on Sunday killed a man in Bilozerka.',
    'Russian attacks killed people in the Kherson region, the governor said on Monday morning.\nOn Sunday a drone killed a woman in Bilozerka.',
  ])('%s', (text) => {
    const r = ingest(text, '2024-02-26');
    expect(r.incidents.some((i) => i.placeIds.some((id) => id.endsWith('-oblast')))).toBe(false);
    expect(siteLabels(r).join(' ')).toContain('Bilozerka');
  });
});

describe('a sentence whose main clause says where a place lies reports a location, not an event', () => {
  it.each([
    'Hlyboke lies on the road between Kharkiv and the border, which the front line crosses.',
    'The town also is sitting on the highway between Sumy and Poltava, one of the few cities far from the front line.',
    'Bilozerka is located on the bank of the Dnipro, which marks the front line between the armies.',
    'Bordering the Sea of Azov, Berdiansk had a population of 100,000 before the offensive began.',
  ])('%s', (text) => {
    expect(ingest(text, '2024-03-10').incidents).toEqual([]);
  });

  it.each([
    ['Bilozerka is located on the bank of the Dnipro, and shelling killed two people there on Sunday.', 'Bilozerka'],
    ['Kupiansk was shelled on Monday, and the front line lies ten kilometres east of it.', 'Kupiansk'],
    // An event in the simple past told in the same sentence, with no victims counted.
    ['Kherson stands on the Dnipro, where Russian troops shelled the port on Monday.', 'Kherson'],
    ['Sumy lies near the border, and Russian drones struck the city on Monday.', 'Sumy'],
  ])('an event told with it is still drafted: %s', (text, site) => {
    expect(siteLabels(ingest(text, '2024-03-10')).join(' ')).toContain(site);
  });
});

describe('hospitals, in the plural, are where the wounded were taken', () => {
  it.each([
    ['Russian artillery shelled Huliaipole on Tuesday. Six people were taken to hospitals in Zaporizhzhia, and one died.', 'Huliaipole', 'Zaporizhzhia'],
    ['A drone hit a bus in Beryslav; the injured were brought to clinics in Kherson.', 'Beryslav', 'Kherson'],
  ])('%s', (text, site, hospital) => {
    const labels = siteLabels(ingest(text, '2024-03-10'));
    expect(labels.join(' ')).toContain(site);
    expect(labels.some((l) => l.startsWith(`${hospital} (`))).toBe(false);
  });
});

describe('a rocket danger announced is a warning, not a strike', () => {
  it.each([
    'A rocket danger was announced in Belgorod on Sunday evening.',
    'A missile threat was declared in Kursk for two hours on Sunday.',
  ])('%s', (text) => {
    expect(ingest(text, '2024-03-17').incidents).toEqual([]);
  });

  it('a rocket that hit is still a strike', () => {
    expect(siteLabels(ingest('A rocket hit a house in Belgorod on Sunday, injuring two people.', '2024-03-17')).join(' ')).toContain('Belgorod');
  });
});

describe('a second attack on a place the same day, told as another, is a second incident', () => {
  const at = (r: ReturnType<typeof ingest>, id: string) => r.incidents.filter((i) => i.placeIds.includes(id));

  it.each([
    'On Monday morning, a missile hit a market in Kostiantynivka, killing five people.\nShortly afterward, Russian forces shelled Kostiantynivka for the second time with rockets.',
    'A guided bomb struck Kostiantynivka on Monday, injuring four people. Later that day, artillery hit Kostiantynivka once more, damaging a school.',
    'On Monday a glide bomb hit a school in Kostiantynivka, injuring three pupils. There was also a hit on a field on the edge of Kostiantynivka, with no casualties.',
    'Drones attacked Kostiantynivka on Monday, wounding two men. The town hall of Kostiantynivka was also previously attacked that day, the mayor added.',
    // A statement that tells a later attack still tells one.
    'A missile hit Kostiantynivka on Monday, killing two people. The mayor said that minutes later a second missile struck a school in Kostiantynivka.',
  ])('%s', (text) => {
    const r = ingest(text, '2024-08-12');
    expect(at(r, 'kostiantynivka')).toHaveLength(2);
    // The toll stays with the first event.
    const hurt = (c: unknown) => (typeof c === 'number' ? c > 0 : c !== undefined);
    expect(at(r, 'kostiantynivka').filter((i) => hurt(i.casualties?.killed) || hurt(i.casualties?.injured))).toHaveLength(1);
  });

  it.each([
    'Russia struck Kostiantynivka on Monday, injuring four people. Kostiantynivka was hit by drones and a missile, the governor said.',
    'For the second time this week, missiles hit Kostiantynivka on Monday, killing two people.',
    // "Hours after the strike" points back at the strike told: its toll, not a second attack.
    'A missile hit Kostiantynivka on Monday morning. Hours after the strike, the mayor said three people in Kostiantynivka had been killed.',
    // "minutes later" dates the statement, not another attack.
    'Russian troops shelled Kostiantynivka on Monday, the army said. The town council said in a statement minutes later that Kostiantynivka was still under fire.',
  ])('told once, or retold, it stays one: %s', (text) => {
    expect(at(ingest(text, '2024-08-12'), 'kostiantynivka')).toHaveLength(1);
  });
});

describe('an event told only of a district is the one the report tells at a village of it that day', () => {
  it.each([
    'A drone struck port infrastructure in the Izmail district overnight, the Odesa Oblast governor said. Two truck drivers were injured in the attack on the Orlivka ferry crossing.',
    'Shelling damaged a power line in the Izmail district on Tuesday. In the village of Orlivka, a drone hit the ferry terminal, the Odesa Oblast administration said.',
  ])('%s', (text) => {
    const r = ingest(text, '2023-09-26');
    const labels = siteLabels(r);
    expect(labels.some((l) => l.startsWith('Izmail'))).toBe(false);
    expect(labels.filter((l) => l.startsWith('Orlivka (Odesa'))).toHaveLength(1);
  });

  it('a community is its town’s own area, not a district: both towns stay', () => {
    const r = ingest('Shelling hit Nikopol overnight, damaging houses. No one was hurt in the shelling in the Marhanets community.', '2022-10-13');
    const labels = siteLabels(r).join(' ');
    expect(labels).toContain('Nikopol');
    expect(labels).toContain('Marhanets');
  });
});

describe('a district named by the short form of its seat’s adjective ("the Pologiv district")', () => {
  it.each([
    // (The region named in another sentence: only the district tells the namesakes apart.)
    ['Shelling went on in the Zaporizhzhia region.\nOn Monday Russian artillery hit a car near the village of Bilohiria in the Pologiv district, killing the driver.', 'Bilohiria', 'Zaporizhzhia Oblast'],
    ['The Zaporizhzhia region was shelled again.\nA drone hit a tractor near Bilohiria in the Pologiv district on Monday.', 'Bilohiria', 'Zaporizhzhia Oblast'],
  ])('%s', (text, name, admin1) => {
    const r = ingest(text, '2022-05-10');
    expect(r.decisions.find((d) => d.mention.surface.startsWith(name))?.chosen?.admin1).toBe(admin1);
  });

  it('a name a source has as it is stays itself: the Kharkiv district is Kharkiv’s', () => {
    const r = ingest('Shelling damaged houses in the Kharkiv district on Monday, officials said.', '2022-05-10');
    expect(r.decisions.find((d) => d.mention.surface.startsWith('Kharkiv'))?.chosen?.admin1).toBe('Kharkiv Oblast');
  });
});

describe('a span of recent days or weeks told with no event verb in the simple past is a state of affairs', () => {
  it.each([
    'Concerns are growing over civilian casualties, including in Kharkiv, which has suffered heavy shelling in the last days.',
    'Ukrainian forces have reported an increase in Russian shelling of Kupiansk in recent weeks.',
    'Sumy has come under heavier fire over the past few days, officials say.',
  ])('%s', (text) => {
    expect(ingest(text, '2024-03-10').incidents).toEqual([]);
  });

  it.each([
    ['In recent days, drones attacked the port of Izmail, damaging grain silos.', 'Izmail'],
    ['A missile struck Kharkiv on Sunday; the city has been shelled often in recent weeks.', 'Kharkiv'],
  ])('an event told in the simple past is kept: %s', (text, site) => {
    expect(siteLabels(ingest(text, '2024-03-10')).join(' ')).toContain(site);
  });
});

describe('a plant named after a city it is not in is at its own town', () => {
  it.each([
    ['A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday, the IAEA said.', 'Enerhodar'],
    ['Shelling damaged a power line of the Zaporozhye NPP on Sunday, the plant’s operator said.', 'Enerhodar'],
    ['A Ukrainian drone hit a storage building at the Kursk NPP on Sunday, Rosatom said.', 'Kurchatov'],
    // The plant's name written as a proper name, capitals and all.
    ['A drone struck the Zaporizhzhia Nuclear Power Plant on Sunday, the IAEA said.', 'Enerhodar'],
    ['Drones hit the Kursk Nuclear Power Plant on Sunday, the plant said.', 'Kurchatov'],
  ])('%s', (text, town) => {
    const labels = siteLabels(ingest(text, '2024-04-08'));
    expect(labels.join(' ')).toContain(town);
    expect(labels.some((l) => l.startsWith('Zaporizhzhia (') || l.startsWith('Kursk ('))).toBe(false);
  });

  it('the city itself is still the city', () => {
    expect(siteLabels(ingest('A missile hit an apartment block in Zaporizhzhia on Sunday, killing two people.', '2024-04-08')).join(' ')).toContain('Zaporizhzhia');
  });
});
