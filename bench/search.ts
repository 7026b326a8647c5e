import { loadCatalogue, type Catalogue } from '../src/catalogue/catalogue.js';
import { createSearch } from '../src/search/search.js';
import { createSafetyPass } from '../src/safety/safety.js';
import { QUERY_MAX_LENGTH } from '../src/search/query.js';
import { generatedCatalogue } from './generated-catalogue.js';
import { round, summarize } from './stats.js';

/** What members type, keystroke by keystroke for autocomplete and whole for lookups. */
const typedQueries = [
  'blood clot',
  'charlie horse',
  'dvt',
  'thrombosis',
  'water pills',
  'calf pain when I walk',
  'hypothyriodism',
  'magnesium',
  'sore legs at night',
  'xyzzy',
];
/** What a member who describes more than a symptom writes: the option's longest, read whole by the safety pass. */
const longQueries = Array.from({ length: 10 }, (_, i) =>
  `my calves cramp every night after work ${String(i)}, sometimes my feet tingle, i walk a lot and drink water. `
    .repeat(12)
    .slice(0, QUERY_MAX_LENGTH),
);
const keystrokes = typedQueries.flatMap((query) => Array.from({ length: query.length + 1 }, (_, i) => query.slice(0, i)));

function time(runs: number, inputs: readonly string[], work: (input: string) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    for (const input of inputs) {
      const started = process.hrtime.bigint();
      work(input);
      samples.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
  return samples;
}

export interface SearchFigures {
  catalogue: string;
  causes: number;
  indexBuildMs: number;
  autocomplete: { p50: number; p99: number; n: number };
  lookup: { p50: number; p99: number; n: number };
  /** Lookups of queries at the option's longest (1,000 characters). */
  longLookup: { p50: number; p99: number; n: number };
}

function measure(label: string, catalogue: Catalogue, runs: number): SearchFigures {
  const started = performance.now();
  const search = createSearch(catalogue, createSafetyPass());
  const indexBuildMs = performance.now() - started;
  time(1, keystrokes, (q) => search.suggest(q));
  time(1, typedQueries, (q) => search.lookup(q));
  const autocomplete = summarize(time(runs, keystrokes, (q) => search.suggest(q)));
  const lookup = summarize(time(runs, typedQueries, (q) => search.lookup(q)));
  const longLookup = summarize(time(Math.max(1, Math.floor(runs / 10)), longQueries, (q) => search.lookup(q)));
  return {
    catalogue: label,
    causes: catalogue.causes.length,
    indexBuildMs: round(indexBuildMs, 1),
    autocomplete: { n: autocomplete.n, p50: round(autocomplete.p50, 1), p99: round(autocomplete.p99, 1) },
    lookup: { n: lookup.n, p50: round(lookup.p50, 1), p99: round(lookup.p99, 1) },
    longLookup: { n: longLookup.n, p50: round(longLookup.p50, 1), p99: round(longLookup.p99, 1) },
  };
}

/** Search alone, in microseconds: the real catalogue and a generated one of 10,000 causes. */
export function benchSearch(): SearchFigures[] {
  return [measure('real', loadCatalogue(), 200), measure('generated', generatedCatalogue(10_000), 5)];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) console.log(JSON.stringify(benchSearch(), null, 2));
