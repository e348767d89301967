import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load';
import type { Claim, Incident } from '../../src/data/schema';
import { accessibleName, STATUS_LABEL, STATUS_PRIORITY, summarizePlace, type PlaceSummary } from '../../src/data/status';

const source = { outlet: 'Test Wire', title: 'Live', published: '2025-11-21', quote: 'A sentence.' };

function make(type: Incident['type'], extra: Partial<Incident> = {}): Incident {
  return {
    id: `${type}-${Math.random().toString(36).slice(2, 8)}`,
    type,
    date: '2025-11-20',
    datePrecision: 'day',
    placeIds: ['x'],
    geoPrecision: 'exact',
    title: 'T',
    summary: 'S',
    claims: [],
    sources: [source],
    ...extra,
  };
}

const claim = (party: string, stance: Claim['stance'], subject: Claim['subject'] = 'control'): Claim => ({
  party,
  by: `${party} officials`,
  stance,
  subject,
  statement: '…',
});

describe('summarizePlace', () => {
  it('is contested when control is asserted by one party and denied by another', () => {
    const s = summarizePlace([make('control-claim', { claims: [claim('RU', 'asserts'), claim('UA', 'denies')] })]);
    expect(s.status).toBe('contested');
    expect(s.statuses).toEqual(['contested']);
  });

  it('is claimed when control is asserted and nobody denies it', () => {
    expect(summarizePlace([make('control-claim', { claims: [claim('RU', 'asserts')] })]).status).toBe('claimed');
  });

  it('treats a denial as answering a claim, even when the claim is not quoted', () => {
    expect(summarizePlace([make('control-claim', { claims: [claim('UA', 'denies')] })]).status).toBe('contested');
  });

  it('reads control from claims about control, not other subjects', () => {
    const s = summarizePlace([make('control-claim', { claims: [claim('RU', 'asserts'), claim('UA', 'denies', 'casualties')] })]);
    expect(s.status).toBe('claimed');
  });

  it('is struck, fighting, hybrid or diplomacy by incident type', () => {
    expect(summarizePlace([make('strike')]).status).toBe('struck');
    expect(summarizePlace([make('fighting')]).status).toBe('fighting');
    expect(summarizePlace([make('hybrid')]).status).toBe('hybrid');
    expect(summarizePlace([make('diplomacy')]).status).toBe('diplomacy');
  });

  it('is mentioned when the place has no incidents', () => {
    expect(summarizePlace([])).toEqual({
      status: 'mentioned',
      statuses: ['mentioned'],
      incidentCount: 0,
      killed: 0,
      injured: 0,
      killedAtLeast: false,
      injuredAtLeast: false,
      latestDate: null,
    });
  });

  it('picks the status by priority and lists all of them in priority order', () => {
    const s = summarizePlace([
      make('diplomacy'),
      make('fighting'),
      make('strike'),
      make('control-claim', { claims: [claim('RU', 'asserts')] }),
      make('control-claim', { claims: [claim('RU', 'asserts'), claim('UA', 'denies')] }),
    ]);
    expect(s.status).toBe('contested');
    expect(s.statuses).toEqual(['contested', 'struck', 'fighting', 'diplomacy']);
  });

  it('sums lower bounds of casualties and keeps the newest date', () => {
    const s = summarizePlace([
      make('strike', { date: '2025-11-18', casualties: { killed: 5, injured: 3 } }),
      make('strike', { date: '2025-11-20', casualties: { killed: { min: 4 } } }),
      make('fighting', { date: '2025-11-19', casualties: { injured: { min: 2, max: 6 } } }),
    ]);
    expect(s).toMatchObject({ killed: 9, injured: 5, killedAtLeast: true, injuredAtLeast: true, latestDate: '2025-11-20', incidentCount: 3 });
  });

  it('orders priorities contested first and labels every status', () => {
    expect(STATUS_PRIORITY[0]).toBe('contested');
    expect(Object.keys(STATUS_LABEL).sort()).toEqual([...STATUS_PRIORITY].sort());
    expect(STATUS_LABEL.contested).toBe('Contested');
  });
});

describe('accessibleName', () => {
  const summary = (over: Partial<PlaceSummary>): PlaceSummary => ({ ...summarizePlace([]), ...over });

  it('begins with the place name', () => {
    expect(accessibleName('Kupiansk', summary({ status: 'contested', incidentCount: 2 }))).toBe('Kupiansk — contested, 2 incidents');
    expect(accessibleName('Zaporizhzhia', summary({ status: 'struck', incidentCount: 1, killed: 5, injured: 3 }))).toBe(
      'Zaporizhzhia — struck, 1 incident, 5 killed, 3 injured',
    );
    expect(accessibleName('Moscow', summarizePlace([]))).toBe('Moscow — mentioned, no incidents');
  });

  it('says "at least" when a figure was a range', () => {
    expect(accessibleName('X', summary({ status: 'struck', incidentCount: 1, killed: 4, killedAtLeast: true }))).toBe('X — struck, 1 incident, at least 4 killed');
  });
});

describe.runIf(existsSync('geodata/gazetteer.geojson'))('the seed data', () => {
  const atlas = loadAtlas('geodata');
  const at = (id: string) => summarizePlace(atlas.incidents.filter((i) => i.placeIds.includes(id)));

  it('has Kupiansk contested', () => {
    expect(at('kupiansk').status).toBe('contested');
  });

  it('has Zaporizhzhia struck with 5 killed and 3 injured', () => {
    expect(at('zaporizhzhia')).toMatchObject({ status: 'struck', killed: 5, injured: 3 });
    expect(accessibleName('Zaporizhzhia', at('zaporizhzhia'))).toBe('Zaporizhzhia — struck, 1 incident, 5 killed, 3 injured');
  });

  it('has Pokrovsk contested, with fighting', () => {
    expect(at('pokrovsk').status).toBe('contested');
    expect(at('pokrovsk').statuses).toContain('fighting');
  });

  it('has Vovchansk contested and Kyiv in diplomacy', () => {
    expect(at('vovchansk').status).toBe('contested');
    expect(at('kyiv').status).toBe('diplomacy');
  });
});
