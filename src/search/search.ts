import type { Catalogue } from '../catalogue/catalogue.js';
import { foldText } from '../catalogue/fold.js';
import type { Cause } from '../catalogue/schema.js';
import { DiscordLimits } from '../discord/limits.js';
import { TermIndex, type Term, type TermHit } from './term-index.js';
import type { SafetyFinding, SafetyPass } from '../safety/safety.js';
import { createTriage, type Answer } from './triage.js';

export type { Answer, Result } from './result.js';

export interface CauseSearch {
  /** What a submitted query gets: urgent advice it calls for, and a card, a question, a "not covered" or nothing. */
  lookup(query: string): Answer;
  /** The safety pass alone, for autocomplete: a member typing a crisis is offered help, not causes. */
  screen(query: string): SafetyFinding | undefined;
  /** Autocomplete: best matches for a partial query, the whole catalogue in tier order for an empty one. */
  suggest(query: string, limit?: number): Cause[];
}

/**
 * How far each way of naming a cause ranks behind its name and abbreviations, for autocomplete: an exact
 * name beats an exact lay term, which beats a condition or medicine under it, then a known misspelling.
 */
const penalties = { name: 0, abbreviation: 0, layTerm: 0.02, condition: 0.03, misspelling: 0.04 } as const;
/** Weaker term matches than this are noise ("code" resembling "sarcodosis"). */
const TERM_CUTOFF = 0.5;

function termsOf(catalogue: Catalogue) {
  return catalogue.causes.flatMap((cause, owner): Term[] => {
    const named = (texts: readonly string[], penalty: number) => texts.map((text) => ({ text: foldText(text), owner, penalty }));
    const medicines =
      cause.id === catalogue.medicines.cause ? catalogue.medicines.classes.flatMap((medicineClass) => medicineClass.names) : [];
    return [
      ...named([cause.id, cause.name, cause.name.replace(/\s*\([^)]*\)\s*/g, ' ')], penalties.name),
      ...named(cause.abbreviations, penalties.abbreviation),
      ...named(cause.layTerms, penalties.layTerm),
      ...named([...cause.conditions, ...medicines], penalties.condition),
      ...named(cause.misspellings, penalties.misspelling),
    ].filter((term) => term.text.length > 0);
  });
}

/** `safety` reads every submitted query whole before the catalogue does, and every partial one before suggestions. */
export function createSearch(catalogue: Catalogue, safety: SafetyPass, triage = createTriage(catalogue)): CauseSearch {
  const causes = catalogue.causes;
  const terms = new TermIndex(termsOf(catalogue));

  function best(hits: Iterable<TermHit>, into = new Map<number, number>()): Map<number, number> {
    for (const { owner, score } of hits) {
      if (score > TERM_CUTOFF) continue;
      const current = into.get(owner);
      if (current === undefined || score < current) into.set(owner, score);
    }
    return into;
  }

  return {
    lookup(query) {
      const answer = triage.lookup(query);
      const finding = safety.screen(query, triage.knows);
      return finding ? { ...answer, safety: finding } : answer;
    },
    screen: (query) => safety.screen(query, triage.knows),
    suggest(query, limit = DiscordLimits.autocompleteChoices) {
      const normalized = foldText(query);
      if (!normalized) return causes.slice(0, limit);
      const scores = best(terms.prefix(normalized, limit * 4), best(terms.exact(normalized)));
      // Typos only need fuzzy matching when what was typed is not the start of anything.
      if (scores.size === 0) best(terms.fuzzy(normalized), scores);
      // Best score first; equal scores keep catalogue (tier) order, which is the owner index.
      return [...scores]
        .sort(([ownerA, a], [ownerB, b]) => a - b || ownerA - ownerB)
        .slice(0, limit)
        .flatMap(([owner]) => causes[owner] ?? []);
    },
  };
}
