/**
 * The recall round (docs/ingest-accuracy.md): kinds of missed site seen on reports no rule was
 * written from (122–151), written as mechanisms. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';

const ingest = ingestOnFixtureGazetteer();
const sites = (text: string, published = '2023-07-06') => siteLabels(ingest(text, published));

describe('a capitalized word joined to a participle qualifies the place after it', () => {
  it.each([
    ['Explosions were heard in Russian-occupied Dokuchaievsk on Tuesday evening, local residents said.', 'Dokuchaievsk'],
    ['A drone struck Ukrainian-held Vasylivka overnight, killing one man.', 'Vasylivka'],
    ['Shelling hit Russian-controlled Oleshky on Monday, damaging a school.', 'Oleshky'],
  ])('%s', (text, name) => {
    expect(sites(text).some((l) => l.startsWith(name))).toBe(true);
  });

  it('a place whose own name is hyphenated stays whole', () => {
    expect(sites('A drone hit an oil depot in Rostov-on-Don overnight, the governor said.').some((l) => l.startsWith('Rostov-na-Donu') || l.startsWith('Rostov'))).toBe(true);
  });
});
