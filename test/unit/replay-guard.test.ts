import { describe, expect, it } from 'vitest';
import { memoryReplayGuard } from '../../src/store/replay-guard.js';

describe('the in-process replay guard', () => {
  it('refuses a signature the second time, however many others came between', async () => {
    const guard = memoryReplayGuard({ now: () => 0 });
    expect(await guard.firstSeen('a', 1_000)).toBe(true);
    for (let i = 0; i < 1_000; i += 1) await guard.firstSeen(`other ${i}`, 1_000);
    expect(await guard.firstSeen('a', 1_000)).toBe(false);
  });

  it('forgets a signature once its timestamp has left the accepted window, and not before', async () => {
    let clock = 0;
    const guard = memoryReplayGuard({ now: () => clock });
    await guard.firstSeen('a', 1_000);
    clock = 999;
    expect(await guard.firstSeen('a', 1_000)).toBe(false);
    clock = 1_000;
    expect(await guard.firstSeen('a', 2_000)).toBe(true);
  });

  it('when full, lets the oldest go, and refuses what could be a replay of it (found after 50,000 newer requests)', async () => {
    const guard = memoryReplayGuard({ now: () => 0, capacity: 3 });
    for (const signature of ['a', 'b', 'c', 'd']) expect(await guard.firstSeen(signature, 1_000)).toBe(true);
    expect(await guard.firstSeen('b', 1_000)).toBe(false);
    expect(await guard.firstSeen('d', 1_000)).toBe(false);
    // "a" was forgotten to make room: sent again it is refused, as is anything signed no later.
    expect(await guard.firstSeen('a', 1_000)).toBe(false);
    expect(await guard.firstSeen('e', 1_000)).toBe(false);
    // A request signed later than anything forgotten is told apart as before.
    expect(await guard.firstSeen('f', 2_000)).toBe(true);
  });

  it('keeps working past many times its capacity, expiring and evicting as it goes', async () => {
    let clock = 0;
    const guard = memoryReplayGuard({ now: () => clock, capacity: 100 });
    for (let i = 0; i < 2_000; i += 1) {
      clock = i;
      expect(await guard.firstSeen(`s${i}`, i + 50)).toBe(true);
      expect(await guard.firstSeen(`s${i - 10}`, i + 50)).toBe(i < 10);
    }
  });
});
