/**
 * The map's state as it lives in the address bar, so a copied link reproduces the view:
 * the open place and the filter. Values are looked up against the data, never echoed.
 */
import { readFilter, writeFilter, EMPTY_FILTER, type IncidentFilter } from './filters';

export interface ViewState {
  /** Gazetteer id of the open place, if it exists in the data. */
  place: string | null;
  filter: IncidentFilter;
}

export function readViewState(
  search: string,
  knownPlaceIds: ReadonlySet<string>,
  knownParties?: ReadonlySet<string>,
): ViewState {
  const params = new URLSearchParams(search);
  const place = params.get('place');
  return {
    place: place !== null && knownPlaceIds.has(place) ? place : null,
    filter: readFilter(search, knownParties),
  };
}

/** The query string for `state` ('' or starting with '?'), keeping parameters this module does not own. */
export function writeViewState(search: string, state: Partial<ViewState>): string {
  const params = new URLSearchParams(search);
  if (state.place !== undefined) {
    if (state.place) params.set('place', state.place);
    else params.delete('place');
  }
  const withPlace = params.toString();
  return writeFilter(withPlace ? `?${withPlace}` : '', state.filter ?? readFilter(search));
}

export { EMPTY_FILTER };
