import { describe, expect, it } from 'vitest';
import { LABEL_GAP_PX, LABEL_INSET_PX, labelBox, markerBox, overlaps, visibleLabels } from '../../src/geo/labels';

describe('label boxes', () => {
  it('puts a marker centred on its point and its name right of it, vertically centred, both inset', () => {
    expect(markerBox(100, 50, 20)).toEqual({ left: 93, top: 43, right: 107, bottom: 57 });
    const label = labelBox(100, 50, 20, 60, 15);
    expect(label.left).toBe(100 + 10 + LABEL_GAP_PX + LABEL_INSET_PX);
    expect(label.right).toBe(100 + 10 + LABEL_GAP_PX + 60 - LABEL_INSET_PX);
    expect(label.top).toBe(50 - 7.5 + LABEL_INSET_PX);
    expect(label.bottom).toBe(50 + 7.5 - LABEL_INSET_PX);
  });

  it('counts boxes that only touch (within the inset) as apart', () => {
    expect(overlaps(markerBox(0, 0, 20), markerBox(14, 0, 20))).toBe(false);
    expect(overlaps(markerBox(0, 0, 20), markerBox(13, 0, 20))).toBe(true);
  });
});

describe('visibleLabels', () => {
  const town = (x: number, y: number, nameWidth: number | null) => ({
    marker: markerBox(x, y, 20),
    label: nameWidth === null ? null : labelBox(x, y, 20, nameWidth, 15),
  });

  it('shows every name when nothing crowds', () => {
    expect(visibleLabels([town(0, 0, 50), town(0, 100, 50), town(200, 0, 80)])).toEqual([true, true, true]);
  });

  it('hides the later name that would cover an earlier name or marker, never the earlier one', () => {
    // The second town sits just below the first: its name would cover the first name.
    expect(visibleLabels([town(0, 0, 60), town(0, 8, 60)])).toEqual([true, false]);
    // Order is priority: the same two towns the other way round keep the other name.
    expect(visibleLabels([town(0, 8, 60), town(0, 0, 60)])).toEqual([true, false]);
    // A name running over an earlier town's marker gives way.
    expect(visibleLabels([town(40, 0, null), town(0, 0, 80)])).toEqual([false, false]);
  });

  it('lets an earlier name cover a later marker: the more telling place keeps its name', () => {
    expect(visibleLabels([town(0, 0, 80), town(40, 0, 30)])).toEqual([true, false]);
  });

  it('hides no name because of a name that was itself hidden', () => {
    // B's name would cover A's and is hidden; C's name overlaps only where B's would have been.
    const a = town(0, 0, 60);
    const b = town(0, 8, 60);
    const c = town(0, 16, 60);
    expect(visibleLabels([a, b, c])).toEqual([true, false, true]);
  });

  it('never shows two names that overlap, over many crowded towns', () => {
    const towns = Array.from({ length: 300 }, (_, i) => town((i * 37) % 400, (i * 53) % 300, 30 + ((i * 7) % 70)));
    const shown = visibleLabels(towns);
    const labels = towns.filter((_, i) => shown[i]).map((t) => t.label!);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThan(300);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i], labels[j])).toBe(false);
  });
});
