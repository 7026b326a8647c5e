import type { Catalogue } from '../catalogue/catalogue.js';
import { foldText } from '../catalogue/fold.js';
import { UrgencyLevels, type Cause, type MedicineClass, type NotCovered, type RedFlag } from '../catalogue/schema.js';
import { DenialReader } from './denials.js';
import { PhraseIndex, type PhraseHit } from './phrases.js';
import { ProseIndex } from './prose-index.js';
import { TermIndex, type TermHit } from './term-index.js';
import { Mender } from './mend.js';
import { typoDistance } from './typos.js';
import { Vocabulary } from './words.js';
import type { SafetyFinding } from '../safety/safety.js';

/** What a query names: a cause, a medicine (which stands for the medication cause), or something not covered. */
type Target =
  | { readonly type: 'cause'; readonly cause: Cause }
  | { readonly type: 'medicine'; readonly cause: Cause; readonly name: string; readonly medicineClass: MedicineClass }
  | { readonly type: 'not-covered'; readonly entry: NotCovered };

export type Result =
  /** Certain: the query names this cause (or a medicine under it). */
  | {
      readonly kind: 'card';
      readonly cause: Cause;
      readonly medicine?: { readonly name: string; readonly medicineClass: MedicineClass };
      readonly others: readonly Cause[];
      /** Found by a looser match (a misspelling, a prefix, the prose) rather than by name. */
      readonly closest: boolean;
    }
  /** A resemblance only, or several causes equally named: ask, never guess. */
  | { readonly kind: 'did-you-mean'; readonly candidates: readonly Cause[] }
  | { readonly kind: 'not-covered'; readonly entry: NotCovered }
  | { readonly kind: 'none' };

export interface Answer {
  /** Urgent signs the query describes, most urgent first; their advice comes before anything else. */
  readonly flags: readonly RedFlag[];
  readonly result: Result;
  /** The rule that settled the result, for `npm run eval` and the tests. */
  readonly decidedBy: string;
  /** What the safety pass found in the whole message: help comes first, privately. */
  readonly safety?: SafetyFinding;
}

const MAX_OTHERS = 3;
/** Two meanings this close in weight are a tie: the member is asked which they meant. */
const NEAR_TIE = 0.8;
const MAX_CANDIDATES = 3;
/** A prefix alone ("thromb") opens a card only when it is this long and fits one cause. */
const MIN_PREFIX_FOR_CARD = 5;
/** Shorter input is not a name being typed ("hi", "ok"): no question from a prefix. */
const MIN_PREFIX_FOR_QUESTION = 3;
/** Fuse scores above this are no resemblance at all. */
const FUZZY_CUTOFF = 0.34;
/** Prose: a card needs most of the query's meaning found in one cause, well ahead of the next. */
const PROSE_CARD = 0.75;
const PROSE_MARGIN = 1.5;
const PROSE_CARD_WORDS = 3;
const PROSE_SUGGEST = 0.35;

const keyOf = (target: Target) => (target.type === 'not-covered' ? `not-covered:${target.entry.id}` : target.cause.id);

/**
 * Decides what a submitted query gets. Urgent signs are read first and always reported. Then, in order of
 * certainty: catalogue phrases the query holds (names, lay words, symptoms, conditions, medicines, things
 * not covered), a plain misspelling of one of them, a prefix that fits one cause, and the prose. Anything
 * less than certain, or a tie between causes, becomes a "did you mean" question; ties list the more
 * dangerous tier first.
 */
export function createTriage(catalogue: Catalogue): { lookup(query: string): Answer } {
  const vocabulary = new Vocabulary(catalogue.synonyms);
  const denials = new DenialReader(vocabulary);
  const isUrgent = (cause: Cause) => catalogue.tier(cause.tier).urgent;
  const danger = (cause: Cause) => {
    const tierIndex = catalogue.tiers.findIndex((tier) => tier.id === cause.tier);
    return (isUrgent(cause) ? 0 : catalogue.tiers.length) + tierIndex;
  };
  const byDanger = (a: Cause, b: Cause) => danger(a) - danger(b);

  /** Names: of a cause, a condition under it, a medicine, or something not covered. */
  const entries: { owner: Target; phrase: string }[] = [];
  /** What members describe; weaker than a name, so "lasix and night cramps" is about the medicine. */
  const descriptions: { owner: Target; phrase: string }[] = [];
  const medicineCause = catalogue.cause(catalogue.medicines.cause);
  /** Conditions say who the member is ("pregnant", "on dialysis"), not what they ask about: an urgent sign outranks them. */
  const contexts = new Set<Target>();
  for (const cause of catalogue.causes) {
    const owner: Target = { type: 'cause', cause };
    const context: Target = { type: 'cause', cause };
    contexts.add(context);
    const names = [cause.id, cause.name, cause.name.replace(/\s*\([^)]*\)/g, ''), ...cause.abbreviations, ...cause.layTerms];
    for (const phrase of [...names, ...cause.misspellings]) entries.push({ owner, phrase });
    for (const phrase of cause.conditions) entries.push({ owner: context, phrase });
    for (const phrase of cause.symptoms) descriptions.push({ owner, phrase });
  }
  if (medicineCause) {
    for (const medicineClass of catalogue.medicines.classes) {
      for (const name of medicineClass.names)
        entries.push({ owner: { type: 'medicine', cause: medicineCause, name, medicineClass }, phrase: name });
    }
  }
  for (const entry of catalogue.notCovered)
    for (const name of entry.names) entries.push({ owner: { type: 'not-covered', entry }, phrase: name });
  const flags = new PhraseIndex(
    vocabulary,
    catalogue.redFlags.flatMap((flag) => flag.phrases.map((phrase) => ({ owner: flag, phrase }))),
  );
  const notSigns = new PhraseIndex(
    vocabulary,
    catalogue.redFlags.flatMap((flag) => flag.unless.map((phrase) => ({ owner: flag, phrase }))),
  );
  const names = new PhraseIndex(vocabulary, entries);
  const described = new PhraseIndex(vocabulary, descriptions);
  // A word found in the phrases of many targets ("cramp", "leg") says less than one found in few ("lasix").
  const holders = new Map<string, Set<string>>();
  for (const { owner, phrase } of [...entries, ...descriptions]) {
    for (const word of vocabulary.words(phrase)) holders.set(word, (holders.get(word) ?? new Set()).add(keyOf(owner)));
  }
  const targetCount = new Set([...entries, ...descriptions].map((entry) => keyOf(entry.owner))).size;
  const weight = (word: string) => Math.log(1 + targetCount / (holders.get(word)?.size ?? 1));

  // The urgent signs' words as written, with the synonyms that mean the same: what a misspelling is mended to.
  const urgentWords = new Set(catalogue.redFlags.flatMap((flag) => flag.phrases.flatMap((phrase) => foldText(phrase).split(' '))));
  for (const group of catalogue.synonyms.map((members) => members.map(foldText))) {
    if (group.some((word) => urgentWords.has(word))) for (const word of group) if (!word.includes(' ')) urgentWords.add(word);
  }
  const canonicalWords = new Set([...holders.keys(), ...[...urgentWords].flatMap((word) => vocabulary.words(word))]);
  /** Whether a folded word already means something to the catalogue (filler words count as known). */
  const knownWord = (word: string) => vocabulary.words(word).every((canonical) => canonicalWords.has(canonical));
  const mender = new Mender(urgentWords, knownWord, (word) => vocabulary.words(word).join(' '));

  const nameEndings = catalogue.medicines.nameEndings.map(foldText);
  /** A word the catalogue does not know that is shaped like a medicine's generic name ("ramipril", "sertraline"). */
  const namesUnlistedMedicine = (folded: string) =>
    folded
      .split(' ')
      .some((word) => nameEndings.some((ending) => word.length >= ending.length + 2 && word.endsWith(ending)) && !knownWord(word));

  /**
   * A medicine the catalogue does not list may or may not cause cramps: never a confident card for something
   * else ("ramipril leg cramps" is not simply overuse), but a question that offers the medication cause beside it.
   */
  function askAboutMedicine(result: Result): Result {
    if (!medicineCause) return result;
    switch (result.kind) {
      case 'card':
        return result.medicine ? result : didYouMean([medicineCause, result.cause, ...result.others]);
      case 'did-you-mean':
        return didYouMean([medicineCause, ...result.candidates]);
      case 'none':
        return didYouMean([medicineCause]);
      case 'not-covered':
        return result;
    }
  }

  const targets = entries.map((entry) => entry.owner);
  const terms = new TermIndex(entries.map((entry, owner) => ({ text: foldText(entry.phrase), owner, penalty: 0 })).filter((t) => t.text));
  const prose = new ProseIndex(
    catalogue.causes.map((cause) =>
      [
        cause.summary,
        cause.explanation.general,
        cause.explanation.clinician,
        ...Object.values(cause.seekCare),
        ...cause.symptoms,
        ...cause.conditions,
      ].join(' '),
    ),
    // Prose is long: short words ("leg", "day") are everywhere and say nothing about which cause is meant.
    (text) => vocabulary.words(text).filter((word) => word.length >= 3),
  );

  function card(target: Target, others: readonly Cause[] = [], closest = false): Result {
    switch (target.type) {
      case 'not-covered':
        return { kind: 'not-covered', entry: target.entry };
      case 'medicine':
        return { kind: 'card', cause: target.cause, medicine: { name: target.name, medicineClass: target.medicineClass }, others, closest };
      case 'cause':
        return { kind: 'card', cause: target.cause, others, closest };
    }
  }

  /** A question: the closest few causes, the most dangerous first so it is never missed. */
  function didYouMean(causes: Iterable<Cause>): Result {
    const candidates = [...new Set(causes)].slice(0, MAX_CANDIDATES).sort(byDanger);
    return candidates.length > 0 ? { kind: 'did-you-mean', candidates } : { kind: 'none' };
  }

  /** The target the query's phrases name most fully; a tie between two meanings is a question. */
  function fromPhrases(hits: readonly PhraseHit<Target>[]): Result | undefined {
    const groups = new Map<string, { target: Target; words: Set<string>; whole: boolean }>();
    for (const hit of hits) {
      const key = keyOf(hit.owner);
      const group = groups.get(key) ?? { target: hit.owner, words: new Set<string>(), whole: false };
      for (const word of hit.words) group.words.add(word);
      group.whole ||= hit.whole;
      groups.set(key, group);
    }
    const scored = [...groups.values()]
      .map((group) => ({ ...group, score: group.whole ? Infinity : [...group.words].reduce((sum, word) => sum + weight(word), 0) }))
      .sort((a, b) => b.score - a.score || causeDanger(a.target) - causeDanger(b.target));
    const [best, ...rest] = scored;
    if (!best) return undefined;
    const tied = rest.filter((group) => group.score >= best.score * NEAR_TIE);
    if (tied.length > 0) {
      const causes = [best, ...tied].flatMap((group) => (group.target.type === 'not-covered' ? [] : [group.target.cause]));
      return causes.length > 0 ? didYouMean(causes) : card(best.target);
    }
    const others = rest.flatMap((group) => (group.target.type === 'not-covered' ? [] : [group.target.cause])).slice(0, MAX_OTHERS);
    return card(best.target, others);
  }

  function causeDanger(target: Target): number {
    return target.type === 'not-covered' ? catalogue.tiers.length * 2 : danger(target.cause);
  }

  /** A plain misspelling of exactly one term opens it; the `resemblances` are for a question later. */
  function fromTypos(folded: string): { result?: Result; resemblances: Cause[] } {
    const words = folded.split(' ');
    const fuzzy = terms.fuzzy(folded).filter((hit) => hit.score <= FUZZY_CUTOFF);
    const gated = fuzzy
      .map((hit: TermHit) => ({ hit, distance: typoDistance(words, hit.text.split(' ')) }))
      .filter((entry): entry is { hit: TermHit; distance: number } => entry.distance !== undefined);
    const closest = new Map<string, { target: Target; distance: number }>();
    for (const { hit, distance } of gated) {
      const target = targets[hit.owner];
      if (!target) continue;
      const current = closest.get(keyOf(target));
      if (!current || distance < current.distance) closest.set(keyOf(target), { target, distance });
    }
    const ranked = [...closest.values()].sort((a, b) => a.distance - b.distance || causeDanger(a.target) - causeDanger(b.target));
    const [best, second] = ranked;
    const resemblances = (best ? ranked.map((entry) => entry.target) : fuzzy.flatMap((hit) => targets[hit.owner] ?? [])).flatMap(
      (target) => (target.type === 'not-covered' ? [] : [target.cause]),
    );
    if (best && (!second || second.distance > best.distance)) return { result: card(best.target, [], best.distance > 0), resemblances };
    // Equally close to two terms: a question, straight away.
    if (best) return { result: didYouMean(resemblances), resemblances };
    return { resemblances };
  }

  /** How many targets have every one of these words somewhere in their phrases. */
  function targetsHoldingAll(words: readonly string[]): number {
    const [first, ...rest] = words.map((word) => holders.get(word) ?? new Set<string>());
    return first ? [...first].filter((key) => rest.every((set) => set.has(key))).length : 0;
  }

  /**
   * Of an urgent sign's causes, the one the member's own words describe, else the first: dark pee after a hard
   * session at the gym points to overworked muscles rather than a statin. A description counts only with a word
   * beyond the sign's own ("foot suddenly cold" is the emergency, not poor circulation's "cold feet").
   */
  function causeDescribed(causes: readonly Cause[], words: readonly string[], signWords: ReadonlySet<string>): Cause | undefined {
    if (causes.length < 2) return causes[0];
    const describedCauses = new Set(
      described
        .match(words)
        .filter((hit) => beyond(hit, signWords))
        .flatMap((hit) => (hit.owner.type === 'cause' ? [hit.owner.cause] : [])),
    );
    return causes.find((cause) => describedCauses.has(cause)) ?? causes[0];
  }

  /** A condition of a cause other than `cause` (a condition of the cause itself, "hip surgery" for DVT, counts for it). */
  const isContextOfAnother = (hit: PhraseHit<Target>, cause: Cause) =>
    contexts.has(hit.owner) && hit.owner.type === 'cause' && hit.owner.cause !== cause;

  /** Whether a phrase found in the query says something beyond the urgent sign's own words. */
  const beyond = (hit: PhraseHit<Target>, signWords: ReadonlySet<string>) => hit.words.some((word) => !signWords.has(word));

  const proseHits = (folded: string) => prose.search(folded).filter((hit) => hit.relevance >= PROSE_SUGGEST);

  function fromPrefix(folded: string, words: readonly string[]): Result | undefined {
    if (folded.length < MIN_PREFIX_FOR_QUESTION) return undefined;
    const hits = terms.prefix(folded, 50);
    const causes = [...new Set(hits.flatMap((hit) => targets[hit.owner] ?? []))];
    if (causes.length === 0) return undefined;
    const asCauses = (list: readonly Target[]) => list.flatMap((target) => (target.type === 'not-covered' ? [] : [target.cause]));
    // Whole everyday words at the start of a longer term ("calf pain" of PAD's "calf pain walking") are not a
    // name being typed: when other causes' phrases hold those words too, ask, with what the prose suggests.
    if (hits.some((hit) => ` ${hit.text} `.includes(` ${folded} `)) && targetsHoldingAll(words) > 1) {
      return didYouMean([...asCauses(causes), ...proseHits(folded).flatMap((hit) => catalogue.causes[hit.owner] ?? [])]);
    }
    const [only] = causes;
    if (causes.length === 1 && only && folded.length >= MIN_PREFIX_FOR_CARD) return card(only, [], true);
    return didYouMean(asCauses(causes));
  }

  function fromProse(folded: string): Result | undefined {
    const hits = proseHits(folded);
    const [best, second] = hits;
    const bestCause = best && catalogue.causes[best.owner];
    if (!best || !bestCause) return undefined;
    const strong =
      best.relevance >= PROSE_CARD && best.matched >= PROSE_CARD_WORDS && (!second || best.relevance >= second.relevance * PROSE_MARGIN);
    if (strong) return card({ type: 'cause', cause: bestCause }, [], true);
    return didYouMean(hits.flatMap((hit) => catalogue.causes[hit.owner] ?? []));
  }

  return {
    lookup(query) {
      // What the member says they do not have ("no swelling") neither raises an alarm nor chooses a card.
      const folded = denials.keep(query);
      if (!folded) return { flags: [], result: { kind: 'none' }, decidedBy: 'empty' };
      // Split once; the urgent signs read a mended copy only when there was something to mend.
      const words = vocabulary.words(folded);
      // Urgent signs are read with plain misspellings mended: "short of breth" must not be missed.
      const mended = mender.mend(folded);
      const signWordsRead = mended === folded ? words : vocabulary.words(mended);
      const cancels = notSigns.match(signWordsRead);
      const signHits = flags
        .match(signWordsRead)
        .filter((hit) => !cancels.some((cancel) => cancel.owner === hit.owner && cancel.words.some((word) => hit.words.includes(word))));
      const urgent = [...new Set(signHits.map((hit) => hit.owner))].sort(
        (a, b) => UrgencyLevels.indexOf(a.level) - UrgencyLevels.indexOf(b.level),
      );
      const nameHits = names.match(words);
      const signWords = new Set(signHits.flatMap((hit) => hit.words));
      const flagged = causeDescribed(
        urgent.flatMap((flag) => flag.causes.flatMap((causeId) => catalogue.cause(causeId) ?? [])),
        words,
        signWords,
      );
      // With an urgent sign, a name made of the sign's own words decides nothing ("cold pale foot" is the emergency,
      // not poor circulation's "cold feet"; "worst headache" is not the headache note), and when the sign has a
      // cause another cause's condition is only context ("pregnant and one leg is swollen" is about a clot), while its
      // own condition counts for it ("swollen calf after hip surgery" is not the joint-pain note).
      const decisive =
        urgent.length > 0 ? nameHits.filter((hit) => beyond(hit, signWords) && !(flagged && isContextOfAnother(hit, flagged))) : nameHits;
      const unlistedMedicine = urgent.length === 0 && namesUnlistedMedicine(folded);
      // A condition alone says who the member is. Beside it, a description of a cause not to miss weighs as much
      // ("swollen leg while pregnant" is not simply a pregnancy cramp); everyday cramps do not ("diabetic and legs
      // cramp at night" stays with nerves).
      const onlyContext = urgent.length === 0 && decisive.length > 0 && decisive.every((hit) => contexts.has(hit.owner));
      const notToMiss = onlyContext ? described.match(words).filter((hit) => hit.owner.type === 'cause' && isUrgent(hit.owner.cause)) : [];
      const named = fromPhrases([...decisive, ...notToMiss]);
      if (named)
        return {
          flags: urgent,
          result: unlistedMedicine ? askAboutMedicine(named) : named,
          decidedBy: unlistedMedicine ? 'named+unlisted-medicine' : 'named',
        };
      // An urgent sign with no cause named: its advice, then the cause it belongs to (the member's context beside it).
      if (urgent.length > 0) {
        if (!flagged) return { flags: urgent, result: { kind: 'none' }, decidedBy: 'urgent-sign' };
        const context = nameHits.flatMap((hit) => (hit.owner.type === 'cause' && hit.owner.cause !== flagged ? [hit.owner.cause] : []));
        return {
          flags: urgent,
          result: card({ type: 'cause', cause: flagged }, [...new Set(context)].slice(0, MAX_OTHERS)),
          decidedBy: 'urgent-sign-cause',
        };
      }
      const describedResult = fromPhrases(described.match(words));
      const { result: typo, resemblances } = describedResult ? { resemblances: [] } : fromTypos(folded);
      const result = describedResult ?? typo ?? fromPrefix(folded, words) ?? fromProse(folded) ?? didYouMean(resemblances);
      return { flags: [], result: unlistedMedicine ? askAboutMedicine(result) : result, decidedBy: 'described-typo-prefix-prose' };
    },
  };
}
