import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { holdoutFiles, kinds, readQueries, readSealed, tally } from '../../tools/eval/evaluate.js';

const here = (name: string) => fileURLToPath(new URL(`../../tools/eval/${name}`, import.meta.url));
const rows = readQueries(here('queries.tsv'));
const app = createApp({ logger: createLogger({ level: 'silent' }) });

/**
 * Each set is scored by the first test that asks, not while the file is collected: Vitest starts first the files
 * whose tests took longest last time, and work done during collection would leave this file last, running alone.
 */
function scoredOnce(score: () => ReturnType<typeof tally>): () => ReturnType<typeof tally> {
  let scored: ReturnType<typeof tally> | undefined;
  return () => (scored ??= score());
}

/** Each language's tuning set, read as a member with that Discord language: its catalogue first, every language's safety words. */
describe.each(
  app.languages.all.map((language, at) => {
    const { code } = language.catalogue.locale;
    return { code, language, file: at === 0 ? 'queries.tsv' : `languages/${code}.queries.tsv` };
  }),
)('npm run eval: the $code tuning set ($file)', ({ language, file }) => {
  const scored = scoredOnce(() => tally(readQueries(here(file)), (query) => language.search.lookup(query)));

  it('gives no confident card for the wrong cause, misses no emergency or crisis, and raises no false alarm', () => {
    expect(scored().failures.filter((line) => /^(wrong|missed|false-alarm)/.test(line))).toEqual([]);
  });

  it('gets at least 95% right', () => {
    const { all } = scored();
    expect(all.outcomes.right / all.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the query files', () => {
  it('hold every kind of query', () => {
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(kinds));
  });

  it('refuse a sealed holdout edited after it was sealed', () => {
    const files = holdoutFiles(here('.'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect(readSealed(file, file.replace(/\.tsv$/, '.sha256')).length).toBeGreaterThanOrEqual(30);
    expect(() => readSealed(here('queries.tsv'), here('holdout.sha256'))).toThrow(/edited after it was sealed/);
  });
});

describe.each(app.languages.all.slice(1).map((language) => language.catalogue.locale.code))('npm run eval in %s', (code) => {
  it('has sealed holdouts, each refused once edited', () => {
    const files = holdoutFiles(here('languages'), `${code}.`);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(readSealed(file, file.replace(/\.tsv$/, '.sha256')).length).toBeGreaterThanOrEqual(25);
    expect(() => readSealed(here(`languages/${code}.queries.tsv`), here(`languages/${code}.holdout.sha256`))).toThrow(
      /edited after it was sealed/,
    );
  });
});
