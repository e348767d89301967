/**
 * Runs `task` once the page is idle, or after `timeout` ms at the latest (a page still loading
 * gets no idle time for a while); returns a cancel. Where there is no requestIdleCallback
 * (Safari), it runs after a short delay.
 */
export function whenIdle(task: () => void, timeout = 250): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 100);
  return () => window.clearTimeout(handle);
}

/** Runs the tasks one per idle moment, in order; returns a cancel for those not yet run. */
export function eachWhenIdle(tasks: readonly (() => void)[]): () => void {
  let cancelled = false;
  let cancel = () => {};
  const run = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    cancel = whenIdle(() => {
      tasks[i]();
      run(i + 1);
    });
  };
  run(0);
  return () => {
    cancelled = true;
    cancel();
  };
}
