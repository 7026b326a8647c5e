/**
 * npm run eval: every query through the same search the bot uses. The tuning set (queries.tsv) is printed per
 * kind with each failure and the rule that decided it; each sealed holdout (holdout.tsv, holdout-2.tsv and on, each
 * written before a round of changes and never tuned on) prints its scores only (per kind, never a row). Each
 * language with a catalogue has its own in languages/ (<code>.queries.tsv, <code>.holdout.tsv and on), read as a
 * member whose Discord is in that language would be answered. Exits 1 on any confident wrong card, missed
 * emergency or crisis, or false alarm, in any set.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogues } from '../../src/catalogue/catalogue.js';
import { loadLanguageFiles } from '../../src/catalogue/languages.js';
import { createLanguages } from '../../src/search/languages.js';
import { failuresThatMatter, holdoutFiles, kinds, readQueries, readSealed, tally, type Row, type Tally } from './evaluate.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const files = loadLanguageFiles();
const languages = createLanguages(loadCatalogues(files), files);
const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const columns = ['right', 'did-you-mean', 'no-match', 'wrong', 'missed', 'false-alarm'] as const;
const heading = `${'kind'.padEnd(14)}${'total'.padStart(6)}${['right', 'ask', 'none', 'WRONG', 'MISSED', 'ALARM'].map((c) => c.padStart(8)).join('')}`;
const line = (label: string, t: Tally) =>
  `${label.padEnd(14)}${String(t.total).padStart(6)}${columns.map((c) => String(t.outcomes[c]).padStart(8)).join('')}`;

interface EvalSet {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly sealed: boolean;
  /** The Discord locale the queries are asked from. */
  readonly locale: string;
}

const sealed = (path: string, label: string, locale: string): EvalSet => ({
  name: `${label}sealed holdout (${relative(here('.'), path)})`,
  rows: readSealed(path, path.replace(/\.tsv$/, '.sha256')),
  sealed: true,
  locale,
});
const sets: EvalSet[] = [
  { name: 'tuning set (queries.tsv)', rows: readQueries(here('queries.tsv')), sealed: false, locale: 'en-US' },
  ...holdoutFiles(here('.')).map((path) => sealed(path, '', 'en-US')),
];
for (const { catalogue } of languages.all.slice(1)) {
  const { code, locales } = catalogue.locale;
  const locale = locales[0] ?? code;
  const tuning = `languages/${code}.queries.tsv`;
  if (existsSync(here(tuning)))
    sets.push({ name: `${code} tuning set (${tuning})`, rows: readQueries(here(tuning)), sealed: false, locale });
  for (const path of holdoutFiles(here('languages'), `${code}.`)) sets.push(sealed(path, `${code} `, locale));
}

const only = process.argv[2];
let failed = false;
for (const { name, rows, sealed: isSealed, locale } of sets) {
  if (only && !name.startsWith(only)) continue;
  const { search } = languages.pick(locale);
  const { byKind, all, failures } = tally(rows, (query) => search.lookup(query));
  const bad = failuresThatMatter.reduce((sum, outcome) => sum + all.outcomes[outcome], 0);
  console.log(`\n${name}: ${String(all.total)} queries, ${percent(all.outcomes.right, all.total)} right`);
  console.log(heading);
  // A holdout shows scores per kind, never its rows or failures: reading those would be tuning on them.
  for (const kind of kinds) if ((byKind.get(kind)?.total ?? 0) > 0) console.log(line(kind, byKind.get(kind) ?? all));
  console.log(line('all', all));
  if (!isSealed) for (const failure of failures) console.log(`  ${failure}`);
  if (bad > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
