/**
 * Which existing incident a draft incident is (src/ingest/dedupe.ts): same type and a place in
 * common, with the same date or a sentence already cited; and what folding it in changes.
 */
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/data/schema';
import { findSameIncident, foldIncident } from '../../src/ingest/dedupe';

const source = (quote: string) => ({ outlet: 'Test', title: 'Test', published: '2025-11-21', quote });

function incident(id: string, placeIds: string[], type: Incident['type'], date: string, quotes: string[]): Incident {
  return {
    id,
    type,
    date,
    datePrecision: 'day',
    placeIds,
    ...(placeIds.length > 0 ? { geoPrecision: 'exact' as const } : {}),
    title: `Editor's title for ${id}`,
    summary: 'As the editor wrote it.',
    claims: [],
    sources: quotes.map(source),
  };
}

const curated = incident('kostiantynivka-fighting-2025-11-20', ['kostiantynivka', 'kramatorsk'], 'fighting', '2025-11-20', ['Putin was briefed on Kostiantynivka and Kramatorsk.']);

describe('findSameIncident', () => {
  it('matches a draft at one of the places of an existing incident with the same type and date', () => {
    const draft = incident('kostiantynivka-fighting-2025-11-20', ['kostiantynivka'], 'fighting', '2025-11-20', ['Fighting went on in Kostiantynivka.']);
    expect(findSameIncident(draft, [curated])).toEqual({ index: 0, why: 'place-type-date' });
    const kramatorsk = incident('kramatorsk-fighting-2025-11-20', ['kramatorsk', 'druzhkivka'], 'fighting', '2025-11-20', ['Other words.']);
    expect(findSameIncident(kramatorsk, [curated])).toEqual({ index: 0, why: 'place-type-date' });
  });

  it('keeps apart another date, another type or no place in common', () => {
    const quote = ['Different words.'];
    expect(findSameIncident(incident('a', ['kostiantynivka'], 'fighting', '2025-11-19', quote), [curated])).toBeUndefined();
    expect(findSameIncident(incident('b', ['kostiantynivka'], 'strike', '2025-11-20', quote), [curated])).toBeUndefined();
    expect(findSameIncident(incident('c', ['pokrovsk'], 'fighting', '2025-11-20', quote), [curated])).toBeUndefined();
  });

  it('follows the editor where a sentence is already filed, even under another date', () => {
    const plan = incident('donbas-diplomacy-2025-11-19', ['donbas', 'crimea'], 'diplomacy', '2025-11-19', ['Crimea will be recognised as Russian.']);
    const later = incident('donbas-diplomacy-2025-11-21', ['donbas'], 'diplomacy', '2025-11-21', ['The deal would ask Kyiv to cede Donbas.']);
    const draft = incident('crimea-diplomacy-2025-11-21', ['crimea'], 'diplomacy', '2025-11-21', ['Crimea will be recognised as Russian.']);
    expect(findSameIncident(draft, [plan, later])).toEqual({ index: 0, why: 'quote' });
    // A quote shared with an incident at other places is not the same event ("strikes hit A and B").
    expect(findSameIncident(incident('x', ['kyiv'], 'diplomacy', '2025-11-21', ['Crimea will be recognised as Russian.']), [plan])).toBeUndefined();
  });

  it('matches unlocated incidents only by a shared quote', () => {
    const unlocated = incident('command-post-fighting-2025-11-20', [], 'fighting', '2025-11-20', ['Putin visited a command post.']);
    expect(findSameIncident(incident('y', [], 'fighting', '2025-11-20', ['Something else happened.']), [unlocated])).toBeUndefined();
    expect(findSameIncident(incident('z', [], 'fighting', '2025-11-20', ['Putin  visited a command post.']), [unlocated])).toEqual({ index: 0, why: 'quote' });
  });
});

describe('foldIncident', () => {
  it('unions sources by quote and places, and keeps every field the editor wrote', () => {
    const draft = incident('kostiantynivka-fighting-2025-11-20', ['kostiantynivka', 'druzhkivka'], 'fighting', '2025-11-20', [
      'Putin was briefed on Kostiantynivka and Kramatorsk.',
      'Fighting went on in Kostiantynivka.',
    ]);
    const folded = foldIncident(curated, draft, [curated]);
    expect(folded).toEqual({
      ...curated,
      placeIds: ['kostiantynivka', 'kramatorsk', 'druzhkivka'],
      sources: [...curated.sources, source('Fighting went on in Kostiantynivka.')],
    });
    expect(foldIncident(folded as Incident, draft, [folded as Incident])).toBeUndefined();
  });

  it('leaves a sentence where the editor filed it', () => {
    const plan = incident('donbas-diplomacy-2025-11-19', ['donbas'], 'diplomacy', '2025-11-19', ['According to the plan, Kyiv would give up Donbas.']);
    const later = incident('donbas-diplomacy-2025-11-21', ['donbas'], 'diplomacy', '2025-11-21', ['The deal would ask Kyiv to cede Donbas.']);
    const draft = incident('donbas-diplomacy-2025-11-21', ['donbas'], 'diplomacy', '2025-11-21', ['According to the plan, Kyiv would give up Donbas.', 'The deal would ask Kyiv to cede Donbas.']);
    expect(findSameIncident(draft, [plan, later])?.index).toBe(1);
    expect(foldIncident(later, draft, [plan, later])).toBeUndefined();
  });
});
