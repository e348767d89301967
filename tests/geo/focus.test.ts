import { describe, expect, it } from 'vitest';
import { firstViewBounds, focusPositions } from '../../src/geo/focus';

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

describe('firstViewBounds', () => {
  it('boxes the focus positions with half a degree around them, leaving the outliers out', () => {
    const [[south, west], [north, east]] = firstViewBounds([kupiansk, pokrovsk, kyiv, zaporizhzhia, washington, limerick])!;
    expect(south).toBeCloseTo(zaporizhzhia[1] - 0.5, 5);
    expect(north).toBeCloseTo(Math.max(kupiansk[1], kyiv[1]) + 0.5, 5);
    expect(west).toBeCloseTo(kyiv[0] - 0.5, 5);
    expect(east).toBeCloseTo(kupiansk[0] + 0.5, 5);
  });

  it('is null without positions', () => {
    expect(firstViewBounds([])).toBeNull();
  });
});
