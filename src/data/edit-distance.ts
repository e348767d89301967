/**
 * Edit distance between two keys: the one home for search-as-you-type (src/data/search.ts) and
 * the ingest resolver's sanity check (src/data/place-keys.ts). Optimal string alignment: a swap
 * of two neighbours is one edit, the commonest typo ("Pokrovks").
 */

/**
 * The distance, or `max + 1` as soon as it must exceed `max`. Three reused rows: this runs over
 * thousands of keys per keystroke, and allocating rows each time made it the slowest step by far.
 */
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < d) d = prev2[j - 2] + 1;
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[b.length], max + 1);
}

/** The distance without a bound. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Number.MAX_SAFE_INTEGER - 1);
}
