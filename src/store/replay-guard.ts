/**
 * Remembers the signatures of requests already answered, so a captured request sent again is refused. Each
 * entry is kept until its *signed* time leaves the accepted window, so a request signed up to the window
 * ahead cannot be replayed once the arrival-time entry would have expired.
 */
export interface ReplayGuard {
  /** True the first time a signature is seen; false for a replay. `validUntil` is when its timestamp stops being accepted. */
  firstSeen(signature: string, validUntil: number): Promise<boolean>;
}

/**
 * Memory bound for the in-process guard: past it the oldest entries go, and a request no newer than the last one
 * forgotten is refused, since it could be a replay of it.
 */
const MAX_REMEMBERED = 50_000;

export interface MemoryReplayGuardOptions {
  now?: () => number;
  /** How many signatures it holds at most. */
  capacity?: number;
}

/**
 * The guard for one instance; several instances share one through the database instead. Signatures sit in a
 * ring in arrival order, which is about the order they expire, so expired ones are dropped from the oldest end
 * as new ones come: constant work per request, where sweeping or evicting through the set's own order costs
 * more the longer it has been full (a JavaScript Map walks past every entry deleted since it last compacted).
 */
export function memoryReplayGuard(options: MemoryReplayGuardOptions = {}): ReplayGuard {
  const now = options.now ?? Date.now;
  const capacity = options.capacity ?? MAX_REMEMBERED;
  const seen = new Set<string>();
  // Grown as signatures arrive (a program that never serves HTTP never fills it), then reused in a circle.
  const ring: string[] = [];
  const expiries: number[] = [];
  let oldest = 0;
  let count = 0;
  /** The latest expiry among entries dropped before they expired: anything expiring by then cannot be told apart. */
  let forgottenUntil = 0;
  const dropOldest = () => {
    seen.delete(ring[oldest] ?? '');
    ring[oldest] = '';
    oldest = (oldest + 1) % capacity;
    count -= 1;
  };
  return {
    firstSeen(signature, validUntil) {
      const at = now();
      // One entry signed further ahead than those behind it holds them a little longer; the capacity bounds that.
      while (count > 0 && (expiries[oldest] ?? Infinity) <= at) dropOldest();
      if (seen.has(signature) || validUntil <= forgottenUntil) return Promise.resolve(false);
      if (count === capacity) {
        forgottenUntil = Math.max(forgottenUntil, expiries[oldest] ?? 0);
        dropOldest();
      }
      const slot = (oldest + count) % capacity;
      ring[slot] = signature;
      expiries[slot] = validUntil;
      seen.add(signature);
      count += 1;
      return Promise.resolve(true);
    },
  };
}
