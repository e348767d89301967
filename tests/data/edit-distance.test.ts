import { describe, expect, it } from 'vitest';
import { boundedDistance, editDistance } from '../../src/data/edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'kyiv')).toBe(4);
    expect(editDistance('kharkiv', 'kharkiv')).toBe(0);
    expect(editDistance('dnepr', 'dnipro')).toBe(2);
  });

  it('counts a swap of two neighbours as one edit (optimal string alignment)', () => {
    expect(editDistance('pokrovks', 'pokrovsk')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA does not edit a swapped pair again
  });

  it('is what boundedDistance gives when the bound is not reached, and bound + 1 when it is', () => {
    const pairs: [string, string][] = [['kupiansk', 'kupyansk'], ['vuhledar', 'vugledar'], ['horlivka', 'gorlovka'], ['abcdef', 'uvwxyz']];
    for (const [a, b] of pairs) {
      const d = editDistance(a, b);
      expect(boundedDistance(a, b, d)).toBe(d);
      if (d > 0) expect(boundedDistance(a, b, d - 1)).toBe(d);
    }
  });
});
