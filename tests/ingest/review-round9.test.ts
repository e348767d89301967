/**
 * Review of the ninth round of ingest rules: each case is a sentence a reporter might write that a
 * round-nine rule read wrongly. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { inPlaceSlot, unresolvedNames } from '../../src/ingest/toponyms';

describe('a name stands in a place’s slot before a district only when the district is named', () => {
  it('"in the same district" names no district', () => {
    const text = 'Officials said Petrov in the same district was detained.';
    const start = text.indexOf('Petrov');
    expect(inPlaceSlot(text, start, start + 'Petrov'.length)).toBe(false);
    expect(unresolvedNames(text, [])).not.toContain('Petrov');
  });

  it('"in the Belovsky district" still does', () => {
    const text = 'Shelling hit Dolgye Bumy in the Belovsky district.';
    const start = text.indexOf('Dolgye');
    expect(inPlaceSlot(text, start, start + 'Dolgye Bumy'.length)).toBe(true);
  });
});
