/**
 * Review of the ninth round of ingest rules: each case is a sentence a reporter might write that a
 * round-nine rule read wrongly. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { sentenceDate } from '../../src/ingest/dates';
import { classifySentence } from '../../src/ingest/events';
import { inPlaceSlot, unresolvedNames } from '../../src/ingest/toponyms';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

describe('a name stands in a place’s slot before a district only when the district is named', () => {
  it('"in the same district" names no district', () => {
    const text = 'Officials said Petrov in the same district was detained.';
    const start = text.indexOf('Petrov');
    expect(inPlaceSlot(text, start, start + 'Petrov'.length)).toBe(false);
    expect(unresolvedNames(text, [])).not.toContain('Petrov');
  });

  it('"in the Belovsky district" still does', () => {
    const text = 'Shelling hit Dolgye Bumy in the Belovsky district.';
    const start = text.indexOf('Dolgye');
    expect(inPlaceSlot(text, start, start + 'Dolgye Bumy'.length)).toBe(true);
  });
});

describe('a dateline with the day in brackets is a place, not a sentence opening with a preposition', () => {
  const ingest = ingestOnFixtureGazetteer();
  it('"In Kherson, June 3 (Saturday) …" names the site', () => {
    const r = ingest('In Kherson, June 3 (Saturday) Russian shelling killed two people.', '2023-06-05');
    expect(siteLabels(r).some((l) => l.startsWith('Kherson'))).toBe(true);
  });

  it('"Kherson, June 3 (Reuters) …" is still a dateline', () => {
    const r = ingest('Kherson, June 3 (Reuters) Russian shelling killed two people in Odesa.', '2023-06-05');
    expect(r.decisions.find((d) => d.mention.surface === 'Kherson')?.role).toBe('dateline');
  });
});

describe('only a neighbour’s airspace makes a strike hybrid', () => {
  it('missiles entering Ukrainian airspace and striking a city are a strike', () => {
    expect(classifySentence('Two Russian cruise missiles entered Ukrainian airspace and struck an energy facility in Lviv, killing two.')?.type).toBe('strike');
  });

  it('drones violating Polish airspace are still hybrid', () => {
    expect(classifySentence('Russian drones violated Polish airspace overnight and one was shot down.')?.type).toBe('hybrid');
  });
});

describe('a day of the month or a weekend told in the future is the next one', () => {
  it.each([
    ['Talks will resume on the 25th.', '2024-06-25'],
    ['Talks will resume on the 5th.', '2024-07-05'],
    ['Drones struck the city on the 5th.', '2024-06-05'],
    ['Drones struck the city on the 25th.', '2024-05-25'],
    ['The delegations will meet over the weekend.', '2024-06-15'],
    ['Drones struck the city over the weekend.', '2024-06-08'],
  ])('%s', (text, date) => {
    expect(sentenceDate(text, '2024-06-12')?.date).toBe(date);
  });
});

describe('a place heading a facility: "works" only after what is made there', () => {
  const ingest = ingestOnFixtureGazetteer();
  it('"the Moscow elite works on sanctions" names no site', () => {
    const r = ingest('A missile hit Odesa on Monday, while the Moscow elite works on sanctions.', '2024-06-12');
    expect(siteLabels(r).some((l) => l.startsWith('Moscow'))).toBe(false);
  });

  it('"the Zaporizhzhia steel works" is the place hit', () => {
    const r = ingest('A missile struck the Zaporizhzhia steel works on Monday, injuring two workers.', '2024-06-12');
    expect(siteLabels(r).some((l) => l.startsWith('Zaporizhzhia'))).toBe(true);
  });
});

describe('a capital followed by a verb of attack and a time is where it happened, not who acted', () => {
  const ingest = ingestOnFixtureGazetteer();
  it.each([
    'Kyiv attacked this morning: debris fell on a house and injured two people.',
    'Kyiv attacked the night before, and two people were injured.',
  ])('%s', (text) => {
    expect(siteLabels(ingest(text, '2024-06-12')).some((l) => l.startsWith('Kyiv'))).toBe(true);
  });

  it('"Kyiv targeted western Russia with drones" is still Kyiv acting', () => {
    const r = ingest('Kyiv targeted western Russia with drones overnight, Moscow said.', '2024-06-12');
    expect(r.decisions.find((d) => d.mention.surface === 'Kyiv')?.role).toBe('metonym');
  });
});

describe('"during the same period" makes a tally only of a count as large as a tally', () => {
  const ingest = ingestOnFixtureGazetteer();
  it('one event told "during the same period" in a round-up is drafted', () => {
    const r = ingest('Russian troops shelled the Kherson region 40 times over the past day. During the same period, a Russian drone struck a car in Kherson, injuring a man.', '2024-06-12');
    expect(siteLabels(r).some((l) => l.startsWith('Kherson'))).toBe(true);
  });

  it('a count of 150 "within the same period" is still a tally', () => {
    const r = ingest('Officials estimated that shelling killed 310 civilians in the Kharkiv region since March 2022. More than 150 people were killed in the Poltava region within the same period.', '2024-06-12');
    expect(siteLabels(r).some((l) => l.startsWith('Poltava'))).toBe(false);
  });
});
