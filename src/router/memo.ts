import { LRUCache } from 'lru-cache';

/** Freezes a plain JSON value all the way down, so a shared reply cannot be changed by whoever sends it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Handlers are pure functions of their input, so the same input always gets the same reply. This keeps the
 * most recently used replies (frozen) by a key that spells out that input, sparing the search and the card
 * building for the questions members ask most. Bounded by count: replies are a few kilobytes each.
 */
export function replyMemo<T extends object>(size: number): (key: string, make: () => T) => T {
  const cache = new LRUCache<string, T>({ max: size });
  return (key, make) => {
    const known = cache.get(key);
    if (known) return known;
    const made = deepFreeze(make());
    cache.set(key, made);
    return made;
  };
}
