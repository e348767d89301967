/**
 * Two events at one place told as two (draft.ts, `episodes`): a second attack told in a sentence
 * that names no place but goes on about the last event's place. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { ingestOnFixtureGazetteer } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const at = (r: ReturnType<typeof ingest>, id: string) => r.incidents.filter((i) => i.placeIds.includes(id));

describe('another attack on the last place, told without naming it again, is a second incident there', () => {
  it.each([
    // [text, the first incident's toll, the second's]
    ['Drones attacked Kostiantynivka on Monday, wounding two men. In addition, the town hall was also previously attacked, no one was injured, the mayor said.', { injured: 2 }, { injured: 0 }],
    ['A guided bomb struck Kostiantynivka on Monday, injuring four people. Later that day, artillery shelling damaged a school.', { injured: 4 }, undefined],
    // "three more" are the second missile's, not added to the first one's toll.
    ['A missile hit Kostiantynivka on Monday, killing two people. Minutes later, a second missile struck a school, injuring three more.', { killed: 2 }, { injured: 3 }],
  ])('%s', (text, first, second) => {
    const incidents = at(ingest(text, '2024-08-12'), 'kostiantynivka');
    expect(incidents.map((i) => i.casualties)).toEqual([first, second]);
    expect(incidents.map((i) => i.sources.length)).toEqual([1, 1]);
  });

  it.each([
    // A toll told later is of the first attack, not another one.
    ['A missile hit Kostiantynivka on Monday, killing two people. Hours later, another person died in hospital.', { killed: 3 }],
    // "Hours after the strike" points back at it.
    ['A missile hit Kostiantynivka on Monday morning. Hours after the strike, three people were reported killed.', { killed: 3 }],
    ['Russian shelling hit Kostiantynivka on Monday, injuring two people. The shelling also damaged a school.', { injured: 2 }],
  ])('told once, it stays one: %s', (text, toll) => {
    const incidents = at(ingest(text, '2024-08-12'), 'kostiantynivka');
    expect(incidents).toHaveLength(1);
    expect(incidents[0].casualties).toEqual(toll);
    expect(incidents[0].sources).toHaveLength(2);
  });
});
