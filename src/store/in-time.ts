/**
 * `work`'s result if it settles within `ms`, else `fallback` at that moment (the work itself goes on and may
 * still land). The timer is cleared as soon as the work settles, so nothing lingers after a fast answer.
 */
export function inTime<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
