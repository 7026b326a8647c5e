import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { holdoutFiles, kinds, readQueries, readSealed } from '../../tools/eval/evaluate.js';
import { evalFile as here } from '../support/eval.js';

// The query files' shape and seals. Scoring the tuning sets takes seconds, so it runs apart: test/eval (npm run
// test:eval, and in CI).
const rows = readQueries(here('queries.tsv'));
const app = createApp({ logger: createLogger({ level: 'silent' }) });

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
