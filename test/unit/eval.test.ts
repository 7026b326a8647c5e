import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { createSafetyPass } from '../../src/safety/safety.js';
import { createSearch } from '../../src/search/search.js';
import { kinds, readQueries, readSealed, tally } from '../../tools/eval/evaluate.js';

const here = (name: string) => fileURLToPath(new URL(`../../tools/eval/${name}`, import.meta.url));
const rows = readQueries(here('queries.tsv'));
const search = createSearch(loadCatalogue(), createSafetyPass());

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
