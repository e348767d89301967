import { describe, expect, it } from 'vitest';
import { focusPositions } from '../../src/geo/focus';

const kupiansk: [number, number] = [37.61517, 49.71055];
const pokrovsk: [number, number] = [37.17585, 48.28198];
const kyiv: [number, number] = [30.5238, 50.45466];
const zaporizhzhia: [number, number] = [35.19031, 47.82289];
const washington: [number, number] = [-77.03637, 38.89511];
const limerick: [number, number] = [-8.62306, 52.66472];

describe('focusPositions', () => {
  it('leaves far-away outliers out of the first view', () => {
    const focus = focusPositions([kupiansk, pokrovsk, kyiv, zaporizhzhia, washington, limerick]);
    expect(focus).toEqual([kupiansk, pokrovsk, kyiv, zaporizhzhia]);
  });

  it('keeps everything when there is no clear centre', () => {
    const spread: [number, number][] = [kyiv, washington, limerick, [139.69, 35.69]];
    expect(focusPositions(spread)).toHaveLength(4);
  });

  it('keeps one or two positions as they are', () => {
    expect(focusPositions([kyiv, washington])).toEqual([kyiv, washington]);
  });
});
