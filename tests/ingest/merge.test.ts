/**
 * Merging reviewed drafts into a temporary copy of geodata/ (never the real one): new places
 * and incidents land, duplicates fold into existing incidents, merging twice changes nothing,
 * and a draft that is bad, or would make the atlas invalid, writes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/data/schema';
import { main } from '../../src/ingest/cli';

let dir: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** Every file under the data dir with its bytes, to prove what changed and what did not. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

async function draftOf(report: string, ...args: string[]): Promise<string> {
  const { code, err } = await run([report, '--data-dir', dir, ...args]);
  expect(code, err).toBe(0);
  const file = /wrote (.*\.json)/.exec(err)?.[1];
  expect(file).toBeDefined();
  return file as string;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-merge-'));
  fs.copyFileSync('geodata/gazetteer.geojson', path.join(dir, 'gazetteer.geojson'));
  fs.cpSync('geodata/incidents', path.join(dir, 'incidents'), { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--merge', () => {
  it('adds new places and incidents, and merging twice changes nothing', async () => {
    const draft = await draftOf('tests/fixtures/ingest/places.txt', '--source', 'Test Wire');
    const before = snapshot();
    const first = await run(['--merge', draft, '--data-dir', dir]);
    expect(first.code, first.err).toBe(0);

    const gazetteer = JSON.parse(fs.readFileSync(path.join(dir, 'gazetteer.geojson'), 'utf8')) as { features: Array<{ properties: { id: string } }> };
    const ids = gazetteer.features.map((f) => f.properties.id);
    expect(ids).toContain('shevchenkove');
    expect(ids).toContain('sumy-oblast');
    expect(ids.filter((id) => id === 'kupiansk')).toHaveLength(1);
    const added = JSON.parse(fs.readFileSync(path.join(dir, 'incidents', '2024-02-22-test-wire.json'), 'utf8')) as Incident[];
    expect(added.map((i) => i.id)).toContain('shevchenkove-strike-2024-02-12');
    // The curated seed file is untouched: nothing in this draft is the same event.
    const after = snapshot();
    expect(after.get('incidents/2025-11-21-independent.json')).toBe(before.get('incidents/2025-11-21-independent.json'));

    const second = await run(['--merge', draft, '--data-dir', dir]);
    expect(second.code, second.err).toBe(0);
    expect(second.err).toContain('nothing changed');
    expect(snapshot()).toEqual(after);
  });

  it('folds an event already in the atlas into it: sources unioned, the editor\'s fields kept', async () => {
    const draft = await draftOf('../shared/seed/000_2a061224c1d895c9.txt', '--source', 'The Independent');
    const curatedBefore = JSON.parse(fs.readFileSync(path.join(dir, 'incidents', '2025-11-21-independent.json'), 'utf8')) as Incident[];
    const { code, err } = await run(['--merge', draft, '--data-dir', dir]);
    expect(code, err).toBe(0);
    const curatedAfter = JSON.parse(fs.readFileSync(path.join(dir, 'incidents', '2025-11-21-independent.json'), 'utf8')) as Incident[];
    const kupiansk = (list: Incident[]) => list.find((i) => i.id === 'kupiansk-control-claim-2025-11-20') as Incident;
    expect(kupiansk(curatedAfter).title).toBe(kupiansk(curatedBefore).title);
    expect(kupiansk(curatedAfter).claims).toEqual(kupiansk(curatedBefore).claims);
    const quotes = kupiansk(curatedAfter).sources.map((s) => s.quote);
    expect(quotes.slice(0, kupiansk(curatedBefore).sources.length)).toEqual(kupiansk(curatedBefore).sources.map((s) => s.quote));
    expect(new Set(quotes).size).toBe(quotes.length);
    // The draft of this report is named like the curated file of the same report, so new
    // incidents join it; the same event is still there once only.
    expect(path.basename(draft)).toBe('2025-11-21-independent.json');
    const same = curatedAfter.filter((i) => i.placeIds.join() === 'kupiansk' && i.type === 'control-claim' && i.date === '2025-11-20');
    expect(same).toHaveLength(1);
    expect(curatedAfter.some((i) => i.id === 'kyiv-diplomacy-2025-11-21')).toBe(true);
    expect(curatedAfter.slice(0, curatedBefore.length).map((i) => i.id)).toEqual(curatedBefore.map((i) => i.id));

    const once = snapshot();
    expect((await run(['--merge', draft, '--data-dir', dir])).code).toBe(0);
    expect(snapshot()).toEqual(once);
  });

  it('refuses a bad draft naming file, record and field, and writes nothing', async () => {
    const draft = path.join(dir, 'bad.json');
    fs.writeFileSync(draft, JSON.stringify({ places: { type: 'FeatureCollection', features: [] }, incidents: [{ id: 'x-strike-2025-01-01', type: 'strike', date: '2025-01-01', datePrecision: 'day', placeIds: [], title: 't', summary: 's', claims: [], sources: [] }] }));
    const before = snapshot();
    const { code, err } = await run(['--merge', draft, '--data-dir', dir]);
    expect(code).toBe(2);
    expect(err).toContain(`${draft}: incident "x-strike-2025-01-01": sources`);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing when the merged atlas would not pass validation', async () => {
    const draft = path.join(dir, 'dangling.json');
    const incident = {
      id: 'nowhere-strike-2025-01-01', type: 'strike', date: '2025-01-01', datePrecision: 'day', placeIds: ['nowhere'], geoPrecision: 'exact',
      title: 'Strike on Nowhere', summary: 'A test.', claims: [], sources: [{ outlet: 'Test', title: 'Test', published: '2025-01-01', quote: 'A test.' }],
    };
    fs.writeFileSync(draft, JSON.stringify({ places: { type: 'FeatureCollection', features: [] }, incidents: [incident] }));
    const before = snapshot();
    const { code, err } = await run(['--merge', draft, '--data-dir', dir]);
    expect(code).toBe(2);
    expect(err).toContain('nothing written');
    expect(err).toContain('placeIds[0] "nowhere" is not in the gazetteer');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a draft that is not JSON', async () => {
    const draft = path.join(dir, 'broken.json');
    fs.writeFileSync(draft, '{"places": ');
    const { code, err } = await run(['--merge', draft, '--data-dir', dir]);
    expect(code).toBe(2);
    expect(err).toContain(`${draft}: invalid JSON`);
  });
});
