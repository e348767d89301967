import distance from '@turf/distance';

/** Places farther than this from the median of all incident places don't steer the first view. */
export const FOCUS_RADIUS_KM = 1500;

/**
 * The positions the first view should be fitted to: those near the median position, so that one
 * briefing in Washington does not zoom the war out to a view of the Atlantic. Falls back to all
 * positions when the data has no clear centre (fewer than half of them near the median).
 */
export function focusPositions(positions: readonly [number, number][], radiusKm = FOCUS_RADIUS_KM): [number, number][] {
  if (positions.length <= 2) return [...positions];
  const median: [number, number] = [medianOf(positions.map((p) => p[0])), medianOf(positions.map((p) => p[1]))];
  const near = positions.filter((p) => distance(median, p, { units: 'kilometers' }) <= radiusKm);
  return near.length * 2 >= positions.length ? near : [...positions];
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
