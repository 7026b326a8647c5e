import type { Catalogue } from '../catalogue/catalogue.js';
import { readFacts } from './facts.js';
import { buildLexicon } from './lexicon.js';
import type { Answer, Result } from './result.js';
import { checks, createHelpers, rules, type Query, type Rule } from './rules.js';

export type { Answer, Result } from './result.js';

/**
 * Decides what a submitted query gets. The query is read once (clauses, time, denials, misspellings mended) into
 * facts; urgent signs are always reported; then the named rules run in order of certainty until one settles the
 * result, and the checks may turn a card into a question. `decidedBy` names the rules that did it.
 */
export function createTriage(catalogue: Catalogue): { lookup(query: string): Answer; knows: (word: string) => boolean } {
  const lastRule = rules.at(-1);
  if (!lastRule) throw new Error('the triage has no rules');
  const lexicon = buildLexicon(catalogue);
  const helpers = createHelpers(lexicon);
  return {
    knows: (word) => lexicon.knows(word),
    lookup(text) {
      const facts = readFacts(lexicon, text);
      let typos: ReturnType<Query['typos']> | undefined;
      const query: Query = { facts, lexicon, helpers, typos: () => (typos ??= helpers.fromTypos(facts.reading.folded)) };
      let result: Result = { kind: 'none' };
      let rule: Rule = lastRule;
      for (const candidate of rules) {
        const decided = candidate.decide(query);
        if (decided) {
          [result, rule] = [decided, candidate];
          break;
        }
      }
      const decidedBy = [rule.name];
      for (const check of checks) {
        const checked = check.check(result, query, rule);
        if (checked !== result) decidedBy.push(check.name);
        result = checked;
      }
      return { flags: facts.urgent, said: facts.said, result, decidedBy: decidedBy.join(' > ') };
    },
  };
}
