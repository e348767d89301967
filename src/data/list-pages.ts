/**
 * The server-rendered incident list at any size: `/` shows the newest HOME_LIST_SIZE, and
 * `/incidents/<n>/` every incident, LIST_PAGE_SIZE a page, so the archive reads without
 * JavaScript and no page carries more than one page of incident text.
 */
export const HOME_LIST_SIZE = 50;
export const LIST_PAGE_SIZE = 100;

export function listPageCount(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.ceil(total / pageSize);
}

/** Page n (1-based) of a list. */
export function listPage<T>(items: readonly T[], page: number, pageSize = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/**
 * The page numbers a page's navigation links to: the first, the last, and `around` pages on
 * each side of the current one; null marks a gap ("…"). 1 2 … 9 10 [11] 12 13 … 2000.
 */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set<number>([1, 2, count - 1, count]);
  for (let n = current - around; n <= current + around; n++) shown.add(n);
  const pages = [...shown].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of pages) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n > last + 1) out.push(null);
    out.push(n);
  }
  return out;
}
