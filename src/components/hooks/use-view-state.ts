/** The open place and the filter, kept in the address bar: read at start and on back/forward. */
import { useCallback, useEffect, useState } from 'react';
import { EMPTY_FILTER, readViewState, writeViewState, type ViewState } from '../../data/url-state';

export function useViewState(
  knownIds: ReadonlySet<string> | null,
  knownParties: ReadonlySet<string> | null,
): [ViewState, (next: Partial<ViewState>) => void] {
  const [view, setView] = useState<ViewState>({ place: null, filter: EMPTY_FILTER });
  useEffect(() => {
    if (!knownIds || !knownParties) return;
    const sync = () => setView(readViewState(window.location.search, knownIds, knownParties));
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [knownIds, knownParties]);

  const navigate = useCallback((next: Partial<ViewState>) => {
    const search = writeViewState(window.location.search, next);
    if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
    setView((current) => ({ ...current, ...next }));
  }, []);
  return [view, navigate];
}
