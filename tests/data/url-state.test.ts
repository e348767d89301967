import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState, EMPTY_FILTER } from '../../src/data/url-state';

const known = new Set(['kupiansk', 'kyiv']);

describe('view state in the URL', () => {
  it('reads a known place and ignores unknown or hostile ones', () => {
    expect(readViewState('?place=kupiansk', known).place).toBe('kupiansk');
    expect(readViewState('?place=nowhere', known).place).toBeNull();
    expect(readViewState('?place=%3Cscript%3E', known).place).toBeNull();
    expect(readViewState('', known)).toEqual({ place: null, filter: EMPTY_FILTER });
  });

  it('reads the filter next to the place', () => {
    const state = readViewState('?place=kyiv&type=strike,diplomacy,bogus&from=2025-11-20', known);
    expect(state.place).toBe('kyiv');
    expect(state.filter).toEqual({ types: ['strike', 'diplomacy'], from: '2025-11-20', to: null, parties: [] });
  });

  it('writes the place and the filter, keeping what it does not own', () => {
    expect(writeViewState('?type=strike', { place: 'kyiv' })).toBe('?place=kyiv&type=strike');
    expect(writeViewState('?type=strike&place=kyiv', { place: null })).toBe('?type=strike');
    expect(writeViewState('?utm=x', { place: null, filter: { ...EMPTY_FILTER, types: ['hybrid'] } })).toBe('?utm=x&type=hybrid');
    expect(writeViewState('', { place: null })).toBe('');
  });

  it('round-trips: a written state reads back the same', () => {
    const state = { place: 'kupiansk', filter: { types: ['control-claim' as const], from: '2025-11-01', to: '2025-11-30', parties: ['RU'] } };
    expect(readViewState(writeViewState('', state), known, new Set(['RU', 'UA']))).toEqual(state);
  });
});
