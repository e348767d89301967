/**
 * Seventh round (docs/architecture.md, Ingest stages): kinds of error found in every outlet's
 * copy rather than in one report's phrasing — a news outlet named after a city, and a dateline
 * with its colon set off by spaces. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const roleOf = (r: ReturnType<typeof ingest>, name: string) => r.decisions.find((d) => d.mention.surface === name)?.role;

describe('a news outlet named after a city is no place', () => {
  it.each([
    ['Russian shelling killed two people in Kherson on Sunday, The Kyiv Independent reported.', 'Kyiv', 'Kherson'],
    ['According to the Kyiv Post, a drone hit a warehouse in Sumy overnight.', 'Kyiv', 'Sumy'],
    ['The Moscow Times said a drone struck a fuel depot in Belgorod on Monday.', 'Moscow', 'Belgorod'],
    ['A missile hit the port of Izmail, the Odessa Journal wrote on Tuesday.', 'Odessa', 'Izmail'],
  ])('%s', (text, outlet, site) => {
    const r = ingest(text);
    expect(roleOf(r, outlet)).not.toBe('site');
    expect(siteLabels(r).join(' ')).toContain(site === 'Odessa' ? 'Odesa' : site);
    expect(siteLabels(r).some((l) => l.startsWith(outlet === 'Odessa' ? 'Odesa' : outlet))).toBe(false);
  });

  it('a city followed by a capitalized word that is no outlet stays a site', () => {
    const r = ingest('Explosions were heard in Kyiv Tuesday night after a missile attack.');
    expect(roleOf(r, 'Kyiv')).toBe('site');
  });
});

describe('a dateline with its colon set off by spaces', () => {
  it.each([
    ['Kiev : Five people were killed in Russian attacks on Kharkiv on Sunday.', 'Kiev', 'Kharkiv'],
    ['Moscow : A Ukrainian drone hit a fuel depot in Bryansk overnight, the governor said.', 'Moscow', 'Bryansk'],
  ])('%s', (text, dateline, site) => {
    const r = ingest(text);
    expect(roleOf(r, dateline)).toBe('dateline');
    expect(roleOf(r, site)).toBe('site');
  });

  it('a place followed by a colon with no space before it is a heading, not a dateline', () => {
    const r = ingest('Kharkiv: a missile hit a school on Monday, injuring three people.');
    expect(roleOf(r, 'Kharkiv')).not.toBe('dateline');
  });
});
