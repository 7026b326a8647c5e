import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Cause } from '../catalogue/schema.js';
import { DiscordLimits } from '../discord-limits.js';
import { normalizeQuery } from './normalize.js';

export interface Match {
  readonly cause: Cause;
  /** Lower is better: 0 is an exact term, below 1 a fuzzy match on the cause's terms, 1 and above a match in its prose. */
  readonly score: number;
}

export interface CauseSearch {
  /** Causes matching a submitted query, best first; empty when nothing is close enough. */
  lookup(query: string): Match[];
  /** Autocomplete: best matches for a partial query, the whole catalogue in tier order for an empty one. */
  suggest(query: string, limit?: number): Cause[];
}

/** Fuzzy matching over the words a cause is known by: names and abbreviations first, then lay words and typos. */
const termOptions: IFuseOptions<Cause> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'abbreviations', weight: 3 },
    { name: 'layTerms', weight: 2 },
    { name: 'misspellings', weight: 1.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
};

/** Words too common or too short to say anything about a cause; dropped from prose and queries alike. */
const stopWords = new Set(
  'and the for with after when what from that this have has had can cause causes cramp cramps leg legs my your its are was were been not get got very'.split(' '),
);

function proseWords(text: string): string[] {
  return normalizeQuery(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !stopWords.has(word));
}

/** Word-by-word matching over the prose, for free-text questions ("calf pain when I walk"). */
const proseOptions: IFuseOptions<Cause> = {
  keys: [
    { name: 'layTerms', weight: 2 },
    { name: 'summary', weight: 1.5 },
    { name: 'explanation.general', weight: 1 },
    { name: 'explanation.clinician', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  useTokenSearch: true,
  tokenize: proseWords,
  threshold: 0.2,
};

/**
 * Token-search scores are relative to the query, not comparable with term scores, so prose hits
 * rank after every match on a cause's own terms, in the order token search gives them.
 */
const PROSE_OFFSET = 1;
/** Weaker matches than these are noise: "code" resembling "sarcodosis", a query word that merely occurs in passing. */
const TERM_CUTOFF = 0.5;
const PROSE_CUTOFF = 0.85;

function exactTerms(cause: Cause): string[] {
  const bareName = cause.name.replace(/\s*\([^)]*\)\s*/g, ' ');
  return [cause.id, cause.name, bareName, ...cause.abbreviations, ...cause.layTerms, ...cause.misspellings].map(normalizeQuery);
}

export function createSearch(catalogue: Catalogue): CauseSearch {
  const causes = catalogue.causes;
  const exact = new Map<string, Cause>();
  for (const cause of causes) {
    for (const term of exactTerms(cause)) if (!exact.has(term)) exact.set(term, cause);
  }
  const terms = new Fuse(causes, termOptions);
  const prose = new Fuse(causes, proseOptions);

  function rank(query: string, withProse: boolean): Match[] {
    const best = new Map<string, Match>();
    const offer = (cause: Cause, score: number) => {
      const current = best.get(cause.id);
      if (!current || score < current.score) best.set(cause.id, { cause, score });
    };
    const hit = exact.get(query);
    if (hit) offer(hit, 0);
    for (const { item, score = 1 } of terms.search(query)) if (score <= TERM_CUTOFF) offer(item, score);
    if (withProse) for (const { item, score = 1 } of prose.search(query)) if (score <= PROSE_CUTOFF) offer(item, PROSE_OFFSET + score);
    return [...best.values()].sort((a, b) => a.score - b.score);
  }

  return {
    lookup(query) {
      const normalized = normalizeQuery(query);
      return normalized ? rank(normalized, true) : [];
    },
    suggest(query, limit = DiscordLimits.autocompleteChoices) {
      const normalized = normalizeQuery(query);
      const found = normalized ? rank(normalized, false).map((match) => match.cause) : causes;
      return found.slice(0, limit);
    },
  };
}

/** How much worse than the best match a runner-up may score and still be worth showing beside it. */
const CLOSE_MATCH_MARGIN = 0.25;

/** The runners-up worth naming under the best match: close in score, and of the same kind (term or prose). */
export function closeRunnersUp(matches: readonly Match[]): Cause[] {
  const [best, ...rest] = matches;
  if (!best) return [];
  const ceiling = best.score < PROSE_OFFSET ? Math.min(best.score + CLOSE_MATCH_MARGIN, PROSE_OFFSET) : best.score + CLOSE_MATCH_MARGIN;
  return rest.filter((match) => match.score <= ceiling).map((match) => match.cause);
}
