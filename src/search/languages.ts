import type { Catalogue, Catalogues } from '../catalogue/catalogue.js';
import type { LanguageFile } from '../catalogue/languages.js';
import type { Cause } from '../catalogue/schema.js';
import { foldText } from '../catalogue/fold.js';
import { commonWordsOf, familiarIn, realWordIn } from '../spelling/familiar.js';
import { createSafetyPass, loadSafety, precedence, translateSafety, type SafetyData, type SafetyFinding } from '../safety/safety.js';
import { createSearch, type Answer, type CauseSearch, type Result } from './search.js';
import { raisedSign } from './facts.js';
import { createTriage } from './triage.js';

/** Everything one language answers with: its catalogue, a search that reads every language, its safety advice. */
export interface Language {
  readonly catalogue: Catalogue;
  /** Reads a query in any of the bot's languages; what it finds is this catalogue's. */
  readonly search: CauseSearch;
  /** Help numbers for every country, with the advice and country names in this language. */
  readonly safety: SafetyData;
}

export interface Languages {
  readonly catalogues: Catalogues;
  readonly all: readonly Language[];
  /** The member's language: their Discord locale's, else the server's choice, else English. */
  pick(locale: string | undefined, serverLanguage?: string): Language;
}

/** Whether an answer settles the question (a card, a note, urgent advice) rather than asks or finds nothing. */
const settled = (answer: Answer) => answer.flags.length > 0 || answer.result.kind === 'card' || answer.result.kind === 'not-covered';

/** Settled without a guess: urgent signs, a note, or a card found by name rather than by a looser match. */
const certain = (answer: Answer) =>
  answer.flags.length > 0 || answer.result.kind === 'not-covered' || (answer.result.kind === 'card' && !answer.result.closest);

/**
 * The same answer in another catalogue: causes, signs and notes by their ids, which every language shares, and a
 * medicine group by its place (a translation keeps the English order).
 */
function into(from: Catalogue, catalogue: Catalogue, answer: Answer): Answer {
  const cause = (found: Cause) => catalogue.cause(found.id) ?? found;
  const flags = answer.flags.map((flag) => {
    const same = catalogue.redFlags.find((candidate) => candidate.id === flag.id);
    if (!same) return flag;
    // A sign raised by another stays raised, with this catalogue's advice for it.
    return flag.level === same.level ? same : raisedSign(same);
  });
  const { result } = answer;
  const mapped: Result =
    result.kind === 'card'
      ? {
          ...result,
          cause: cause(result.cause),
          others: result.others.map(cause),
          ...(result.medicine
            ? {
                medicine: {
                  name: result.medicine.name,
                  medicineClass:
                    catalogue.medicines.classes[from.medicines.classes.indexOf(result.medicine.medicineClass)] ??
                    result.medicine.medicineClass,
                },
              }
            : {}),
        }
      : result.kind === 'did-you-mean'
        ? { ...result, candidates: result.candidates.map(cause) }
        : result.kind === 'not-covered'
          ? { ...result, entry: catalogue.notCovered.find((entry) => entry.id === result.entry.id) ?? result.entry }
          : result;
  return { ...answer, flags, result: mapped };
}

/**
 * Every language the bot answers in, each with a search over all of them. A query is read first in the member's
 * language; when that settles nothing, the other languages read it, and what one of them settles is answered from
 * the member's catalogue (a Spanish question from a member whose Discord is in English gets the English card).
 * Every language's safety pass reads every query: a crisis in any language gets help first.
 */
export function createLanguages(catalogues: Catalogues, files: readonly LanguageFile[]): Languages {
  const base = loadSafety();
  const screen = (query: string): SafetyFinding | undefined => {
    const found = readers.flatMap(({ pass }) => pass.screen(query, knownAnywhere) ?? []);
    // A risk asked about or denied in one language ("can you overdose on…") hedges what another's words find.
    if (found.some((finding) => finding.hedged)) return { kind: 'unsure' };
    const kind = precedence.find((candidate) => found.some((finding) => finding.kind === candidate));
    return kind ? { kind } : undefined;
  };
  // A word that means something in any of the languages is never mended into another's safety word: the Spanish
  // "matan" (in "these cramps are killing me") is no slip of the Portuguese "matar".
  const everyday = catalogues.all.map(({ locale, language }) => familiarIn(locale.code, language.everyday, (word) => word));
  // Nor is an English word spoken in its own right, however rare in everyday talk: "overdoing" is no "overdosing".
  const spokenEnglish = realWordIn('en', (word) => word);
  const everydayAnywhere = (word: string) => spokenEnglish(word) || everyday.some((familiar) => familiar(word));
  const knownAnywhere = (word: string) => readers.some(({ triage }) => triage.knows(word));
  const readers = catalogues.all.map((catalogue) => {
    const { code } = catalogue.locale;
    const file = files.find((candidate) => candidate.code === code);
    const english = catalogue === catalogues.english;
    const data = english || file?.safety === undefined ? base : translateSafety(base, file.safety, code, `data/languages/${code}.json`);
    const triage = createTriage(catalogue);
    const pass = createSafetyPass(data, everydayAnywhere);
    // The search's own safety check is the one over every language.
    const own = createSearch(catalogue, { data, screen: (query) => screen(query) }, triage);
    return { catalogue, data, triage, pass, own, common: commonWordsOf(code) };
  });
  const all = readers.map(({ catalogue, data, own, common: ownCommon }): Language => {
    const others = readers.filter((reader) => reader.catalogue !== catalogue);
    const search: CauseSearch = {
      lookup(query) {
        const answer = own.lookup(query);
        if (settled(answer)) return answer;
        // Another language answers only when it is certain and the query reads as that language (more of its common
        // words), or nothing here matched and the query has none of this language's common words: an English
        // question the English catalogue cannot place is not handed to a Spanish look-alike.
        const words = foldText(query).split(' ');
        const written = (common: ReadonlySet<string>) => words.filter((word) => common.has(word)).length;
        const mine = written(ownCommon);
        for (const other of others) {
          const theirs = written(other.common);
          if (theirs <= mine && !(mine === 0 && answer.result.kind === 'none')) continue;
          const found = other.triage.lookup(query);
          if (certain(found)) return { ...into(other.catalogue, catalogue, found), ...(answer.safety ? { safety: answer.safety } : {}) };
        }
        return answer;
      },
      screen,
      suggest(query, limit) {
        const mine = own.suggest(query, limit);
        if (mine.length > 0) return mine;
        for (const other of others) {
          const theirs = other.own.suggest(query, limit).flatMap((cause) => catalogue.cause(cause.id) ?? []);
          if (theirs.length > 0) return theirs;
        }
        return mine;
      },
    };
    return { catalogue, search, safety: data };
  });
  const byCode = new Map(all.map((language) => [language.catalogue.locale.code, language]));
  const [first] = all;
  if (!first) throw new Error('no languages');
  return {
    catalogues,
    all,
    pick: (locale, serverLanguage) => byCode.get(catalogues.pick(locale, serverLanguage).locale.code) ?? first,
  };
}
