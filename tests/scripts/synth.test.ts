import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { loadAtlas } from '../../src/data/load';
import type { Incident } from '../../src/data/schema';
import { controlClaims, controlStory } from '../../src/data/status';
import { FIRST_DAY, LAST_DAY, parseArgs, synthesize, withArticle, writeArchive, type SynthArchive } from '../../scripts/synth';

const PLACES = path.join(__dirname, '..', 'fixtures', 'synth-input', 'places.geojson');
const scratch = mkdtempSync(path.join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (name.endsWith('.json') || name.endsWith('.geojson')) out.set(name, readFileSync(path.join(dir, name), 'utf8'));
  }
  return out;
}

function allIncidents(archive: SynthArchive): Incident[] {
  return [...archive.months.values()].flat();
}

describe('npm run synth', () => {
  it('writes an archive the build loader accepts, with every place id resolved', () => {
    const archive = synthesize({ incidents: 500, seed: 'test', placesFile: PLACES });
    const dir = path.join(scratch, 'a');
    writeArchive(archive, dir);
    const atlas = loadAtlas(dir);
    expect(atlas.incidents).toHaveLength(500);
    // The curated settlement replaced its GeoNames record; the region and Moscow came along.
    expect(atlas.placeById.get('kupiansk')?.properties.aliases).toContain('Kupyansk');
    expect(atlas.placeById.get('donbas')?.properties.kind).toBe('region');
    expect(atlas.placeById.get('moscow')).toBeDefined();
    expect(atlas.places.length).toBeGreaterThan(1500);
    // The invalid curated place is left out and named.
    expect(archive.manifest.droppedCuratedPlaces).toEqual([expect.stringContaining('features[3]: properties.id')]);
    for (const file of readdirSync(path.join(dir, 'incidents'))) expect(file).toMatch(/^\d{4}-\d{2}\.json$/);
  });

  it('gives byte-identical output for the same seed and a different one for another seed', () => {
    writeArchive(synthesize({ incidents: 500, seed: 'same', placesFile: PLACES }), path.join(scratch, 'b'));
    writeArchive(synthesize({ incidents: 500, seed: 'same', placesFile: PLACES }), path.join(scratch, 'c'));
    writeArchive(synthesize({ incidents: 500, seed: 'other', placesFile: PLACES }), path.join(scratch, 'd'));
    const b = filesOf(path.join(scratch, 'b'));
    expect(filesOf(path.join(scratch, 'c'))).toEqual(b);
    expect(filesOf(path.join(scratch, 'd')).get('incidents/2023-01.json')).not.toEqual(b.get('incidents/2023-01.json'));
  });

  it('refuses to replace a folder that is not a synth output', () => {
    const archive = synthesize({ incidents: 10, seed: 'x', placesFile: null });
    expect(() => writeArchive(archive, path.join(__dirname, '..', 'fixtures', 'synth-input'))).toThrow(/not a synth output/);
  });

  it('weights the war to the east and south, strikes and fighting first, casualties with a long tail', () => {
    const archive = synthesize({ incidents: 20_000, seed: 'mix', placesFile: PLACES });
    const incidents = allIncidents(archive);
    expect(incidents).toHaveLength(20_000);
    const places = new Map(archive.gazetteer.features.map((f) => [f.properties.id, f.properties]));
    const byType = new Map<string, number>();
    for (const i of incidents) byType.set(i.type, (byType.get(i.type) ?? 0) + 1);
    expect((byType.get('strike')! + byType.get('fighting')!) / incidents.length).toBeGreaterThan(0.8);
    for (const rare of ['control-claim', 'diplomacy', 'hybrid']) expect(byType.get(rare)).toBeGreaterThan(100);

    const front = new Set(['Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast']);
    const located = incidents.filter((i) => i.placeIds.length > 0);
    const inFront = located.filter((i) => front.has(places.get(i.placeIds[0])!.admin1 ?? ''));
    expect(inFront.length / located.length).toBeGreaterThan(0.6);
    for (const struck of ['Kyiv', 'Odesa Oblast', 'Dnipropetrovsk Oblast', 'Sumy Oblast', 'Lviv Oblast']) {
      expect(incidents.some((i) => i.type === 'strike' && places.get(i.placeIds[0])?.admin1 === struck), struck).toBe(true);
    }
    expect(incidents.every((i) => i.date >= FIRST_DAY && i.date <= LAST_DAY)).toBe(true);
    expect(incidents.some((i) => i.date.startsWith('2022-02'))).toBe(true);
    expect(incidents.some((i) => i.date.startsWith('2025-11'))).toBe(true);

    const killed = incidents.map((i) => i.casualties?.killed).map((k) => (k === undefined ? 0 : typeof k === 'number' ? k : k.min));
    killed.sort((a, b) => a - b);
    expect(killed[Math.floor(killed.length / 2)]).toBeLessThanOrEqual(1);
    expect(killed[killed.length - 1]).toBeGreaterThanOrEqual(50);
    expect(incidents.every((i) => i.sources.every((s) => s.outlet === 'Synthetic Wire') && i.title.startsWith('Synthetic'))).toBe(true);
  });

  it('tells contested towns\' stories with claim.holder: 30 %, denied, 70 %, denied, withdrawal confirmed, some retaken', () => {
    const archive = synthesize({ incidents: 50_000, seed: 'story', placesFile: PLACES });
    const stories = archive.manifest.contested;
    expect(stories.length).toBeGreaterThanOrEqual(10);
    const incidents = allIncidents(archive);
    for (const town of stories) {
      const claims = incidents
        .filter((i) => i.type === 'control-claim' && i.placeIds[0] === town.id)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .flatMap((i) => i.claims);
      const steps = claims.map((c) => `${c.party} ${c.stance} ${c.holder}${c.share ? ` ${c.share}` : ''}`);
      const opening = ['RU asserts RU 0.3', 'UA denies RU', 'RU asserts RU 0.7', 'UA denies RU'];
      if (town.story === 'contested') expect(steps, town.id).toEqual(opening);
      if (town.story === 'taken') expect(steps, town.id).toEqual([...opening, 'RU asserts RU', 'UA asserts RU']);
      if (town.story === 'retaken') expect(steps, town.id).toEqual([...opening, 'RU asserts RU', 'UA asserts RU', 'UA asserts UA']);
      // The site's own reading of the claims tells the same story.
      const story = controlStory(controlClaims(incidents.filter((i) => i.placeIds[0] === town.id)));
      const expected = { contested: ['contested', null], taken: ['taken', 'RU'], retaken: ['retaken', 'UA'] }[town.story];
      expect([story.standing, story.holder], town.id).toEqual(expected);
    }
    expect(new Set(stories.map((s) => s.story))).toEqual(new Set(['taken', 'retaken', 'contested']));
    // A few towns draw a large share (thousands at 200k).
    expect(archive.manifest.busiest[0].incidents).toBeGreaterThan(50_000 * 0.02);
  });

  it('keeps most of the front uncontested: other claims fall on a small pool of villages, most only claimed', () => {
    const archive = synthesize({ incidents: 50_000, seed: 'front', placesFile: PLACES });
    const byPlace = new Map<string, Incident[]>();
    for (const incident of allIncidents(archive)) {
      for (const id of incident.placeIds) byPlace.set(id, [...(byPlace.get(id) ?? []), incident]);
    }
    const standings = new Map<string, number>();
    let withClaims = 0;
    for (const list of byPlace.values()) {
      const claims = controlClaims(list);
      if (claims.length === 0) continue;
      withClaims++;
      const standing = controlStory(claims).standing ?? 'none';
      standings.set(standing, (standings.get(standing) ?? 0) + 1);
    }
    // Before, every front place drew claims and 60 % of them a denial: hundreds of contested towns.
    expect(withClaims).toBeLessThan(80);
    expect(standings.get('contested') ?? 0).toBeLessThan(withClaims / 2);
    expect(standings.get('claimed') ?? 0).toBeGreaterThan(0);
  });

  it('parses its arguments and says what is wrong', () => {
    expect(parseArgs(['--incidents', '10k'])).toMatchObject({ incidents: 10_000, seed: '1', out: path.join('synthetic', '10000') });
    expect(parseArgs(['--incidents', '5', '--seed', 'x', '--out', 'o'])).toMatchObject({ incidents: 5, seed: 'x', out: 'o' });
    expect(() => parseArgs([])).toThrow(/--incidents N is required/);
    expect(() => parseArgs(['--incidents', '-3'])).toThrow(/whole number/);
    expect(() => parseArgs(['--incidents', '3', '--bogus'])).toThrow(/unknown argument "--bogus"/);
  });

  it('writes "an" before a vowel in its strike sentences ("An artillery strike hit …")', () => {
    expect(withArticle('artillery')).toBe('an artillery');
    expect(withArticle('drone')).toBe('a drone');
    expect(withArticle('Explosive drone')).toBe('an Explosive drone');
    const quotes = allIncidents(synthesize({ incidents: 2000, seed: 'articles', placesFile: PLACES }))
      .filter((i) => i.type === 'strike')
      .map((i) => i.sources[0].quote);
    expect(quotes.some((q) => q.includes('An artillery strike hit'))).toBe(true);
    expect(quotes.some((q) => q.includes('A drone strike hit'))).toBe(true);
    // No "A" before a vowel, no "An" before a consonant, in any strike sentence.
    for (const quote of quotes) expect(quote).not.toMatch(/\b(A [aeiou]|An [^aeiou])/);
  });
});
