import { memoryReplayGuard } from '../src/store/replay-guard.js';
import { round } from './stats.js';

const CAPACITY = 50_000;
const REQUESTS = 200_000;

/**
 * The in-process replay guard's cost per request, in microseconds, while it fills and once it is full: a busy
 * endpoint reaches its 50,000 signatures in minutes and stays there, so the full figure is the one that lasts.
 */
export async function benchReplayGuard(): Promise<{ fillingMicroseconds: number; fullMicroseconds: number }> {
  const guard = memoryReplayGuard({ now: () => 0, capacity: CAPACITY });
  let next = 0;
  const time = async (count: number) => {
    const started = performance.now();
    for (let i = 0; i < count; i += 1) await guard.firstSeen(`signature ${String(next++)}`, 1);
    return round(((performance.now() - started) * 1000) / count, 2);
  };
  const fillingMicroseconds = await time(CAPACITY);
  return { fillingMicroseconds, fullMicroseconds: await time(REQUESTS) };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) console.log(JSON.stringify(await benchReplayGuard()));
