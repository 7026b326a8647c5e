/**
 * npm run eval: every query in tools/eval/queries.tsv through the same triage the bot uses, per kind:
 * right, did-you-mean, no match, confident wrong, and how many urgent queries got their advice first.
 * Reports the tuning rows and the holdout apart. Exits 1 on any confident wrong answer or missed advice.
 */
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { createTriage } from '../../src/search/triage.js';
import { kinds, readQueries, tally, type Tally } from './evaluate.js';

const rows = readQueries(fileURLToPath(new URL('queries.tsv', import.meta.url)));
const triage = createTriage(loadCatalogue());
const verbose = process.argv.includes('--verbose');
const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const line = (label: string, t: Tally) =>
  `${label.padEnd(14)}${String(t.total).padStart(6)}${String(t.outcomes.right).padStart(7)}${String(t.outcomes['did-you-mean']).padStart(8)}` +
  `${String(t.outcomes['no-match']).padStart(7)}${String(t.outcomes.wrong).padStart(7)}   ${t.urgent ? `${String(t.urgentAnswered)}/${String(t.urgent)}` : ''}`;

let failed = false;
for (const [name, subset] of [
  ['tuning set', rows.filter((row) => !row.holdout)],
  ['holdout', rows.filter((row) => row.holdout)],
] as const) {
  const { byKind, all, failures } = tally(subset, (query) => triage.lookup(query));
  console.log(`\n${name}: ${String(all.total)} queries, ${percent(all.outcomes.right, all.total)} right`);
  console.log(
    `${'kind'.padEnd(14)}${'total'.padStart(6)}${'right'.padStart(7)}${'did-you'.padStart(8)}${'none'.padStart(7)}${'WRONG'.padStart(7)}   urgent advice first`,
  );
  for (const kind of kinds) console.log(line(kind, byKind.get(kind) ?? all));
  console.log(line('all', all));
  if (verbose) for (const failure of failures) console.log(`  ${failure}`);
  if (all.outcomes.wrong > 0 || all.urgentAnswered < all.urgent) failed = true;
}
process.exitCode = failed ? 1 : 0;
