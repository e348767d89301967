/**
 * The tenth round's readings of when a place is one incident, two, or none (branch sites2; see
 * docs/ingest-accuracy.md, "The tenth round"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const at = (r: ReturnType<typeof ingest>, id: string) => r.incidents.filter((i) => i.placeIds.includes(id));

describe('a lead naming several regions as one event is a summary once the report itemizes any of them', () => {
  it('drops every region of the lead, the one whose town goes unnamed too', () => {
    const r = ingest(
      'Russian strikes on the Kharkiv and Sumy regions killed four people on Tuesday, officials said. Three were killed when a missile hit the city of Kharkiv, and one in a village near the border, the governor said.',
      '2025-03-11',
    );
    expect(at(r, 'kharkiv')).toHaveLength(1);
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.endsWith('-oblast')))).toEqual([]);
  });

  it('keeps a region of a lead that nothing itemizes', () => {
    const r = ingest('Russian drones attacked the Sumy and Poltava regions on Tuesday, injuring three people, officials said.', '2025-03-11');
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.endsWith('-oblast'))).length).toBeGreaterThan(0);
  });
});

describe('a place told as not reached by the attack is no site', () => {
  it.each([
    'Russian missiles struck Kharkiv on Monday, injuring three people; Chuhuiv, which was not directly affected by the strike, lost power.',
    'Russian missiles struck Kharkiv on Monday, injuring three people, while Chuhuiv was left untouched.',
  ])('%s', (text) => {
    const r = ingest(text, '2025-03-10');
    expect(at(r, 'kharkiv')).toHaveLength(1);
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.startsWith('chuhuiv')))).toEqual([]);
  });

  it('a place told as hit stays a site', () => {
    const r = ingest('Russian missiles struck Kharkiv on Monday; Chuhuiv, which was hit by shelling, lost power.', '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.startsWith('chuhuiv')))).toHaveLength(1);
  });
});

describe('the nouns of a fight make a fighting incident', () => {
  it.each([
    ['There were fights in Vovchansk on Monday, the governor said.', 'vovchansk'],
    ['Ukrainian soldiers engaged Russian troops in a firefight in Vovchansk on Sunday.', 'vovchansk'],
    ['Skirmishes went on in Vovchansk all Sunday, the army said.', 'vovchansk'],
  ])('%s', (text, id) => {
    const r = ingest(text, '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.startsWith(id))).map((i) => i.type)).toEqual(['fighting']);
  });
});

describe('an attack told with "a" and a time or word of its own, at a place already struck that day, is another incident', () => {
  it.each([
    'Russian artillery shelled Kherson on Monday, killing two people. After a nighttime drone attack on Kherson, three more residents were wounded.',
    'Russian artillery shelled Kherson on Monday, killing two people. Later, a fresh missile strike on Kherson wounded three residents.',
  ])('%s', (text) => {
    const incidents = at(ingest(text, '2025-03-10'), 'kherson');
    expect(incidents).toHaveLength(2);
    expect(incidents[0].casualties).toEqual({ killed: 2 });
  });

  it.each([
    'Russian artillery shelled Kherson on Monday, killing two people. The overnight attack on Kherson also wounded three residents.',
    'A new attack on Kherson killed two people on Monday, the governor said. Russian artillery shelled Kherson from across the river.',
  ])('told once, it stays one: %s', (text) => {
    expect(at(ingest(text, '2025-03-10'), 'kherson')).toHaveLength(1);
  });
});

describe('the land across a border says where another place is', () => {
  // (The second was read so before this round, by another rule; it stays a control.)
  it.each([
    'Russian troops captured two villages on Monday close to the administrative boundary with Kharkiv region, the ministry said.',
    'A Russian drone hit a farm in Sumy on Monday, near the border with the Kursk region, injuring two people.',
  ])('%s', (text) => {
    const r = ingest(text, '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.includes('kharkiv-oblast') || i.placeIds.includes('kursk-oblast'))).toEqual([]);
  });

  it('a region struck across the border stays a site', () => {
    const r = ingest('Ukrainian drones struck the Kursk region on Monday, injuring two people, the governor said.', '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.includes('kursk-oblast'))).toHaveLength(1);
  });
});

describe('the region of settlements told only as many is no site', () => {
  it.each([
    'Investigators opened cases on Monday after Ukrainian shelling of border settlements in the Belgorod and Kursk regions.',
    'Russian artillery shelled villages of the Kherson region on Monday, officials said.',
  ])('%s', (text) => {
    const r = ingest(text, '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.endsWith('-oblast')))).toEqual([]);
  });

  it('settlements named after "of" stay sites', () => {
    const r = ingest('Ukrainian troops liberated the settlements of Vovchansk and Kupiansk on Monday, the army said.', '2025-03-10');
    expect(r.incidents.filter((i) => i.placeIds.some((p) => p.startsWith('vovchansk') || p.startsWith('kupiansk')))).toHaveLength(2);
  });
});
