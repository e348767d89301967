/**
 * npx tsx scripts/measure-compromise-subjects.ts
 *
 * Does `compromise` (npm, already a dependency) find the subject of a casualty verb better than
 * our clause reading (`MODIFIED_SUBJECT` in src/ingest/casualties.ts) when words stand between
 * the count and its verb ("5 people at the facility died")? Measured on sentences of our own
 * only (the cases of tests/ingest/casualties-round8.test.ts), never on report text.
 * For compromise: each verb whose infinitive is a casualty verb, its `.subjects()`, and the
 * number at the start of that subject; right when that number and the kind are the expected ones.
 * Prints JSON.
 */
import nlp from 'compromise';
import { findCasualties } from '../src/ingest/casualties';
import { parseNumberWord } from '../src/ingest/numbers';

type Kind = 'killed' | 'injured';
const CASES: Array<[string, Kind, number]> = [
  ['Officials said 4 people at the bus stop died and 9 others were injured.', 'killed', 4],
  ['Seven people in the car died at the scene.', 'killed', 7],
  ['12 civilians, including a nurse and 3 children were killed in the strike.', 'killed', 12],
  ['Nine people — four of them children — were injured overnight.', 'injured', 9],
  ['Six workers (two of them women) were hurt.', 'injured', 6],
  ['Five people who were waiting for a bus were killed.', 'killed', 5],
  ['Three people who were in the car died.', 'killed', 3],
  ['Two people who were wounded in the attack died in hospital.', 'killed', 2],
  ['Three residents of the building were wounded, the mayor said.', 'injured', 3],
  ['Twelve civilians, including a nurse and three children, were killed in the strike.', 'killed', 12],
];

const KIND: Record<string, Kind> = { die: 'killed', kill: 'killed', perish: 'killed', injure: 'injured', wound: 'injured', hurt: 'injured' };

function compromiseReads(text: string): Array<[Kind, number]> {
  const out: Array<[Kind, number]> = [];
  nlp(text)
    .verbs()
    .forEach((view) => {
      // forEach hands each match over as a plain View; it is still one of the verbs.
      const verb = view as ReturnType<ReturnType<typeof nlp>['verbs']>;
      const kind = KIND[verb.toInfinitive().text('normal').split(' ').pop() ?? ''];
      if (!kind) return;
      const first = verb.subjects().text('normal').split(/\s+/)[0] ?? '';
      const count = /^\d+$/.test(first) ? Number(first) : parseNumberWord(first);
      if (count !== undefined) out.push([kind, count]);
    });
  return out;
}

const result = { cases: CASES.length, ours: 0, compromise: 0, compromiseMisses: [] as string[] };
for (const [text, kind, count] of CASES) {
  if (findCasualties(text).some((f) => f.kind === kind && f.count === count)) result.ours += 1;
  if (compromiseReads(text).some(([k, n]) => k === kind && n === count)) result.compromise += 1;
  else result.compromiseMisses.push(text);
}
console.log(JSON.stringify(result, null, 2));
