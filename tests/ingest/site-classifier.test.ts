import { describe, expect, it } from 'vitest';
import { eventScore, trainEventModel, type Example } from '../../src/ingest/event-classifier';
import { loadSiteModel, mentionFeatures, parseSiteModel, placedMentions, reasonCategory, draftContext, type SiteModel } from '../../src/ingest/site-classifier';
import { applySiteClassifier, mentionScores, resite, siteClassifierFromEnv } from '../../src/ingest/site-filter';
import { ingestOnFixtureGazetteer } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const TEXT = 'Russian drones struck Kharkiv overnight, killing two people, the governor said from Kyiv.';
const model = (weights: Record<string, number>, bias: number, low = 0, high = 1.01): SiteModel => ({
  kind: 'site-mention-logistic-regression',
  version: 1,
  note: 'test',
  low,
  high,
  bias,
  weights,
});

describe('the features of a placed name', () => {
  it('reduces a reason to its kind: first words, quoted names left out', () => {
    expect(reasonCategory('locates "Kupiansk", which is the site')).toBe('locates which is');
    expect(reasonCategory('named where something happened')).toBe('named where something');
    expect(reasonCategory('')).toBe('none');
  });

  it('reads the rules’ role, the words around the name, the preposition and the sentence', () => {
    const result = ingest(TEXT);
    const mentions = placedMentions(result);
    const kharkiv = mentions.find((m) => m.decision.mention.surface === 'Kharkiv')?.features ?? [];
    const kyiv = mentions.find((m) => m.decision.mention.surface === 'Kyiv')?.features ?? [];
    expect(kharkiv).toEqual(
      expect.arrayContaining(['role:site', 'before1:struck', 'before2:drones', 'after1:overnight', 'prep:none', 'kind:city', 'country:UA', 'event:strike', 'sentence-casualties', 'sentence-drafted:yes', 'drafted-here', 'placed:2', 'order:first', 'elsewhere:0']),
    );
    expect(kyiv).toEqual(expect.arrayContaining(['role:metonym', 'before1:from', 'prep:from', 'after1:</s>', 'order:last']));
    expect(kyiv).not.toContain('drafted-here');
    expect(new Set(kharkiv).size).toBe(kharkiv.length);
  });

  it('counts the same place named in another sentence, and refuses a name with no place', () => {
    const result = ingest(`${TEXT}\nThe attack on Kharkiv damaged a school.`);
    const first = placedMentions(result).find((m) => m.decision.mention.surface === 'Kharkiv' && m.decision.sentence === 0)?.features ?? [];
    expect(first).toContain('elsewhere:1');
    const unplaced = { ...result.decisions[0], chosen: undefined };
    expect(() => mentionFeatures(unplaced, result.decisions, result.sentences[0], draftContext(result))).toThrow(/has no chosen place/);
  });
});

describe('training on placed names', () => {
  it('separates sites from the places that only locate them, on names it was not trained on', () => {
    const site = (prep: string, extra: string): Example => ({ features: ['role:site', `prep:${prep}`, extra], positive: true });
    const other = (prep: string, extra: string): Example => ({ features: ['role:reference', `prep:${prep}`, extra], positive: false });
    const examples = [site('in', 'kind:city'), site('on', 'kind:village'), site('in', 'kind:village'), other('of', 'kind:city'), other('from', 'kind:city'), other('of', 'kind:village')];
    const trained = trainEventModel(examples, { l2: 1e-3, iterations: 200, minCount: 1, learningRate: 0.05 });
    expect(eventScore(trained, ['role:site', 'prep:on', 'kind:city'])).toBeGreaterThan(0.5);
    expect(eventScore(trained, ['role:reference', 'prep:of', 'kind:town'])).toBeLessThan(0.5);
  });
});

describe('the site classifier in the draft', () => {
  it('is off unless asked, and with thresholds that change nothing the draft is the rules’ own', () => {
    expect(siteClassifierFromEnv({})).toBeUndefined();
    expect(() => siteClassifierFromEnv({ INGEST_SITE_CLASSIFIER: '1', INGEST_SITE_LOW: 'x' })).toThrow('INGEST_SITE_LOW=x: not a number from 0 to 1');
    const rules = ingest(TEXT);
    expect(rules.incidents.map((i) => i.placeIds[0])).toEqual(['kharkiv']);
    const scores = mentionScores(rules, model({}, 0));
    expect(resite(rules, scores, 0, 1.01)).toBe(rules);
    expect(applySiteClassifier(rules, { model: model({ 'role:metonym': 30 }, -10) })).toBe(rules);
  });

  it('drops a drafted site that scores below low, and says so among the doubts', () => {
    const rules = ingest(TEXT);
    const out = applySiteClassifier(rules, { model: model({}, -10), low: 0.5 });
    expect(out.incidents).toEqual([]);
    expect(out.places.features).toEqual([]);
    expect(out.doubts.join('\n')).toMatch(/site classifier scores "Kharkiv" 0\.00 \(< 0\.5\)/);
  });

  it('drafts a placed non-site name of a drafted sentence that scores at or above high, with that sentence’s event', () => {
    const rules = ingest(TEXT);
    const out = applySiteClassifier(rules, { model: model({ 'role:metonym': 30 }, -10), high: 0.9 });
    expect(out.incidents.map((i) => [i.placeIds[0], i.type, i.date])).toEqual([
      ['kharkiv', 'strike', '2025-03-10'],
      ['kyiv', 'strike', '2025-03-10'],
    ]);
    const kyiv = out.incidents[1];
    expect(kyiv.sources.map((s) => s.quote)).toEqual([TEXT]);
    expect(kyiv.title).toMatch(/^Strike on Kyiv/);
    expect(out.places.features.map((f) => f.properties.id)).toEqual(['kharkiv', 'kyiv']);
    expect(out.doubts.join('\n')).toMatch(/"Kyiv" 1\.00 \(≥ 0\.9\).*rules said metonym/);
  });

  it('folds a new site into the incident of the same place, type and date, as a second quote', () => {
    const second = 'A missile hit a warehouse in Kyiv overnight.';
    const rules = ingest(`${TEXT}\n${second}`);
    expect(rules.incidents.map((i) => i.placeIds[0])).toEqual(['kharkiv', 'kyiv']);
    const out = applySiteClassifier(rules, { model: model({ 'role:metonym': 30 }, -10), high: 0.9 });
    expect(out.incidents.map((i) => i.placeIds[0])).toEqual(['kharkiv', 'kyiv']);
    expect(out.incidents[1].sources.map((s) => s.quote)).toEqual([second, TEXT]);
  });
});

describe('INGEST_SITE_CLASSIFIER in ingestReport', () => {
  it('uses the shipped model with its thresholds (no change), and the thresholds the environment gives', () => {
    const rules = ingest(TEXT);
    const saved = { ...process.env };
    try {
      process.env.INGEST_SITE_CLASSIFIER = '1';
      expect(ingest(TEXT)).toEqual(rules);
      // Every score is below 1: with low 1 every drafted site goes.
      process.env.INGEST_SITE_LOW = '1';
      const none = ingest(TEXT);
      expect(none.incidents).toEqual([]);
      expect(none.doubts.join('\n')).toMatch(/site classifier scores "Kharkiv"/);
    } finally {
      for (const key of ['INGEST_SITE_CLASSIFIER', 'INGEST_SITE_LOW']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });
});

describe('the model file', () => {
  it('says which file and field is wrong', () => {
    const good = model({ 'role:site': 1 }, 0, 0.2, 1.01);
    expect(parseSiteModel(good, 'm.json').low).toBe(0.2);
    expect(() => parseSiteModel(null, 'm.json')).toThrow('m.json: is not a JSON object');
    expect(() => parseSiteModel({ ...good, kind: 'svm' }, 'm.json')).toThrow('m.json: kind is "svm"');
    expect(() => parseSiteModel({ ...good, low: 2 }, 'm.json')).toThrow('m.json: low 2');
    expect(() => parseSiteModel({ ...good, high: -1 }, 'm.json')).toThrow('m.json: high -1');
    expect(() => parseSiteModel({ ...good, weights: { 'role:site': 'x' } }, 'm.json')).toThrow('m.json: weights["role:site"] is "x"');
    expect(() => loadSiteModel('/nonexistent/site-model.json')).toThrow('/nonexistent/site-model.json: cannot be read (ENOENT)');
  });

  it('ships a model trained on 01–101 only, which loads', () => {
    const shipped = loadSiteModel();
    expect(shipped.note).toMatch(/01–101/);
    expect(shipped.note).toMatch(/Nothing above report 101/);
    expect(eventScore(shipped, ['role:site'])).toBeGreaterThan(eventScore(shipped, ['role:metonym']));
  });
});
