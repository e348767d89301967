/**
 * The recall round (docs/ingest-accuracy.md): kinds of missed site seen on reports no rule was
 * written from (122–151), written as mechanisms. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/ingest/events';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const sites = (text: string, published = '2023-07-06') => siteLabels(ingest(text, published)).map((l) => l.replace(/[’']/g, ''));

describe('a capitalized word joined to a participle qualifies the place after it', () => {
  it.each([
    ['Explosions were heard in Russian-occupied Dokuchaievsk on Tuesday evening, local residents said.', 'Dokuchaievsk'],
    ['A drone struck Ukrainian-held Vasylivka overnight, killing one man.', 'Vasylivka'],
    ['Shelling hit Russian-controlled Oleshky on Monday, damaging a school.', 'Oleshky'],
  ])('%s', (text, name) => {
    expect(sites(text).some((l) => l.startsWith(name))).toBe(true);
  });

  it('a place whose own name is hyphenated stays whole', () => {
    expect(sites('A drone hit an oil depot in Rostov-on-Don overnight, the governor said.').some((l) => l.startsWith('Rostov-na-Donu') || l.startsWith('Rostov'))).toBe(true);
  });
});

describe('a place naming the facility that was hit is where it was hit', () => {
  it.each([
    ['On Monday a drone dropped explosives on the Rylsk electrical substation, and the transformer burned out.', 'Rylsk'],
    ['Ukrainian drones set the Novoshakhtinsk oil refinery on fire overnight, the regional governor said.', 'Novoshakhtinsk'],
    ['A missile struck the Pavlohrad chemical plant early on Friday.', 'Pavlohrad'],
  ])('%s', (text, name) => {
    expect(sites(text, '2024-06-10').some((l) => l.startsWith(name))).toBe(true);
  });

  it('a noun that is no facility still makes the name a modifier ("a Rylsk blogger")', () => {
    const found = sites('Drones struck Kurchatov on Monday, a Rylsk blogger wrote.', '2024-06-10');
    expect(found.some((l) => l.startsWith('Kurchatov'))).toBe(true);
    expect(found.some((l) => l.startsWith('Rylsk'))).toBe(false);
  });
});

describe('event words the reader did not know', () => {
  it.each([
    ['The army said it withdrew its troops from the town of Kreminna to better positions.', 'control-claim'],
    ['Moscow said on Saturday it had withdrawn all remaining units from Kherson city.', 'control-claim'],
    ['The brigade pulled its troops out of the village under fire.', 'control-claim'],
    ['An unidentified explosive device fell on the power substation overnight.', 'strike'],
  ])('%s', (text, type) => {
    expect(classifySentence(text)?.type).toBe(type);
  });

  it('withdrawing from a deal is still no claim', () => {
    expect(classifySentence('Russia withdrew from the grain deal in July.')?.type).not.toBe('control-claim');
  });
});

describe('a neighbour’s airspace or soil is that country, a site of its own', () => {
  it('drones violating a neighbour’s airspace: a hybrid event in that country', () => {
    const r = ingest('Late on Tuesday several Russian drones violated Polish airspace during an attack on western Ukraine, the Polish army said.', '2025-09-10');
    expect(siteLabels(r)).toEqual(['Poland (PL)']);
    expect(r.incidents[0].type).toBe('hybrid');
  });

  it('debris fallen on a neighbour’s territory', () => {
    expect(sites('Debris of a drone fell on Romanian territory near the Danube, the defence ministry said.', '2024-09-08')).toEqual(['Romania (RO)']);
  });

  it('the territory of a party to the war names no place', () => {
    expect(sites('The army said troops shelled Ukrainian territory overnight, with no damage reported.', '2024-09-08')).toEqual([]);
  });
});

describe('drones entering a neighbour’s airspace are a hybrid event, even when shot down', () => {
  it.each([
    'After the incursion of Russian drones into Romanian airspace, fighter jets shot down two of them.',
    'Several drones entered Moldovan airspace overnight and one crashed in a field.',
  ])('%s', (text) => {
    expect(classifySentence(text)?.type).toBe('hybrid');
  });
});

describe('a day word opening a quotation is no place', () => {
  it('"Today …" said before the place the fighting is near', () => {
    const text = '"Today it is hard everywhere, the attacks never stop," the governor said, speaking of the fighting near the town of Kupiansk.';
    const r = ingest(text, '2023-02-18');
    expect(r.decisions.some((d) => d.mention.surface === 'Today')).toBe(false);
    expect(siteLabels(r).some((l) => l.startsWith('Kupiansk'))).toBe(true);
  });
});

describe('a landmark named after a wider place is at its own town', () => {
  it('the Crimean Bridge is at Kerch', () => {
    expect(sites('An explosion damaged the Crimean Bridge early on Saturday, cutting rail traffic.', '2022-10-08')).toEqual(['Kerch (Autonomous Republic of Crimea)']);
  });
});

describe('the Kerch bridge told by what it links', () => {
  it.each([
    'A blast on Saturday brought down part of the bridge connecting Russia to the annexed Crimean Peninsula.',
    'Sea drones struck the bridge linking Crimea with Russia overnight.',
  ])('%s', (text) => {
    expect(sites(text, '2023-07-17')).toEqual(['Kerch (Autonomous Republic of Crimea)']);
  });
});

describe('a city written in lower case in a list of places', () => {
  it('is a place like the others of the list', () => {
    const found = sites('Russian missiles struck Poltava, Vinnytsia and zhytomyr overnight, cutting power.', '2023-01-15');
    expect(found.some((l) => l.startsWith('Zhytomyr'))).toBe(true);
  });

  it('a lower-case word after a list is not read as a place', () => {
    const found = sites('Russian missiles struck Poltava and more overnight, cutting power.', '2023-01-15');
    expect(found).toEqual(['Poltava (Poltava Oblast)']);
  });
});

describe('a list of places after a preposition is not the subject of the verb after it', () => {
  it('"strikes across A, B and C had caused …": each is a site', () => {
    const found = sites('The wave of strikes across Poltava, Vinnytsia and Kyiv had caused blackouts, the grid operator said.', '2023-01-15');
    expect(found.filter((l) => /^(Poltava|Vinnytsia|Kyiv)/.test(l))).toHaveLength(3);
  });

  it('a speech verb after the list still makes the places speakers', () => {
    const found = sites('Officials in Kyiv and Moscow said the talks had failed.', '2023-01-15');
    expect(found).toEqual([]);
  });
});

describe('a lower-case word is a city only under the city’s own name', () => {
  it('"key" and "he" in a list are words, whatever other names a city bears', () => {
    expect(sites('Drones hit Reni and Izmail, key towns for grain exports, and he said two were hurt.', '2023-09-13').filter((l) => /^(Kyiv|Kherson)/.test(l))).toEqual([]);
  });
});

describe('every name the tool could not place is listed as unresolved', () => {
  const unresolved = (text: string) => ingest(text, '2024-03-17').unresolved.map((u) => u.name);

  it('a village told as "the X settlement"', () => {
    expect(unresolved('Troops shelled the Dvuluchye settlement on Sunday, damaging two houses.')).toContain('Dvuluchye');
  });

  it('a village told as "X in the Y district"', () => {
    expect(unresolved('The targets were Verkhniye Lugi in the Rylsky district, officials said.')).toContain('Verkhniye Lugi');
  });

  it('a village whose only namesakes were refused as too far away, with those namesakes', () => {
    const r = ingest('A drone set fire to a house in the village of Kozinka in the Belgorod region on Sunday.', '2024-03-17');
    const entry = r.unresolved.find((u) => u.name === 'Kozinka');
    expect(entry?.candidates?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('gains made on an axis are fighting', () => {
  it.each([
    'Russian forces made small gains near Robotyne this week, the analysts wrote.',
    'Ukrainian troops have gained ground south of Bakhmut.',
    'The enemy is making incremental advances on the Kupiansk axis.',
  ])('%s', (text) => {
    expect(classifySentence(text)?.type).toBe('fighting');
  });
});

describe('a district named by its adjective cut after -sk', () => {
  it('"the Valuisk district" of the Belgorod region is Valuyki’s', () => {
    const found = sites('Drones struck the Belgorod region overnight, damaging a farm in the Valuisk district, the governor said.', '2023-06-19');
    expect(found.some((l) => l.startsWith('Valuyki'))).toBe(true);
  });

  it('a town whose own name ends in -sk keeps its district', () => {
    const found = sites('Shelling hit villages of the Kupiansk district on Monday, injuring two people.', '2023-06-19');
    expect(found.some((l) => l.startsWith('Kupiansk'))).toBe(true);
  });
});
