/**
 * What follows the filter, from the compact atlas's typed columns: the rows that pass, the
 * places that still have some (with their filtered counts) and their clusters, and the counts
 * per type that the chips show. Nothing here makes an object per incident.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { CompactAtlas } from '../../data/compact-atlas';
import { filterIncidentIndices, rowsByType, rowsOfTypes, type IncidentFilter } from '../../data/filters';
import { placeNameOrder, placesOfTypes, placeTypeTotals, typeBits, type PlaceOnMap, type PlaceTypeTotals } from '../../data/place-on-map';
import { mapLayers, type MapLayers } from '../../data/clusters';
import { eachWhenIdle } from './when-idle';
import type { ClientPlace } from '../../data/client-atlas';
import { INCIDENT_TYPES, SETTLEMENT_KINDS, type IncidentType } from '../../data/vocabulary';

export interface AtlasBase {
  placeRow: Map<string, number>;
  knownIds: Set<string>;
  knownParties: Set<string>;
  nameOrder: Uint32Array;
  dateRange: { start: string; end: string } | null;
  dayRange: { start: string; end: string } | null;
}

export interface FilteredPlaces {
  rows: Uint32Array;
  onMap: PlaceOnMap[];
  byRow: Map<number, PlaceOnMap>;
  typeCounts: Record<IncidentType, number>;
  /** Settlements with no incident in the filter, drawn as names for orientation. */
  contextPlaces: ClientPlace[];
  regionIds: Set<string>;
  /** What the map draws: areas on their own, towns clustered when there are many. */
  layers: MapLayers;
}

/** Indexes that depend on the data only. */
export function useAtlasBase(atlas: CompactAtlas | null): AtlasBase | null {
  return useMemo(() => {
    if (!atlas) return null;
    const placeRow = new Map(atlas.places.map((p, i) => [p.id, i]));
    let first = Infinity;
    let last = -Infinity;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    const dayPrecision = 0; // DATE_PRECISIONS[0] === 'day'
    for (let i = 0; i < atlas.length; i++) {
      const d = atlas.date[i];
      if (d < first) first = d;
      if (d > last) last = d;
      if (atlas.precision[i] === dayPrecision) {
        if (d < firstDay) firstDay = d;
        if (d > lastDay) lastDay = d;
      }
    }
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    return {
      placeRow,
      knownIds: new Set(placeRow.keys()),
      knownParties: new Set(atlas.parties),
      nameOrder: placeNameOrder(atlas.places),
      dateRange: first <= last ? { start: iso(first), end: iso(last) } : null,
      // The chart's bars cover the day-precise dates; a season or a year long before is a span at its edge.
      dayRange: firstDay <= lastDay ? { start: iso(firstDay), end: iso(lastDay) } : null,
    };
  }, [atlas]);
}

export function useFilteredPlaces(atlas: CompactAtlas | null, base: AtlasBase | null, filter: IncidentFilter): FilteredPlaces | null {
  // What the filter leaves before its types: walked once per change of dates or parties and kept
  // while only the types change, so a type chip sums per-place totals instead of walking incidents.
  const { from, to, parties, types } = filter;
  const partiesKey = parties.join(',');
  const untyped = useMemo((): Untyped | null => {
    if (!atlas) return null;
    const rows = filterIncidentIndices(atlas, { types: [], from, to, parties: partiesKey ? partiesKey.split(',') : [] });
    const byType = rowsByType(atlas, rows);
    // Type chips count what the other filters leave, so they show what a click would give.
    const typeCounts = Object.fromEntries(INCIDENT_TYPES.map((t, i) => [t, byType[i].length])) as Record<IncidentType, number>;
    return { rows, byType, typeCounts, totals: placeTypeTotals(atlas, rows), ofTypes: new Map() };
  }, [atlas, from, to, partiesKey]);
  const typesKey = types.join(',');
  // Layers redraw when these change: keep the same objects while their contents stay the same.
  const previous = useRef<{ contextPlaces: ClientPlace[]; regionIds: Set<string> } | null>(null);
  const shown = useMemo(() => {
    if (!atlas || !base || !untyped) return null;
    const ofTypes = placesOfTypesCached(atlas, base, untyped, typesKey);
    const last = previous.current;
    const stable = {
      contextPlaces: last && sameItems(last.contextPlaces, ofTypes.contextPlaces) ? last.contextPlaces : ofTypes.contextPlaces,
      regionIds: last && sameItems([...last.regionIds], [...ofTypes.regionIds]) ? last.regionIds : ofTypes.regionIds,
    };
    previous.current = stable;
    return { ...ofTypes, ...stable };
  }, [atlas, base, untyped, typesKey]);

  // While the page is idle, each type chip's places and clusters are made ready, so that a first
  // click on a chip only draws (building the cluster index is most of a filter change).
  useEffect(() => {
    if (!atlas || !base || !untyped) return;
    return eachWhenIdle(INCIDENT_TYPES.map((type) => () => placesOfTypesCached(atlas, base, untyped, type)));
  }, [atlas, base, untyped]);
  return shown;
}

/** The rows, places and counts left by the dates and parties of a filter, and its results per type selection. */
interface Untyped {
  rows: Uint32Array;
  byType: Uint32Array[];
  typeCounts: Record<IncidentType, number>;
  totals: PlaceTypeTotals;
  /** Results by type selection (its key: the types joined), made once each. */
  ofTypes: Map<string, FilteredPlaces>;
}

function placesOfTypesCached(atlas: CompactAtlas, base: AtlasBase, untyped: Untyped, typesKey: string): FilteredPlaces {
  let result = untyped.ofTypes.get(typesKey);
  if (result) return result;
  const chosen = (typesKey ? typesKey.split(',') : []) as IncidentType[];
  // One type (a first chip click) is a list made already; several are picked from the rows in one pass.
  const rows = chosen.length === 1 ? untyped.byType[INCIDENT_TYPES.indexOf(chosen[0])] : rowsOfTypes(atlas, untyped.rows, chosen);
  const onMap = placesOfTypes(atlas, untyped.totals, typeBits(chosen), base.nameOrder);
  const byRow = new Map(onMap.map((p) => [p.index, p]));
  const contextPlaces: ClientPlace[] = [];
  const regionIds = new Set<string>();
  atlas.places.forEach((place, row) => {
    const shown = byRow.has(row);
    if (!shown && SETTLEMENT_KINDS.includes(place.kind)) contextPlaces.push(place);
    if (shown && place.kind === 'region') regionIds.add(place.id);
  });
  result = { rows, onMap, byRow, typeCounts: untyped.typeCounts, contextPlaces, regionIds, layers: mapLayers(onMap) };
  untyped.ofTypes.set(typesKey, result);
  return result;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
