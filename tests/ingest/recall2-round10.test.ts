/**
 * Sites the tool missed on new text (tenth round, recall2), on sentences of our own.
 * The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const sites = (r: IngestResult) => r.incidents.map((i) => `${i.placeIds.join('+')} ${i.type}`).sort();
const roleOf = (r: IngestResult, name: string) => r.decisions.find((d) => d.mention.surface === name)?.role;

describe('a place the sentence leaves unnamed, told by the named one near it', () => {
  it('"…, and two in a strike on a village just outside Kharkiv": Kharkiv is the site, not a reference for the city before', () => {
    const r = ingest('Three people died when a drone hit a shop in the northern city of Sumy, police said, and two in a strike on a village just outside the city of Kharkiv.');
    expect(roleOf(r, 'Kharkiv')).toBe('site');
    expect(sites(r)).toContain('kharkiv strike');
  });

  it('"X, Y and another village near Z" in a list of captures: Z is a site', () => {
    const r = ingest('Russia said on Sunday its troops had captured Andriivka, Klishchiivka and another village near Kramatorsk.');
    expect(roleOf(r, 'Kramatorsk')).toBe('site');
  });

  it('in apposition to a name, "a town southeast of Kharkiv" still only says where the named town is', () => {
    const r = ingest('A missile struck Chuhuiv, a town southeast of Kharkiv, on Sunday, wounding four people.');
    expect(roleOf(r, 'Kharkiv')).toBe('reference');
    expect(sites(r)).toEqual(['chuhuiv strike']);
  });
});

describe('two names glued where a copied page lost the comma between them', () => {
  it('"in KupianskIzium, Balakliia and Chuhuiv": Kupiansk and Izium are both read', () => {
    const r = ingest('On Tuesday Russian shelling damaged houses in KupianskIzium, Balakliia and Chuhuiv, the governor said.');
    const ids = r.incidents.flatMap((i) => i.placeIds);
    expect(ids).toContain('kupiansk');
    expect(ids).toContain('izium');
    expect(r.unresolved.map((u) => u.name)).not.toContain('KupianskIzium');
  });

  it('a short word glued to a name is left whole ("KyivPost", "McDonald")', () => {
    const r = ingest('A drone hit a McDonald restaurant in Sumy on Tuesday, the KyivPost reported.');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['sumy']);
  });
});

describe('a district named by its seat, whatever kind of district it is called', () => {
  it('"the village of X in the Starodubsky municipal district" is drafted at the district (its seat), not read as a modifier', () => {
    const r = ingest('On Monday Ukrainian shelling damaged two houses in the village of Verkhnyaya Sosnovka in the Starodubsky municipal district of the Bryansk region, the governor of the region said.');
    expect(roleOf(r, 'Starodubsky')).toBe('site');
    expect(r.incidents.flatMap((i) => i.placeIds)).toEqual(['starodub']);
  });
});

describe('"the city" after a region named by its seat, with no city named before it', () => {
  it('"…struck the northern region of Sumy. … across the city" is the city of Sumy', () => {
    const r = ingest(['Russian drones struck the northern region of Sumy overnight, regional officials said.', 'Several apartment blocks across the city were damaged and a school caught fire.'].join('\n'));
    expect(r.decisions.find((d) => d.mention.surface === 'the city')?.chosen?.id).toBe('sumy');
    expect(r.incidents.flatMap((i) => i.placeIds)).toContain('sumy');
  });

  it('not a region named in the same sentence: "in the city located in the region of Sumy" is another city', () => {
    const r = ingest('A missile hit a barracks in the city located in the region of Sumy, officials said.');
    expect(r.decisions.find((d) => d.mention.surface === 'the city')).toBeUndefined();
  });
});
