import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { kinds, readQueries, readSealed, tally } from '../../tools/eval/evaluate.js';

const here = (name: string) => fileURLToPath(new URL(`../../tools/eval/${name}`, import.meta.url));
const rows = readQueries(here('queries.tsv'));
/** As the bot reads an English-speaking member's query: the English catalogue first, every language's safety words. */
const { search } = createApp({ logger: createLogger({ level: 'silent' }) });

describe('npm run eval: the tuning set', () => {
  const { all, failures } = tally(rows, (query) => search.lookup(query));

  it('gives no confident card for the wrong cause, misses no emergency or crisis, and raises no false alarm', () => {
    expect(failures.filter((line) => /^(wrong|missed|false-alarm)/.test(line))).toEqual([]);
  });

  it('gets at least 95% right', () => {
    expect(all.outcomes.right / all.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the query files', () => {
  it('hold every kind of query', () => {
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(kinds));
  });

  it('refuse a sealed holdout edited after it was sealed', () => {
    expect(readSealed(here('holdout.tsv'), here('holdout.sha256')).length).toBeGreaterThanOrEqual(100);
    expect(() => readSealed(here('queries.tsv'), here('holdout.sha256'))).toThrow(/edited after it was sealed/);
  });
});

describe.each(
  createApp({ logger: createLogger({ level: 'silent' }) })
    .languages.all.slice(1)
    .map((language) => ({ code: language.catalogue.locale.code, language })),
)('npm run eval in $code', ({ code, language }) => {
  const languageRows = readQueries(here(`languages/${code}.queries.tsv`));
  const { all, failures } = tally(languageRows, (query) => language.search.lookup(query));

  it('gives no confident wrong card, misses no emergency or crisis, and raises no false alarm on the tuning set', () => {
    expect(failures.filter((line) => /^(wrong|missed|false-alarm)/.test(line))).toEqual([]);
  });

  it('gets at least 95% of the tuning set right', () => {
    expect(all.outcomes.right / all.total).toBeGreaterThanOrEqual(0.95);
  });

  it('has a sealed holdout, refused once edited', () => {
    const file = here(`languages/${code}.holdout.tsv`);
    expect(readSealed(file, file.replace(/\.tsv$/, '.sha256')).length).toBeGreaterThanOrEqual(30);
    expect(() => readSealed(here(`languages/${code}.queries.tsv`), file.replace(/\.tsv$/, '.sha256'))).toThrow(
      /edited after it was sealed/,
    );
  });
});
