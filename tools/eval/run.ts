/**
 * npm run eval: every query through the same search the bot uses. The tuning set (queries.tsv) is printed per
 * kind with each failure and the rule that decided it; each sealed holdout (holdout.tsv, then holdout-2.tsv, each
 * written before a round of changes and never tuned on) prints its scores only (per kind, never a row). Exits 1 on any confident wrong card, missed
 * emergency or crisis, or false alarm, in either set.
 */
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { createSafetyPass } from '../../src/safety/safety.js';
import { createSearch } from '../../src/search/search.js';
import { failuresThatMatter, kinds, readQueries, readSealed, tally, type Tally } from './evaluate.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const search = createSearch(loadCatalogue(), createSafetyPass());
const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const columns = ['right', 'did-you-mean', 'no-match', 'wrong', 'missed', 'false-alarm'] as const;
const heading = `${'kind'.padEnd(14)}${'total'.padStart(6)}${['right', 'ask', 'none', 'WRONG', 'MISSED', 'ALARM'].map((c) => c.padStart(8)).join('')}`;
const line = (label: string, t: Tally) =>
  `${label.padEnd(14)}${String(t.total).padStart(6)}${columns.map((c) => String(t.outcomes[c]).padStart(8)).join('')}`;

let failed = false;
const sets = [
  { name: 'tuning set (queries.tsv)', rows: readQueries(here('queries.tsv')), sealed: false },
  ...['holdout.tsv', 'holdout-2.tsv'].map((file) => ({
    name: `sealed holdout (${file})`,
    rows: readSealed(here(file), here(file.replace(/\.tsv$/, '.sha256'))),
    sealed: true,
  })),
];
for (const { name, rows, sealed } of sets) {
  const { byKind, all, failures } = tally(rows, (query) => search.lookup(query));
  const bad = failuresThatMatter.reduce((sum, outcome) => sum + all.outcomes[outcome], 0);
  console.log(`\n${name}: ${String(all.total)} queries, ${percent(all.outcomes.right, all.total)} right`);
  console.log(heading);
  // A holdout shows scores per kind, never its rows or failures: reading those would be tuning on them.
  for (const kind of kinds) if ((byKind.get(kind)?.total ?? 0) > 0) console.log(line(kind, byKind.get(kind) ?? all));
  console.log(line('all', all));
  if (!sealed) for (const failure of failures) console.log(`  ${failure}`);
  if (bad > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
