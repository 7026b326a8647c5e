import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/search/languages.js';
import { readQueries, tally } from '../../tools/eval/evaluate.js';

/** A path under tools/eval. */
export const evalFile = (name: string) => fileURLToPath(new URL(`../../tools/eval/${name}`, import.meta.url));

/**
 * The goals one tuning set is held to, read as a member whose Discord is in its language. The set is scored by the
 * first test that asks, not while the file is collected: Vitest starts first the files whose tests took longest last
 * time, and work done during collection would leave that file last, running alone.
 */
export function describeTuningSet(code: string, language: Language, file: string): void {
  describe(`npm run eval: the ${code} tuning set (${file})`, () => {
    let scored: ReturnType<typeof tally> | undefined;
    const score = () => (scored ??= tally(readQueries(evalFile(file)), (query) => language.search.lookup(query)));

    it('gives no confident card for the wrong cause, misses no emergency or crisis, and raises no false alarm', () => {
      expect(score().failures.filter((line) => /^(wrong|missed|false-alarm)/.test(line))).toEqual([]);
    });

    it('gets at least 95% right', () => {
      const { all } = score();
      expect(all.outcomes.right / all.total).toBeGreaterThanOrEqual(0.95);
    });
  });
}
