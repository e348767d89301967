import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load';
import { SEED_DIR } from './fixtures';
import type { Claim, Incident } from '../../src/data/schema';
import {
  accessibleName,
  controlClaims,
  controlStory,
  summarizePlace,
  type DatedClaim,
  type PlaceSummary,
} from '../../src/data/status';

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

const claim = (
  party: string,
  stance: Claim['stance'],
  subject: Claim['subject'] = 'control',
  extra: Partial<Claim> = {},
): Claim => ({
  party,
  by: `${party} officials`,
  stance,
  subject,
  statement: '…',
  ...extra,
});

/** A control claim on a date: `said('2024-01-05', 'UA', 'asserts', 'RU')` is Ukraine confirming Russia holds it. */
const said = (date: string, party: string, stance: Claim['stance'], holder?: string, incidentId = `i-${date}`): DatedClaim => ({
  date,
  incidentId,
  claim: claim(party, stance, 'control', holder === undefined ? {} : { holder }),
});

/** The control-claim incidents of a story, one per date, for summarizePlace. */
const incidentsOf = (story: DatedClaim[]): Incident[] => {
  const byId = new Map<string, Incident>();
  for (const { date, incidentId, claim: c } of story) {
    const incident = byId.get(incidentId) ?? make('control-claim', { id: incidentId, date, claims: [] });
    incident.claims.push(c);
    byId.set(incidentId, incident);
  }
  return [...byId.values()];
};

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

  it('is contested when two incidents on different days make counter-claims (RU "we hold it", UA "we hold it")', () => {
    const s = summarizePlace(incidentsOf([said('2024-01-01', 'RU', 'asserts'), said('2024-01-03', 'UA', 'asserts')]));
    expect(s.status).toBe('contested');
  });

  it('is not contested when a side corrects itself (RU claims the town, then RU says it does not hold it)', () => {
    const s = summarizePlace([make('control-claim', { claims: [claim('RU', 'asserts'), claim('RU', 'denies', 'control', { holder: 'RU' })] })]);
    expect(s.statuses).not.toContain('contested');
    expect(s.status).toBe('claimed');
  });

  it('is not contested when two Ukrainian sources disagree (one says Russia took it, one denies it)', () => {
    const s = summarizePlace([
      make('control-claim', { claims: [claim('UA', 'asserts', 'control', { holder: 'RU', by: 'a UA brigade' }), claim('UA', 'denies', 'control', { holder: 'RU', by: 'UA general staff' })] }),
    ]);
    expect(s.statuses).not.toContain('contested');
  });

  it('is taken once the side that held it confirms the loss, and contested never hides behind another status', () => {
    const story = [said('2024-01-01', 'RU', 'asserts'), said('2024-01-01', 'UA', 'denies'), said('2024-02-10', 'UA', 'asserts', 'RU')];
    expect(summarizePlace(incidentsOf(story)).status).toBe('taken');
    const reopened = [...story, said('2024-03-01', 'UA', 'denies', 'RU')];
    expect(summarizePlace([...incidentsOf(reopened), make('strike')]).status).toBe('contested');
  });

  it('is retaken when the holder changes back', () => {
    const story = [said('2024-01-01', 'RU', 'asserts'), said('2024-02-10', 'UA', 'asserts', 'RU'), said('2024-09-01', 'UA', 'asserts')];
    expect(summarizePlace(incidentsOf(story)).status).toBe('retaken');
  });

  it('tells the standing from the claims in the filter only', () => {
    const incidents = incidentsOf([said('2024-01-01', 'RU', 'asserts'), said('2024-02-10', 'UA', 'asserts', 'RU')]);
    expect(summarizePlace(incidents.slice(0, 1)).status).toBe('claimed');
    expect(summarizePlace(incidents).status).toBe('taken');
  });

  it('still counts a control-claim record without claims as a claim', () => {
    expect(summarizePlace([make('control-claim')]).status).toBe('claimed');
  });
});

describe('controlStory', () => {
  it('is empty without claims', () => {
    expect(controlStory([])).toEqual({ standing: null, holder: null, changes: [], points: [] });
  });

  it('works out the holder: an assertion names its party, a denial the other side of the latest assertion', () => {
    const story = controlStory([said('2025-11-20', 'RU', 'asserts'), said('2025-11-20', 'UA', 'denies')]);
    expect(story.points.map((p) => [p.party, p.stance, p.holder])).toEqual([
      ['RU', 'asserts', 'RU'],
      ['UA', 'denies', 'RU'],
    ]);
    expect(story.standing).toBe('contested');
    expect(story.holder).toBeNull();
  });

  it('leaves the holder of a denial unknown when nobody else asserted anything, and still calls it contested', () => {
    const story = controlStory([said('2025-11-20', 'UA', 'denies')]);
    expect(story.points[0].holder).toBeNull();
    expect(story.standing).toBe('contested');
    expect(story.changes).toEqual([{ date: '2025-11-20', holder: null, standing: 'contested' }]);
  });

  it('keeps the seed judgement: a UA denial of RU holding, with no RU claim quoted, is contested', () => {
    expect(controlStory([said('2025-11-20', 'UA', 'denies', 'RU')]).standing).toBe('contested');
  });

  it('is claimed when one side asserts and nobody answers', () => {
    const story = controlStory([said('2025-11-20', 'RU', 'asserts'), said('2025-11-21', 'RU', 'asserts')]);
    expect(story.standing).toBe('claimed');
    expect(story.changes).toEqual([{ date: '2025-11-20', holder: 'RU', standing: 'claimed' }]);
  });

  it('tells a town that changes hands: claimed, contested, taken on the date of the confirmation, retaken, contested again', () => {
    const story = controlStory([
      said('2024-09-01', 'UA', 'asserts', 'RU'), // given out of order: the story sorts by date
      said('2024-01-01', 'RU', 'asserts'),
      said('2024-01-02', 'UA', 'denies'),
      said('2024-02-10', 'UA', 'asserts', 'UA'),
      said('2024-02-10', 'UA', 'asserts', 'RU', 'i-2024-02-10-b'),
      said('2024-10-01', 'UA', 'asserts'),
      said('2024-10-02', 'RU', 'denies', 'UA'),
    ]);
    expect(story.changes).toEqual([
      { date: '2024-01-01', holder: 'RU', standing: 'claimed' },
      { date: '2024-01-02', holder: 'RU', standing: 'contested' },
      { date: '2024-02-10', holder: 'RU', standing: 'taken' },
      { date: '2024-10-01', holder: 'UA', standing: 'retaken' },
      { date: '2024-10-02', holder: 'UA', standing: 'contested' },
    ]);
    expect(story.points.map((p) => p.date)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-02-10',
      '2024-02-10',
      '2024-09-01',
      '2024-10-01',
      '2024-10-02',
    ]);
    expect(story.standing).toBe('contested');
  });

  it('says who holds it once settled, and retaken when the new holder confirms losing it', () => {
    const taken = controlStory([said('2024-01-01', 'RU', 'asserts'), said('2024-02-10', 'UA', 'asserts', 'RU')]);
    expect(taken).toMatchObject({ standing: 'taken', holder: 'RU' });
    const back = controlStory([said('2024-01-01', 'RU', 'asserts'), said('2024-02-10', 'UA', 'asserts', 'RU'), said('2024-06-01', 'RU', 'asserts', 'UA')]);
    expect(back).toMatchObject({ standing: 'retaken', holder: 'UA' });
    expect(back.changes.at(-1)).toEqual({ date: '2024-06-01', holder: 'UA', standing: 'retaken' });
  });

  it('counts a side saying it no longer holds the place as confirming the other side', () => {
    const story = controlStory([said('2024-01-01', 'RU', 'asserts'), said('2024-01-05', 'UA', 'denies', 'UA')]);
    expect(story).toMatchObject({ standing: 'taken', holder: 'RU' });
  });

  it('undoes a confirmation that its side takes back, unless the other side still claims the town', () => {
    const alone = controlStory([said('2024-01-01', 'UA', 'asserts', 'RU'), said('2024-01-04', 'UA', 'denies', 'RU')]);
    expect(alone.standing).toBeNull();
    expect(alone.holder).toBeNull();
    const answered = controlStory([said('2024-01-01', 'RU', 'asserts'), said('2024-01-02', 'UA', 'asserts', 'RU'), said('2024-01-04', 'UA', 'denies', 'RU')]);
    expect(answered.standing).toBe('contested');
  });

  it('makes no change of a same-day correction', () => {
    const story = controlStory([said('2024-01-01', 'RU', 'asserts'), said('2024-01-03', 'UA', 'asserts', 'RU'), said('2024-01-03', 'UA', 'asserts', 'UA', 'i-2024-01-03-b')]);
    expect(story.changes.map((c) => c.standing)).toEqual(['claimed', 'contested']);
  });

  it('keeps share and statement on each point', () => {
    const story = controlStory([{ date: '2025-11-20', incidentId: 'p', claim: claim('RU', 'asserts', 'control', { share: 0.7, statement: '70 per cent' }) }]);
    expect(story.points[0]).toEqual({
      date: '2025-11-20',
      incidentId: 'p',
      party: 'RU',
      by: 'RU officials',
      stance: 'asserts',
      holder: 'RU',
      share: 0.7,
      statement: '70 per cent',
    });
  });
});

describe('controlClaims', () => {
  it('takes the control claims of control-claim incidents, or all their claims when none is tagged control', () => {
    const tagged = make('control-claim', { id: 'a', claims: [claim('RU', 'asserts'), claim('UA', 'denies', 'casualties')] });
    const untagged = make('control-claim', { id: 'b', claims: [claim('UA', 'denies', 'other')] });
    const fighting = make('fighting', { id: 'c', claims: [claim('RU', 'asserts')] });
    expect(controlClaims([tagged, untagged, fighting]).map((d) => [d.incidentId, d.claim.party, d.claim.stance])).toEqual([
      ['a', 'RU', 'asserts'],
      ['b', 'UA', 'denies'],
    ]);
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

describe('the seed report (frozen fixture)', () => {
  const atlas = loadAtlas(SEED_DIR);
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
