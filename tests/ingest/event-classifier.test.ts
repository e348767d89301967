import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/cli';
import { ingestReport } from '../../src/ingest/draft';
import {
  eventScore,
  loadEventModel,
  parseEventModel,
  reportFeatures,
  sentenceFeatures,
  tokens,
  trainEventModel,
  trainingLoss,
  type EventModel,
  type Example,
} from '../../src/ingest/event-classifier';
import { draftFeatures, dropUnlikelyIncidents, eventClassifierFromEnv, ruleCues, sentenceScores } from '../../src/ingest/event-filter';
import { Resolver } from '../../src/ingest/resolve';

const sentence = (text: string, position = 0.5) => ({ text, headline: false, paragraphStart: false, position });

describe('tokens and features', () => {
  it('lower-cases words, folds every number to one token and keeps apostrophes inside words', () => {
    expect(tokens('Russia’s drones hit 3 towns, 1,200 homes lost power; 2.5 km away.')).toEqual([
      "russia's", 'drones', 'hit', '<num>', 'towns', '<num>', 'homes', 'lost', 'power', '<num>', 'km', 'away',
    ]);
  });

  it('gives unigrams, bigrams with sentence ends, and the cheap cues', () => {
    const f = sentenceFeatures({ text: 'A missile killed 5 people in Kharkiv, the governor said.', headline: false, paragraphStart: true, position: 0 });
    expect(f).toEqual(expect.arrayContaining(['w:missile', 'w:<num>', 'b:<s> a', 'b:killed <num>', 'b:said </s>']));
    expect(f).toEqual(expect.arrayContaining(['cue:casualty', 'cue:number', 'cue:says', 'cue:paragraph-start', 'cue:first', 'cue:position-0', 'cue:names-1']));
    expect(f).not.toContain('cue:earlier');
    expect(f).not.toContain('cue:headline');
    const g = sentenceFeatures({ text: 'Earlier, Russian forces captured “the village”', headline: true, paragraphStart: false, position: 1 });
    expect(g).toEqual(expect.arrayContaining(['cue:earlier', 'cue:event-verb', 'cue:quote-mark', 'cue:headline', 'cue:position-4']));
    expect(g).not.toContain('cue:casualty');
    expect(new Set(f).size).toBe(f.length);
  });

  it('numbers the positions of a report from 0 to 1', () => {
    const three = reportFeatures(['One.', 'Two.', 'Three.'].map((text) => ({ text, headline: false, paragraphStart: true })));
    expect(three.map((f) => f.find((x) => x.startsWith('cue:position-')))).toEqual(['cue:position-0', 'cue:position-2', 'cue:position-4']);
    expect(reportFeatures([{ text: 'Only.', headline: false, paragraphStart: true }])[0]).toContain('cue:first');
  });
});

// A tiny corpus: events (strikes and captures with victims or weapons) against talk and background.
const POSITIVE = [
  'Russian missiles struck Kharkiv overnight, killing three people.',
  'A drone attack on Odesa injured five civilians.',
  'Shelling of Kherson killed two people and wounded four.',
  'Russian forces captured the village after heavy fighting.',
  'A missile hit a residential building in Dnipro, injuring seven.',
  'Drones struck an energy facility in Sumy, killing one worker.',
];
const NEGATIVE = [
  'The president said talks with European leaders would continue next month.',
  'The minister thanked the partners for their support.',
  'Officials discussed the grain agreement at a summit in Istanbul.',
  'The foreign ministry said the sanctions were unjustified.',
  'The European Union promised more financial aid next year.',
  'The president said the summit would take place in spring.',
];
const corpus = (): Example[] => [
  ...POSITIVE.map((text) => ({ features: sentenceFeatures(sentence(text)), positive: true })),
  ...NEGATIVE.map((text) => ({ features: sentenceFeatures(sentence(text)), positive: false })),
];

describe('trainEventModel', () => {
  const options = { l2: 1e-3, iterations: 200, minCount: 1, learningRate: 0.05 };

  it('separates obvious events from talk it was not trained on', () => {
    const model = trainEventModel(corpus(), options);
    const event = eventScore(model, sentenceFeatures(sentence('Russian drones struck Zaporizhzhia, killing four people.')));
    const talk = eventScore(model, sentenceFeatures(sentence('The minister said the talks would continue in the summer.')));
    expect(event).toBeGreaterThan(0.5);
    expect(talk).toBeLessThan(0.5);
    for (const text of POSITIVE) expect(eventScore(model, sentenceFeatures(sentence(text)))).toBeGreaterThan(0.5);
    for (const text of NEGATIVE) expect(eventScore(model, sentenceFeatures(sentence(text)))).toBeLessThan(0.5);
  });

  it('lowers the loss it minimises, and gives the same weights every time', () => {
    const untrained = { bias: 0, weights: {} };
    const model = trainEventModel(corpus(), options);
    expect(trainingLoss(model, corpus(), options.l2)).toBeLessThan(trainingLoss(untrained, corpus(), options.l2) / 2);
    expect(JSON.stringify(trainEventModel(corpus(), options))).toBe(JSON.stringify(model));
  });

  it('keeps only features seen in minCount sentences, and refuses an empty corpus', () => {
    const model = trainEventModel(corpus(), { ...options, minCount: 2 });
    expect(Object.hasOwn(model.weights, 'w:istanbul')).toBe(false);
    expect(Object.hasOwn(model.weights, 'w:killing')).toBe(true);
    expect(() => trainEventModel([], options)).toThrow(/no examples/);
  });

  it('scores a sentence of unknown words by the bias alone', () => {
    expect(eventScore({ bias: 0, weights: { 'w:a': 5 } }, ['w:zzz'])).toBe(0.5);
  });
});

describe('the shipped model', () => {
  it('loads, and scores the same sentence the same way every time', () => {
    const model = loadEventModel();
    expect(model.note).toMatch(/01–101/);
    const features = sentenceFeatures(sentence('A Russian missile strike on Kharkiv killed three people, the governor said.'));
    const score = eventScore(model, features);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(1);
    expect(eventScore(loadEventModel(), features)).toBe(score);
  });

  it('says which file and field is wrong', () => {
    const good = { kind: 'event-sentence-logistic-regression', version: 1, note: 'n', features: 'text', threshold: 0.2, bias: 0, weights: { 'w:a': 1 } };
    expect(parseEventModel(good, 'm.json').threshold).toBe(0.2);
    expect(() => parseEventModel(null, 'm.json')).toThrow('m.json: is not a JSON object');
    expect(() => parseEventModel({ ...good, kind: 'svm' }, 'm.json')).toThrow('m.json: kind is "svm"');
    expect(() => parseEventModel({ ...good, version: 2 }, 'm.json')).toThrow('m.json: version is 2');
    expect(() => parseEventModel({ ...good, note: undefined }, 'm.json')).toThrow('m.json: note is missing');
    expect(() => parseEventModel({ ...good, features: 'words' }, 'm.json')).toThrow('m.json: features is "words", not "text" or "text+rules"');
    expect(() => parseEventModel({ ...good, threshold: 2 }, 'm.json')).toThrow('m.json: threshold 2');
    expect(() => parseEventModel({ ...good, bias: 'x' }, 'm.json')).toThrow('m.json: bias "x"');
    expect(() => parseEventModel({ ...good, weights: [] }, 'm.json')).toThrow('m.json: weights is not an object');
    expect(() => parseEventModel({ ...good, weights: { 'w:a': null } }, 'm.json')).toThrow('m.json: weights["w:a"] is null');
    expect(() => loadEventModel('/nonexistent/model.json')).toThrow('/nonexistent/model.json: cannot be read (ENOENT)');
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'event-model-')), 'broken.json');
    fs.writeFileSync(broken, '{"kind": ');
    expect(() => loadEventModel(broken)).toThrow(`${broken}: is not valid JSON`);
  });
});

describe('the classifier in the draft', () => {
  let resolver: Resolver;
  beforeAll(async () => {
    resolver = new Resolver((await loadGazetteer('tests/fixtures/data/seed')).features);
  }, 60_000);
  const text = [
    'A Russian missile strike on Zaporizhzhia killed five people and injured three, the governor said.',
    'Russian forces captured Avdiivka, the defence ministry in Moscow said.',
  ].join('\n');
  const draft = (eventClassifier?: { model: EventModel; threshold?: number }) =>
    ingestReport({ file: 't.txt', text }, resolver, { published: '2025-11-21', outlet: 'Test', ...(eventClassifier ? { eventClassifier } : {}) });
  // A model that only likes sentences with "missile": the capture scores below 0.5.
  const missileOnly: EventModel = { kind: 'event-sentence-logistic-regression', version: 1, note: 'test', features: 'text', threshold: 0.5, bias: -2, weights: { 'w:missile': 20 } };

  it('is off unless asked: the draft is the rules’ own', () => {
    expect(eventClassifierFromEnv({})).toBeUndefined();
    const plain = draft();
    expect(plain.incidents.map((i) => i.type).sort()).toEqual(['control-claim', 'strike']);
    expect(draft({ model: missileOnly, threshold: 0 })).toEqual(plain);
  });

  it('drops an incident whose every sentence scores below the threshold, and says so', () => {
    const plain = draft();
    const filtered = draft({ model: missileOnly });
    expect(filtered.incidents.map((i) => i.type)).toEqual(['strike']);
    expect(filtered.places.features.map((f) => f.properties.id)).toEqual(filtered.incidents.flatMap((i) => i.placeIds));
    expect(filtered.doubts.length).toBe(plain.doubts.length + 1);
    expect(filtered.doubts.at(-1)).toMatch(/event classifier scores its sentence 0\.\d\d \(< 0\.5\), not drafted: "Russian forces captured/);
    const scores = sentenceScores(plain, missileOnly);
    expect(scores[0]).toBeGreaterThan(0.5);
    expect(scores[1]).toBeLessThan(0.5);
    expect(dropUnlikelyIncidents(plain, scores, 1).incidents).toEqual([]);
  });

  it('reads what the rules did with each sentence, for a model that asks for it', () => {
    const plain = ingestReport({ file: 't.txt', text: `${text}\nThe president thanked the partners for their support.` }, resolver, { published: '2025-11-21', outlet: 'Test' });
    const cues = ruleCues(plain);
    expect(cues[0]).toEqual(expect.arrayContaining(['rule:type-strike', 'rule:place-city', 'rule:casualties', 'rule:quoted-1']));
    expect(cues[1]).toEqual(expect.arrayContaining(['rule:type-control-claim', 'rule:quoted-1']));
    expect(cues[1]).not.toContain('rule:casualties');
    expect(cues[2]).toEqual(['rule:quoted-0']);
    expect(draftFeatures(plain, { features: 'text' })).toEqual(reportFeatures(plain.sentences));
    expect(draftFeatures(plain, { features: 'text+rules' })[0]).toEqual([...reportFeatures(plain.sentences)[0], ...cues[0]]);
  });

  it('turns on with INGEST_CLASSIFIER=1, the shipped model and its threshold, or one given', () => {
    const on = eventClassifierFromEnv({ INGEST_CLASSIFIER: '1' });
    expect(on?.model.kind).toBe('event-sentence-logistic-regression');
    expect(on?.threshold).toBeUndefined();
    expect(eventClassifierFromEnv({ INGEST_CLASSIFIER: '1', INGEST_CLASSIFIER_THRESHOLD: '0.3' })?.threshold).toBe(0.3);
    expect(() => eventClassifierFromEnv({ INGEST_CLASSIFIER: '1', INGEST_CLASSIFIER_THRESHOLD: 'high' })).toThrow('INGEST_CLASSIFIER_THRESHOLD=high: not a number from 0 to 1');
  });
});
