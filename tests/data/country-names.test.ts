import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/data/country-names';

describe('countryName', () => {
  it('names parties and countries in English', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('UA')).toBe('Ukraine');
    expect(countryName('GB')).toBe('United Kingdom');
  });

  it('shows a code it cannot name as given', () => {
    expect(countryName('not a code')).toBe('not a code');
  });
});
