import type { Catalogue } from '../catalogue/catalogue.js';
import type { Cause } from '../catalogue/schema.js';
import { DiscordLimits } from '../discord/limits.js';
import { foldText } from './normalize.js';
import { ProseIndex } from './prose-index.js';
import { TermIndex, type Term, type TermHit } from './term-index.js';

export interface Match {
  readonly cause: Cause;
  /** Lower is better: 0 is an exact term, below 1 a match on the cause's terms, 1 and above a match in its prose. */
  readonly score: number;
}

export interface CauseSearch {
  /** Causes matching a submitted query, best first; empty when nothing is close enough. */
  lookup(query: string): Match[];
  /** Autocomplete: best matches for a partial query, the whole catalogue in tier order for an empty one. */
  suggest(query: string, limit?: number): Cause[];
}

/**
 * How far each way of naming a cause ranks behind its name and abbreviations: an exact name beats an exact
 * lay term, which beats a known misspelling, when two causes share the words.
 */
const penalties = { name: 0, abbreviation: 0, layTerm: 0.02, misspelling: 0.04 } as const;
/** Weaker term matches than this are noise ("code" resembling "sarcodosis"). */
const TERM_CUTOFF = 0.5;
/** Prose hits rank after every term match; a prose hit must carry this share of the query's meaning. */
const PROSE_OFFSET = 1;
const PROSE_MIN_RELEVANCE = 0.3;

function termsOf(cause: Cause, owner: number): Term[] {
  const named = (texts: readonly string[], penalty: number) => texts.map((text) => ({ text: foldText(text), owner, penalty }));
  return [
    ...named([cause.id, cause.name, cause.name.replace(/\s*\([^)]*\)\s*/g, ' ')], penalties.name),
    ...named(cause.abbreviations, penalties.abbreviation),
    ...named(cause.layTerms, penalties.layTerm),
    ...named(cause.misspellings, penalties.misspelling),
  ].filter((term) => term.text.length > 0);
}

export function createSearch(catalogue: Catalogue): CauseSearch {
  const causes = catalogue.causes;
  const terms = new TermIndex(causes.flatMap(termsOf));
  const prose = new ProseIndex(
    causes.map((cause) => [cause.summary, cause.explanation.general, cause.explanation.clinician, ...cause.layTerms].join(' ')),
  );

  function best(hits: Iterable<TermHit>, into = new Map<number, number>()): Map<number, number> {
    for (const { owner, score } of hits) {
      if (score > TERM_CUTOFF) continue;
      const current = into.get(owner);
      if (current === undefined || score < current) into.set(owner, score);
    }
    return into;
  }

  /** Best score first; equal scores keep catalogue (tier) order, which is the owner index. */
  function ranked(scores: Map<number, number>): Match[] {
    return [...scores]
      .sort(([ownerA, a], [ownerB, b]) => a - b || ownerA - ownerB)
      .flatMap(([owner, score]) => {
        const cause = causes[owner];
        return cause ? [{ cause, score }] : [];
      });
  }

  return {
    lookup(query) {
      const normalized = foldText(query);
      if (!normalized) return [];
      const exact = terms.exact(normalized);
      const scores = best(terms.prefix(normalized, 50), best(exact));
      // An exact term settles the best match, and prefixes supply its runners-up; typos need no search then.
      if (exact.length === 0) best(terms.fuzzy(normalized), scores);
      if (scores.size === 0) {
        for (const { owner, relevance } of prose.search(normalized)) {
          if (relevance >= PROSE_MIN_RELEVANCE) scores.set(owner, PROSE_OFFSET + (1 - relevance));
        }
      }
      return ranked(scores);
    },
    suggest(query, limit = DiscordLimits.autocompleteChoices) {
      const normalized = foldText(query);
      if (!normalized) return causes.slice(0, limit);
      const scores = best(terms.prefix(normalized, limit * 4), best(terms.exact(normalized)));
      // Typos only need fuzzy matching when what was typed is not the start of anything.
      if (scores.size === 0) best(terms.fuzzy(normalized), scores);
      return ranked(scores)
        .slice(0, limit)
        .map((match) => match.cause);
    },
  };
}

/** How much worse than the best match a runner-up may score and still be worth showing beside it. */
const CLOSE_MATCH_MARGIN = 0.25;

/** The runners-up worth naming under the best match: close in score, and of the same kind (term or prose). */
export function closeRunnersUp(matches: readonly Match[]): Cause[] {
  const [first, ...rest] = matches;
  if (!first) return [];
  const ceiling = first.score < PROSE_OFFSET ? Math.min(first.score + CLOSE_MATCH_MARGIN, PROSE_OFFSET) : first.score + CLOSE_MATCH_MARGIN;
  return rest.filter((match) => match.score <= ceiling).map((match) => match.cause);
}
