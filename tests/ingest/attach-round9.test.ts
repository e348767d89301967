/**
 * Which event a toll told apart from its place belongs to (ninth round), on sentences of our own.
 * The resolver (./seed-resolver.ts) reads a frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

const { ingest } = useSeedResolver();
const tolls = (r: IngestResult) => r.incidents.map((i) => [i.placeIds.join('+'), i.casualties?.killed ?? null, i.casualties?.injured ?? null]);

describe('a line that only says where the news came from parts nothing', () => {
  it.each([
    'Local television reported this, citing the mayor.',
    'The regional governor wrote about it on Telegram.',
    'The agency reported this according to the city council.',
  ])('%s', (line) => {
    const r = ingest(['A Russian missile hit an apartment block in Sumy on Sunday.', line, 'Later the mayor updated the figures: six people were wounded.'].join('\n'));
    expect(tolls(r)).toEqual([['sumy', null, 6]]);
  });

  it('a line where "this" begins a clause of its own still parts them', () => {
    const r = ingest(['A Russian missile hit an apartment block in Sumy on Sunday.', 'The council met and the mayor said this was the worst week of the year.', 'Six people were wounded.'].join('\n'));
    expect(tolls(r)).toEqual([['sumy', null, null]]);
  });
});

describe('the event as the subject of the toll', () => {
  it('"the minister said the attack killed 13" goes back to the attack over a paragraph between', () => {
    const r = ingest(
      [
        'A Russian missile struck the centre of Sumy on Wednesday.',
        'Officials again asked allies for more air defence systems.',
        'The interior minister said the attack killed 13 people and injured more than 60.',
      ].join('\n'),
    );
    expect(tolls(r)).toEqual([['sumy', 13, { min: 61 }]]);
  });
});

describe('a toll said to be growing is a lower bound', () => {
  it('"the number of victims was increasing"', () => {
    const r = ingest('A drone hit a house in Sumy on Sunday. The mayor reported three wounded and said the number of victims was increasing.');
    expect(tolls(r)).toEqual([['sumy', null, { min: 3 }]]);
  });
});

describe('a zero told as people named and the verb denied', () => {
  it('goes to the event before it', () => {
    const r = ingest('Shells hit a farm near Nikopol on Sunday. The barn burned down, the workers were not injured.');
    expect(tolls(r)).toEqual([['nikopol', null, 0]]);
  });
});

describe('a toll told before its place is named', () => {
  it('goes to the one place the next sentence names with the event again', () => {
    const r = ingest("A missile strike on a school in the governor's home town left at least four people dead on Sunday. The attack on Nikopol also injured 12 others.");
    expect(tolls(r)).toEqual([['nikopol', { min: 4 }, 12]]);
  });

  it('not when the next sentence tells another event ("Sumy was also shelled")', () => {
    const r = ingest('A missile strike on a school left at least four people dead on Sunday. Russian artillery also shelled Sumy.');
    expect(tolls(r)).toEqual([['sumy', null, null]]);
  });

  it('not when the next sentence names two places', () => {
    const r = ingest('A missile strike on a school left at least four people dead on Sunday. The attack also hit Nikopol and Sumy.');
    expect(tolls(r).map(([, killed]) => killed)).toEqual([null, null]);
  });

  it('not across a sentence between', () => {
    const r = ingest('A missile strike on a school left at least four people dead on Sunday. Rescuers worked through the night. The attack on Nikopol also injured 12 others.');
    expect(tolls(r)).toEqual([['nikopol', null, 12]]);
  });
});

describe('a weapon named like a place is no second place of the sentence', () => {
  it('"hitting the town with Smerch rockets" leaves one place, so the next sentence\'s toll is its', () => {
    // ("Smerch", unplaced, is taken for a village's other spelling because the region is named.)
    const r = ingest('On Sunday the army fired on Kramatorsk in the Donetsk region, hitting the town with Smerch rockets. Three people were injured in this attack.');
    expect(tolls(r)).toEqual([['kramatorsk', null, 3]]);
  });
});

describe('"a further" and "an additional" count people beyond those told', () => {
  it.each([
    ['A missile hit Sumy on Sunday, killing two people. A further three people died in hospital.', [['sumy', 5, null]]],
    ['A drone hit Sumy on Sunday, injuring two people. An additional three were hurt.', [['sumy', null, 5]]],
  ])('%s', (text, expected) => expect(tolls(ingest(text))).toEqual(expected));

  it('the same count told again is not added', () => {
    expect(tolls(ingest('A drone hit Sumy on Sunday, injuring two people. Two people were hurt, the mayor said.'))).toEqual([['sumy', null, 2]]);
  });
});
