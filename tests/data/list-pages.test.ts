import { describe, expect, it } from 'vitest';
import { listPage, listPageCount, pageWindow } from '../../src/data/list-pages';

describe('list pages', () => {
  it('cuts a list into pages of 100, the last one short', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(listPageCount(items.length)).toBe(3);
    expect(listPageCount(0)).toBe(0);
    expect(listPage(items, 1)[0]).toBe(0);
    expect(listPage(items, 3)).toEqual(items.slice(200));
    expect(listPage(items, 4)).toEqual([]);
  });

  it('links the first, the last and the pages around the current one, with gaps', () => {
    expect(pageWindow(11, 2000)).toEqual([1, 2, null, 9, 10, 11, 12, 13, null, 1999, 2000]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(2, 9)).toEqual([1, 2, 3, 4, null, 8, 9]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
