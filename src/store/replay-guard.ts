/**
 * Remembers the signatures of requests already answered, so a captured request sent again is refused. Each
 * entry is kept until its *signed* time leaves the accepted window, so a request signed up to the window
 * ahead cannot be replayed once the arrival-time entry would have expired.
 */
export interface ReplayGuard {
  /** True the first time a signature is seen; false for a replay. `validUntil` is when its timestamp stops being accepted. */
  firstSeen(signature: string, validUntil: number): Promise<boolean>;
}

/** Memory bound for the in-process guard: past it the oldest entries go, and the timestamp window still applies. */
const MAX_REMEMBERED = 50_000;
/** Expired entries are swept after this many new ones, so the sweep costs a few steps per request on average. */
const SWEEP_EVERY = 1_000;

/** The guard for one instance; several instances share one through the database instead. */
export function memoryReplayGuard(now: () => number = Date.now): ReplayGuard {
  const seen = new Map<string, number>();
  let sinceSweep = 0;
  return {
    firstSeen(signature, validUntil) {
      if (seen.has(signature)) return Promise.resolve(false);
      seen.set(signature, validUntil);
      if (seen.size > MAX_REMEMBERED) seen.delete(seen.keys().next().value ?? '');
      sinceSweep += 1;
      if (sinceSweep >= SWEEP_EVERY) {
        sinceSweep = 0;
        const at = now();
        for (const [old, until] of seen) if (until <= at) seen.delete(old);
      }
      return Promise.resolve(true);
    },
  };
}
