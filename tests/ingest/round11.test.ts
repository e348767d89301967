/**
 * The eleventh round's readings, written from 172–191 once they were opened for rules, each on
 * sentences of our own (docs/ingest-accuracy.md, "The eleventh round"): a district named after a
 * list of villages locates every member, and a village GeoNames files in the named district is in
 * it however far from the seat (the raions of 2020 are up to ~100 km across); a community that
 * opens a clause frames its places; one name, one place; captures and battles on the front; ", the
 * capital of …" as an aside. The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer
 * plus GeoNames.
 */
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const decision = (r: IngestResult, name: string) => r.decisions.find((d) => d.mention.surface === name);
const districtOf = (r: IngestResult, name: string) => decision(r, name)?.chosen?.admin2;

describe('"A, B, C in X district": the district says where each member is', () => {
  it('the first village of a long list (its name more than 50 characters before the district) is the namesake filed in the district, not one 90 km off', () => {
    const r = ingest('On Monday Russian artillery shelled villages of the Kharkiv region, among them Vesele, Kyslivka, Synkivka, Petropavlivka, Tabaivka and Kurylivka in Kupiansk district, the governor said.');
    expect(districtOf(r, 'Vesele')).toMatch(/^Kupiansk/);
    expect(decision(r, 'Vesele')?.role).toBe('site');
  });

  it('a list without "and" is a list too', () => {
    const r = ingest('In the Kharkiv region enemy mortars hit Vesele, Kyslivka, Synkivka, Petropavlivka, Tabaivka, Kurylivka in Kupiansk district overnight, the governor wrote.');
    expect(districtOf(r, 'Vesele')).toMatch(/^Kupiansk/);
  });

  it('a village filed in the named district is placed though it lies more than 60 km from the seat', () => {
    const r = ingest('Overnight the army shelled Bochkove and Budarky in Chuhuiv district, damaging two houses.');
    expect(decision(r, 'Bochkove')?.chosen?.name).toBe('Bochkove');
    expect(decision(r, 'Budarky')?.chosen?.name).toBe('Budarky');
  });

  it('a name the town matches only loosely yields to the village of that exact name filed in the district', () => {
    const r = ingest('A drone struck the village of Dvorichne, Kupiansk district, wounding two people, officials said.');
    expect(decision(r, 'Dvorichne')?.chosen?.name).toBe('Dvorichne');
  });
});

describe('what stays as it was', () => {
  it('a place before a semicolon is not in the list the district closes', () => {
    const r = ingest('Missiles hit Vesele; later Synkivka and Kurylivka in Kupiansk district were shelled.');
    expect(decision(r, 'Vesele')?.locatedBy).toBeUndefined();
  });

  it('a place near the seat that GeoNames files nowhere (the curated town) keeps its place', () => {
    const r = ingest('Shelling hit Borova, Izium district, on Sunday, injuring one man.');
    expect(decision(r, 'Borova')?.chosen?.source).toBe('gazetteer');
  });
});

describe('one name, one place: the sentence that names the region decides', () => {
  it('"Berdychi … in the Donetsk region", then "near Berdychi": both are the Donetsk village, not Berdychiv 600 km off', () => {
    const r = ingest('Ukrainian troops repelled assaults near Ocheretyne, Berdychi and Avdiivka in the Donetsk region on Friday. Later Russian jets bombed Berdychi again, the army said.');
    const places = r.decisions.filter((d) => d.mention.surface === 'Berdychi').map((d) => d.chosen?.admin1);
    expect(places).toEqual(['Donetsk Oblast', 'Donetsk Oblast']);
  });

  it('two sentences that name two regions keep their own namesakes', () => {
    const r = ingest('Drones hit Vesele in the Zaporizhzhia region on Friday. On Saturday shells hit Vesele in the Kharkiv region.');
    const places = r.decisions.filter((d) => d.mention.surface === 'Vesele').map((d) => d.chosen?.admin1);
    expect(places).toEqual(['Zaporizhzhia Oblast', 'Kharkiv Oblast']);
  });
});

describe('"In X community, …": the community frames the places of its clause', () => {
  it('villages after "In Semenivka community," are the ones near Semenivka', () => {
    const r = ingest('In Semenivka community, 20 explosions from mortars and drones were recorded on Friday in the vicinity of Mykolaivka and Zarichchia, the regional military administration said.');
    expect(decision(r, 'Mykolaivka')?.chosen?.admin1).toBe('Chernihiv Oblast');
    expect(decision(r, 'Zarichchia')?.chosen?.admin1).toBe('Chernihiv Oblast');
    expect(decision(r, 'Zarichchia')?.role).toBe('site');
  });

  it('the frame ends where the next community opens its own', () => {
    const r = ingest('Russian forces shelled the border of the Chernihiv and Kharkiv regions on Friday. In Semenivka community, shells hit Mykolaivka, and in Kupiansk district, shelling damaged houses in Vesele, the officials said.');
    expect(decision(r, 'Mykolaivka')?.chosen?.admin1).toBe('Chernihiv Oblast');
    expect(decision(r, 'Vesele')?.chosen?.admin1).toBe('Kharkiv Oblast');
  });
});

describe('a capture or a battle is on the front: the namesake in the war zone that day', () => {
  it('"fighting for Novodonetske" in June 2023 is the village by Velyka Novosilka, not the town 100 km north', () => {
    const r = ingest('Heavy fighting went on for Novodonetske on Monday, the Ukrainian general staff said.', '2023-06-19');
    // (The village lies at 47.75° N, the town at 48.64° N.)
    expect(decision(r, 'Novodonetske')?.chosen?.point?.[1]).toBeLessThan(48);
  });

  it('a strike far behind the line keeps the place the name chose', () => {
    const r = ingest('A missile struck Novodonetske on Monday, damaging a school, the governor said.', '2023-06-19');
    expect(decision(r, 'Novodonetske')?.chosen?.point?.[1]).toBeGreaterThan(48);
  });
});

describe('", the capital of …" is an aside about a place, not the event', () => {
  it('"the capital of the region Moscow claimed to have annexed in 2022" does not date a capture of 2024', () => {
    const r = ingest('The ministry said its troops had taken the village of Novoselivka, around 20 kilometres north of Donetsk city, the capital of the region that Moscow claimed to have annexed in 2022.', '2024-07-06');
    expect(r.incidents.map((i) => i.date)).toEqual(['2024-07-06']);
  });
});

describe('"a village in the X region", then "the village of Y": Y is the lead\'s village, in X', () => {
  const lead = "Russia said on Saturday it had captured a village in Ukraine's Dnipropetrovsk region.";
  it('the named village is looked for in the lead\'s region, and the region is no incident of its own', () => {
    const r = ingest(`${lead} The defence ministry said its troops had seized the village of Novomykolaivka near the border with the Donetsk region.`, '2025-09-13');
    expect(decision(r, 'Novomykolaivka')?.chosen?.admin1).toBe('Dnipropetrovsk Oblast');
    // (Of its namesakes there, the one by the ground front: a capture is on the front.)
    expect(decision(r, 'Novomykolaivka')?.chosen?.admin2).toBe('Synelnykove Raion');
    expect(r.incidents.map((i) => i.placeIds[0])).not.toContain('dnipropetrovsk-oblast');
  });

  it('"the border with the Donetsk region" does not put the village in the Donetsk region', () => {
    const r = ingest(`${lead} The defence ministry said its troops had seized the village of Novomykolaivka near the border with the Donetsk region.`, '2025-09-13');
    expect(decision(r, 'Novomykolaivka')?.chosen?.admin1).not.toBe('Donetsk Oblast');
  });

  it('a sentence that names a region of its own keeps it', () => {
    const r = ingest(`${lead} Separately, its troops seized the village of Novomykolaivka in the Donetsk region.`, '2025-09-13');
    expect(decision(r, 'Novomykolaivka')?.chosen?.admin1 ?? 'Donetsk Oblast').toBe('Donetsk Oblast');
  });
});
