/**
 * `value`, a task late after it changes: what is drawn from it (the chart, the list) follows in a
 * task of its own, after the map and the counts of a filter change are painted. React's
 * useDeferredValue does this; Preact's compat returns the value as it is.
 */
import { useEffect, useState } from 'react';

export function useDeferred<T>(value: T): T {
  const [deferred, setDeferred] = useState(value);
  useEffect(() => {
    if (Object.is(deferred, value)) return;
    const timer = setTimeout(() => setDeferred(value), 0);
    return () => clearTimeout(timer);
  }, [value, deferred]);
  return deferred;
}
