/**
 * Returns a function that yields to the event loop once ~20 ms of synchronous work have passed:
 * the store hashes, deflates and writes files synchronously (much cheaper per file than the
 * promise API), and a long commit must not starve timers, sockets or child-process pipes.
 */
export function pacer(sliceMs = 20): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
