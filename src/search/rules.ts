import type { Cause } from '../catalogue/schema.js';
import { beyond, type Facts } from './facts.js';
import { keyOf, type Lexicon, type Target } from './lexicon.js';
import type { PhraseHit } from './phrases.js';
import type { Token } from './reading.js';
import type { Result } from './result.js';
import type { TermHit } from './term-index.js';
import { slip, typoDistance } from '../spelling/typos.js';

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
/** A card with this share of the query's meaningful words unexplained answers a different question: ask instead. */
const UNEXPLAINED_SHARE = 0.5;
/** An unexplained word this long is jargon (a medicine, a disease), unless spoken often: the card may not be about it. */
const JARGON_LENGTH = 8;
/** A word that can tell one card from another: letters, four or more (no number, no "MS" typed in lower case). */
const TELLING_WORD = /^\p{L}{4,}$/u;
/** A short word the catalogue reads as a longer one ("eat" as "diet") tells as much as that word does. */
const telling = (token: Token) => TELLING_WORD.test(token.folded) || (token.word !== token.folded && TELLING_WORD.test(token.word));

/** A rule settles the result, or passes (undefined) to the next. */
export interface Rule {
  readonly name: string;
  /** It matched the whole query (a misspelling, a prefix, the prose), so no word was left over. */
  readonly wholeQuery?: true;
  decide(query: Query): Result | undefined;
}

/** A rule that may turn a settled result into a question. */
export interface Check {
  readonly name: string;
  check(result: Result, query: Query, decidedBy: Rule): Result;
}

/** One query's facts, with the catalogue helpers the rules share. */
export interface Query {
  readonly facts: Facts;
  readonly lexicon: Lexicon;
  readonly helpers: Helpers;
  /** Close misspellings of catalogue terms, worked out once, only for the rules that need them. */
  typos(): { result?: Result; resemblances: Cause[] };
}

export type Helpers = ReturnType<typeof createHelpers>;

/** Results built the same way by every rule: cards, questions, and the phrase scoring. */
export function createHelpers(lexicon: Lexicon) {
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
    const candidates = [...new Set(causes)].slice(0, MAX_CANDIDATES).sort(lexicon.byDanger);
    return candidates.length > 0 ? { kind: 'did-you-mean', candidates } : { kind: 'none' };
  }

  const causesOf = (targets: readonly Target[]) => targets.flatMap((target) => (target.type === 'not-covered' ? [] : [target.cause]));

  /**
   * The target the query's phrases name most fully; a tie between two meanings is a question. A target named
   * only in generic words ("leg cramps") gives way to one named specifically ("sarcoidosis") in the same query.
   */
  function fromPhrases(hits: readonly PhraseHit<Target>[]): Result | undefined {
    const groups = new Map<string, { target: Target; words: Set<string>; weighed: Set<string>; whole: boolean }>();
    for (const hit of hits) {
      const key = keyOf(hit.owner);
      const group = groups.get(key) ?? { target: hit.owner, words: new Set<string>(), weighed: new Set<string>(), whole: false };
      // A phrase that only places the complaint ("toe cramps", "cramp at night") says where or when, not which cause:
      // its place and time weigh nothing, or "numb toes, burning soles and cramps" would be the overuse card's.
      const placesTheComplaint = hit.words.every((word) => lexicon.complaint.has(word) || lexicon.saysWhenOrWhere(word));
      for (const word of hit.words) {
        group.words.add(word);
        if (!placesTheComplaint || !lexicon.saysWhenOrWhere(word)) group.weighed.add(word);
      }
      group.whole ||= hit.whole;
      groups.set(key, group);
    }
    // When and where it comes ("calf cramps at night") tell no cause apart from one a finding names ("burning feet").
    const specific = (group: { words: Set<string>; whole: boolean }) =>
      group.whole || [...group.words].some((word) => !lexicon.generic(word) && !lexicon.saysWhenOrWhere(word));
    // A cause named only in words a named medicine's note gives as its effect ("omeprazole … low magnesium") is what
    // the medicine does, not a rival to it: the medicine's card explains both.
    const effects = new Set(
      [...groups.values()].flatMap((group) =>
        group.target.type === 'medicine' ? [...lexicon.medicineEffects(group.target.medicineClass)] : [],
      ),
    );
    const anEffect = (group: { target: Target; words: Set<string> }) => {
      if (group.target.type !== 'cause' || group.target.cause === lexicon.medicineCause) return false;
      const telling = [...group.words].filter(
        (word) => !lexicon.generic(word) && !lexicon.complaint.has(word) && !lexicon.saysWhenOrWhere(word),
      );
      return telling.length > 0 && telling.every((word) => effects.has(word));
    };
    const all = [...groups.values()].filter((group) => !anEffect(group));
    const kept = all.some(specific) ? all.filter(specific) : all;
    const scored = kept
      .map((group) => ({
        ...group,
        score: group.whole ? Infinity : [...group.weighed].reduce((sum, word) => sum + lexicon.weight(word), 0),
      }))
      .sort((a, b) => b.score - a.score || lexicon.targetDanger(a.target) - lexicon.targetDanger(b.target));
    const [best, ...rest] = scored;
    if (!best) return undefined;
    const tied = rest.filter((group) => group.score >= best.score * NEAR_TIE);
    if (tied.length > 0) {
      const causes = causesOf([best, ...tied].map((group) => group.target));
      return causes.length > 0 ? didYouMean(causes) : card(best.target);
    }
    return card(best.target, causesOf(rest.map((group) => group.target)).slice(0, MAX_OTHERS));
  }

  /** A plain misspelling of exactly one term opens it; the `resemblances` are for a question later. */
  function fromTypos(folded: string): { result?: Result; resemblances: Cause[] } {
    const words = folded.split(' ');
    const fuzzy = lexicon.terms.fuzzy(folded).filter((hit) => hit.score <= FUZZY_CUTOFF);
    const gated = fuzzy
      .map((hit: TermHit) => ({ hit, distance: typoDistance(words, hit.text.split(' '), lexicon.catalogue.language.opposites) }))
      .filter((entry): entry is { hit: TermHit; distance: number } => entry.distance !== undefined);
    const closest = new Map<string, { target: Target; distance: number }>();
    for (const { hit, distance } of gated) {
      const target = lexicon.targets[hit.owner];
      if (!target) continue;
      const current = closest.get(keyOf(target));
      if (!current || distance < current.distance) closest.set(keyOf(target), { target, distance });
    }
    const ranked = [...closest.values()].sort(
      (a, b) => a.distance - b.distance || lexicon.targetDanger(a.target) - lexicon.targetDanger(b.target),
    );
    const [best, second] = ranked;
    const resemblances = causesOf(best ? ranked.map((entry) => entry.target) : fuzzy.flatMap((hit) => lexicon.targets[hit.owner] ?? []));
    if (best && (!second || second.distance > best.distance)) return { result: card(best.target, [], best.distance > 0), resemblances };
    // Equally close to two terms: a question, straight away.
    if (best) return { result: didYouMean(resemblances), resemblances };
    return { resemblances };
  }

  const proseHits = (folded: string) => lexicon.prose.search(folded).filter((hit) => hit.relevance >= PROSE_SUGGEST);
  /** The causes whose prose the folded query resembles, best first: what a question may offer beside its own. */
  const suggestedBy = (folded: string) => proseHits(folded).flatMap((hit) => lexicon.catalogue.causes[hit.owner] ?? []);

  return { card, didYouMean, causesOf, fromPhrases, fromTypos, proseHits, suggestedBy };
}

/** The words typed right before and after a token, in its clause. */
const neighbours = (tokens: readonly Token[], at: number) => [
  tokens[at]?.joined ? tokens[at - 1]?.word : undefined,
  tokens[at + 1]?.joined ? tokens[at + 1]?.word : undefined,
];

/** How many targets have every one of these words somewhere in their phrases. */
function targetsHoldingAll(lexicon: Lexicon, words: readonly string[]): number {
  const [first, ...rest] = words.map((word) => lexicon.holders.get(word) ?? new Set<string>());
  return first ? [...first].filter((key) => rest.every((set) => set.has(key))).length : 0;
}

/** A condition of a cause other than `cause` (a condition of the cause itself, "hip surgery" for DVT, counts for it). */
const isContextOfAnother = (lexicon: Lexicon, hit: PhraseHit<Target>, cause: Cause) =>
  lexicon.contexts.has(hit.owner) && hit.owner.type === 'cause' && hit.owner.cause !== cause;

/** A word held by this many targets' phrases or fewer tells which cause a member means. */
const TELLING_HOLDERS = 2;

/**
 * Causes whose own name holds a telling word the query says that the chosen cause's phrases do not ("circulation"
 * beside numb legs; "veins", which only the two vein causes hold and one is named by): the member may mean one of them.
 */
function namedRivals(facts: Facts, lexicon: Lexicon, cause: Cause): Cause[] {
  const rivals = new Set<Cause>();
  const { tokens } = facts.reading;
  for (const [at, token] of tokens.entries()) {
    const holders = lexicon.holders.get(token.word) ?? new Set<string>();
    if (token.denied || holders.has(cause.id) || holders.size > TELLING_HOLDERS || lexicon.generic(token.word)) continue;
    // A word that describes the next, which the cause's own phrases hold ("a deep ache"), is said of that cause's finding.
    const next = tokens[at + 1];
    if (next && next.clause === token.clause && (lexicon.holders.get(next.word)?.has(cause.id) ?? false)) continue;
    // A word two causes share is telling only if everyday speech does not use it ("veins", not "side").
    if (holders.size > 1 && lexicon.familiar(token.word)) continue;
    const others = [...holders].flatMap((key) => lexicon.catalogue.cause(key) ?? []);
    // Every cause that holds a word one of them is named by: "veins" may be the varicose veins of poor circulation.
    if (others.some((other) => lexicon.nameWords(other).has(token.word))) for (const other of others) rivals.add(other);
  }
  return [...rivals];
}

/**
 * Other causes that two or more telling words of the query belong to, none of them a word of `cause`'s phrases, nor
 * a word of when or where.
 */
function leftOverRivals(facts: Facts, lexicon: Lexicon, cause: Cause): Cause[] {
  const wordsOf = new Map<string, Set<string>>();
  const add = (key: string, ...words: string[]) => wordsOf.set(key, new Set([...(wordsOf.get(key) ?? []), ...words]));
  const free = (token: Token) =>
    !token.denied && !(lexicon.holders.get(token.word)?.has(cause.id) ?? false) && !lexicon.saysWhenOrWhere(token.word);
  const { tokens } = facts.reading;
  tokens.forEach((token, at) => {
    const holders = lexicon.holders.get(token.word) ?? new Set<string>();
    if (free(token) && holders.size <= TELLING_HOLDERS) for (const key of holders) add(key, token.word);
    // Two words in a row as only one other target's phrases hold them ("sore red eyes") tell as two words, though
    // either alone ("red") is said of many; not the complaint itself ("muscle cramps").
    const next = tokens[at + 1];
    const telling = (word: Token) => free(word) && !lexicon.generic(word.word) && !lexicon.complaint.has(word.word);
    if (!next || !telling(token) || !telling(next)) return;
    const keys = lexicon.pairHolders(token.word, next.word);
    if (keys.size === 1) for (const key of keys) add(key, token.word, next.word);
  });
  return [...wordsOf].filter(([, words]) => words.size >= 2).flatMap(([key]) => lexicon.catalogue.cause(key) ?? []);
}

/** The rules, most certain first. Each settles the result or passes to the next. */
export const rules: readonly Rule[] = [
  {
    name: 'empty',
    decide: ({ facts }) => (facts.reading.folded ? undefined : { kind: 'none' }),
  },
  {
    // Names: of a cause, a condition, a medicine, or something not covered. With an urgent sign, a name made of the
    // sign's own words decides nothing ("cold pale foot" is the emergency, not poor circulation's "cold feet"), and
    // another cause's condition is only context ("pregnant and one leg is swollen" is about a clot), while the
    // sign's own cause's condition counts for it ("swollen calf after hip surgery"). A condition alone says who the
    // member is: beside it, a description of a cause not to miss weighs as much ("swollen leg while pregnant").
    name: 'named',
    decide: ({ facts, lexicon, helpers }) => {
      const { urgent, nameHits, signWords, flagged } = facts;
      // A note's name told half as what came before ("after football") and half as something done now ("stretched
      // it out") is two things the member did, not the thing the note is about ("stretching exercises"). Where it
      // happened ("thigh … after being kicked") belongs to the event.
      const { tokens: read } = facts.reading;
      const splitByEvent = (hit: PhraseHit<Target>) =>
        hit.owner.type === 'not-covered' &&
        hit.positions.some((at) => read[at]?.event) &&
        hit.positions.some((at) => {
          const token = read[at];
          return token !== undefined && !token.event && !lexicon.saysWhenOrWhere(token.word);
        });
      const whole = nameHits.filter((hit) => !splitByEvent(hit));
      const decisive =
        urgent.length > 0
          ? whole.filter((hit) => beyond(hit, signWords) && !(flagged && isContextOfAnother(lexicon, hit, flagged)))
          : whole;
      const onlyContext = urgent.length === 0 && decisive.length > 0 && decisive.every((hit) => lexicon.contexts.has(hit.owner));
      const notToMiss = onlyContext
        ? facts.describedHits.filter((hit) => hit.owner.type === 'cause' && lexicon.isUrgent(hit.owner.cause))
        : [];
      const named = helpers.fromPhrases([...decisive, ...notToMiss]);
      // Something not covered does not swallow what else the member describes ("shin pain" beside red lumps and a
      // cough): when a cause's description says more than the note's name, two words or more beyond it and one
      // telling, the descriptions decide. One word beside the note ("knee pain" when walking) is still the note. A
      // note about someone else (a pet) answers all of it. The same holds when the note only ties with a cause's
      // name ("hip pain" beside "pain when walking"): a description of that cause that says more settles it.
      const notes = decisive.filter((hit) => hit.owner.type === 'not-covered');
      const aboutSomeoneElse = notes.some((hit) => hit.owner.type === 'not-covered' && hit.owner.entry.kind === 'other-subject');
      // What the note names is the event the rest followed ("ankle swelled up after a bee sting"): it explains them.
      const explainsTheRest = notes.some((hit) => hit.positions.every((at) => facts.reading.tokens[at]?.event));
      if ((named?.kind === 'not-covered' || named?.kind === 'did-you-mean') && notes.length > 0 && !aboutSomeoneElse && !explainsTheRest) {
        const noteWords = new Set(notes.flatMap((hit) => hit.words));
        // What the noted thing is taken for ("quinine for night cramps", "Chinin gegen nächtliche Krämpfe") is the
        // complaint it would treat, not more the member describes: only the complaint, or words as common, after a
        // word of purpose.
        const { tokens } = facts.reading;
        const notePurpose = Math.min(...notes.flatMap((hit) => hit.positions.map((at) => tokens[at]?.purpose ?? 0)));
        const forTheNote = (hit: PhraseHit<Target>) =>
          hit.positions.every((at) => {
            const token = tokens[at];
            return (
              token !== undefined &&
              token.purpose > notePurpose &&
              (lexicon.complaint.has(token.word) || lexicon.generic(token.word) || lexicon.saysWhenOrWhere(token.word))
            );
          });
        // The telling word is not one of when ("cramps every night" beside kidney disease says no cause).
        const tellsACause = (word: string) => !lexicon.generic(word) && !lexicon.saysWhen(word) && !lexicon.complaint.has(word);
        const saysMore = (hit: PhraseHit<Target>) => {
          const beyondNote = hit.words.filter((word) => !noteWords.has(word));
          return !forTheNote(hit) && beyondNote.length >= 2 && beyondNote.some(tellsACause);
        };
        // Beside a question, only a description of one of its candidates settles it.
        const settles = (owner: Target) =>
          named.kind === 'not-covered' || (owner.type !== 'not-covered' && named.candidates.includes(owner.cause));
        if (facts.describedHits.some((hit) => saysMore(hit) && settles(hit.owner))) return undefined;
      }
      return named;
    },
  },
  {
    // An urgent sign with no cause named: its advice, then the cause it belongs to (the member's context beside it).
    name: 'urgent-sign',
    decide: ({ facts, helpers }) => {
      if (facts.urgent.length === 0) return undefined;
      const { flagged } = facts;
      if (!flagged) return { kind: 'none' };
      const context = facts.nameHits.flatMap((hit) => (hit.owner.type === 'cause' && hit.owner.cause !== flagged ? [hit.owner.cause] : []));
      return helpers.card({ type: 'cause', cause: flagged }, [...new Set(context)].slice(0, MAX_OTHERS));
    },
  },
  {
    // A symptom in a part of the body the catalogue is not about ("cramp in my side when running", "eye keeps
    // twitching"), with no part it is about in the query: the note for elsewhere, not a leg card for the symptom.
    name: 'other-place',
    decide: ({ facts, lexicon }) => {
      const { places } = lexicon;
      if (!places?.note) return undefined;
      // Words of how the sentence is built ("won't stop" in "my eye won't stop twitching") stand between nothing.
      const tokens = facts.reading.tokens.filter((token) => !token.denied && !lexicon.grammatical(token.word));
      if (tokens.some((token) => places.covered.has(token.word))) return undefined;
      // The symptom stands right beside the part, not joined to it as another finding ("puffy face and cramps").
      const beside = (first: Token | undefined, second: Token | undefined) =>
        first !== undefined && second !== undefined && first.clause === second.clause && !lexicon.joiners.has(second.before);
      const placed = tokens.some(
        (token, i) =>
          places.elsewhere.has(token.word) &&
          ((places.symptoms.has(tokens[i - 1]?.word ?? '') && beside(tokens[i - 1], token)) ||
            (places.symptoms.has(tokens[i + 1]?.word ?? '') && beside(token, tokens[i + 1]))),
      );
      return placed ? { kind: 'not-covered', entry: places.note } : undefined;
    },
  },
  {
    name: 'described',
    decide: ({ facts, helpers }) => helpers.fromPhrases(facts.describedHits),
  },
  {
    name: 'misspelt-term',
    wholeQuery: true,
    decide: (query) => query.typos().result,
  },
  {
    name: 'prefix',
    wholeQuery: true,
    decide: ({ facts, lexicon, helpers }) => {
      const { folded, words } = facts.reading;
      if (folded.length < MIN_PREFIX_FOR_QUESTION) return undefined;
      const hits = lexicon.terms.prefix(folded, 50);
      const targets = [...new Set(hits.flatMap((hit) => lexicon.targets[hit.owner] ?? []))];
      if (targets.length === 0) return undefined;
      // Whole everyday words at the start of a longer term ("calf pain" of PAD's "calf pain walking") are not a
      // name being typed: when other causes' phrases hold those words too, ask, with what the prose suggests.
      if (hits.some((hit) => ` ${hit.text} `.includes(` ${folded} `)) && targetsHoldingAll(lexicon, words) > 1) {
        return helpers.didYouMean([...helpers.causesOf(targets), ...helpers.suggestedBy(folded)]);
      }
      const [only] = targets;
      if (targets.length === 1 && only && folded.length >= MIN_PREFIX_FOR_CARD) return helpers.card(only, [], true);
      return helpers.didYouMean(helpers.causesOf(targets));
    },
  },
  {
    name: 'prose',
    wholeQuery: true,
    decide: ({ facts, lexicon, helpers }) => {
      // A query with no leg, cramp or word of a cause's own phrases in it ("how do I stop snoring", "what time does the
      // pharmacy open") is about something else: a word it shares with a cause's prose is chance, not a question worth
      // asking. Words only the urgent signs, the notes or the synonyms use do not make it one.
      const { places } = lexicon;
      const { tokens } = facts.reading;
      // Nor do a time ("what time does it open"), a colour or side word, grammar, or a word many causes share.
      const ofACause = (token: Token, at: number) =>
        lexicon.pointsToByPhrases(token.word).length > 0 &&
        lexicon.standsAlone(token.word, neighbours(tokens, at)) &&
        ![lexicon.generic, lexicon.grammatical, lexicon.saysWhenOrWhere].some((says) => says(token.word)) &&
        !lexicon.modifiers.has(token.word);
      const about = tokens.some((token, at) => places?.covered.has(token.word) || places?.symptoms.has(token.word) || ofACause(token, at));
      if (places && !about) return undefined;
      const hits = helpers.proseHits(facts.reading.folded);
      const [best, second] = hits;
      const bestCause = best && lexicon.catalogue.causes[best.owner];
      if (!best || !bestCause) return undefined;
      // The prose alone never makes a card of everyday words ("la crampe est partie vite"): one telling word of the
      // query must be a word the cause's own phrases use, and not a colour or side word ("una" of "una uña encarnada").
      const named = facts.reading.words.some(
        (word) => !lexicon.generic(word) && !lexicon.modifiers.has(word) && (lexicon.holders.get(word)?.has(bestCause.id) ?? false),
      );
      const strong =
        named &&
        best.relevance >= PROSE_CARD &&
        best.matched >= PROSE_CARD_WORDS &&
        (!second || best.relevance >= second.relevance * PROSE_MARGIN);
      if (strong) return helpers.card({ type: 'cause', cause: bestCause }, [], true);
      return helpers.didYouMean(hits.flatMap((hit) => lexicon.catalogue.causes[hit.owner] ?? []));
    },
  },
  {
    name: 'resemblance',
    wholeQuery: true,
    decide: (query) => query.helpers.didYouMean(query.typos().resemblances),
  },
];

/** Checks on a settled result, in order: each may turn a card into a question, or qualify it. */
export const checks: readonly Check[] = [
  {
    // A card found through a mended misspelling is the closest match, and says so.
    name: 'mended-spelling',
    check: (result, { facts }) =>
      result.kind === 'card' && facts.reading.mended && !result.closest ? { ...result, closest: true } : result,
  },
  {
    // A medicine the catalogue does not list (a generic name's ending, a brand typed with a capital, a word after "on"
    // or "taking") may or may not cause cramps: never a confident card for something else
    // ("ramipril leg cramps" is not simply overuse), but a question that offers the medication cause beside it.
    name: 'unlisted-medicine',
    check: (result, { facts, lexicon, helpers }) => {
      const medicineCause = lexicon.medicineCause;
      if (!medicineCause || facts.urgent.length > 0 || facts.medicineLike.length === 0) return result;
      switch (result.kind) {
        case 'card':
          // The medication card already answers for every medicine ("enalapril and a water pill"): only another card is doubted.
          return result.medicine || result.cause === medicineCause
            ? result
            : helpers.didYouMean([medicineCause, result.cause, ...result.others]);
        case 'did-you-mean':
          return helpers.didYouMean([medicineCause, ...result.candidates]);
        case 'none':
          return helpers.didYouMean([medicineCause]);
        case 'not-covered':
          return result;
      }
    },
  },
  {
    // Confidence from coverage: a card that leaves a good share of what the member wrote unexplained ("my dog keeps
    // getting cramps", "leg cramps on vincristine") may answer a question they did not ask; offer it, do not assert it.
    name: 'unexplained-words',
    check: (result, { facts, lexicon, helpers }, decidedBy) => {
      if (result.kind !== 'card' || decidedBy.wholeQuery) return result;
      // A slip away from a word of the card's own phrases ("dep vein", "vien") is explained by the card; a word of
      // the language in its own right is no slip ("hoarse" is not the "horse" of a charley horse).
      const ownWords = lexicon.phraseWords(result.cause);
      const own = [...ownWords];
      const opposites = lexicon.catalogue.language.opposites;
      // A word that looks like a medicine is explained by the medication card, which is about every medicine.
      const medicines = result.cause === lexicon.medicineCause ? new Set(facts.medicineLike) : new Set<string>();
      const left = facts.unexplained.filter(
        (word) =>
          !facts.besideNames.has(word) &&
          !medicines.has(word) &&
          (lexicon.realWord(word) || !own.some((target) => slip(word, target, opposites))),
      );
      // A card chosen by generic words alone ("my legs keep cramping") says nothing about a word it cannot explain
      // ("I'm vegan and…"): that word may be the real question.
      const support = [...facts.nameHits, ...facts.describedHits].filter(
        (hit) => hit.owner.type !== 'not-covered' && hit.owner.cause === result.cause,
      );
      // When and where it comes ("cramps at night") say no more than the complaint does.
      const saysLittle = (word: string) => lexicon.generic(word) || lexicon.saysWhen(word);
      const genericOnly = support.length > 0 && support.every((hit) => hit.words.every(saysLittle));
      if (genericOnly) {
        // A telling word of other cards ("vegan", from the nutrition card's "vegan diet"; an everyday word only one
        // card's phrases hold, "salt"; an everyday word the catalogue reads as one of its own, "eat" as "diet"): they
        // may be the answer. A word of an urgent sign the member describes is that sign's, already answered by its advice.
        const { tokens } = facts.reading;
        const elsewhere = tokens
          .filter(
            (token, at) =>
              !token.denied &&
              telling(token) &&
              lexicon.standsAlone(token.word, neighbours(tokens, at)) &&
              (!lexicon.familiar(token.word) || lexicon.holders.get(token.word)?.size === 1) &&
              !lexicon.generic(token.word) &&
              !lexicon.grammatical(token.word) &&
              !facts.signWords.has(token.word),
          )
          .map((token) => ({ token, causes: lexicon.pointsTo(token.word) }))
          .filter(({ causes }) => causes.length > 0 && !causes.includes(result.cause));
        // What the cramps followed ("since I went vegan"), pointing to one cause, is the member's own answer; not a
        // cause not to miss, which needs its own findings ("cramps after a long flight" is no clot).
        const [followed, ...more] = new Set(elsewhere.flatMap(({ token, causes }) => (token.event ? causes : [])));
        if (followed && more.length === 0 && !lexicon.isUrgent(followed) && elsewhere.every(({ causes }) => causes.includes(followed)))
          return helpers.card({ type: 'cause', cause: followed });
        if (elsewhere.length > 0) return helpers.didYouMean([result.cause, ...elsewhere.flatMap(({ causes }) => causes), ...result.others]);
      }
      // Two words a described card leaves over that both belong to another cause's own phrases ("cold all the time"
      // and "exhausted" beside a thigh cramp) may be that cause: offer both, as neither word alone would tell; so may a
      // word of another cause's own name ("my circulation is terrible"), beside a described card or a named one ("my
      // veins … down the back of my legs"). An urgent sign has already said which cause the member means.
      // A medicine named already says which cause: its note's effects are no rival ("furosemide and tired muscles").
      const namedNotMedicine = decidedBy.name === 'named' && !result.medicine;
      const rivals =
        decidedBy.name === 'described'
          ? [...new Set([...leftOverRivals(facts, lexicon, result.cause), ...namedRivals(facts, lexicon, result.cause)])]
          : namedNotMedicine
            ? namedRivals(facts, lexicon, result.cause)
            : [];
      if (rivals.length > 0) return helpers.didYouMean([result.cause, ...rivals, ...result.others]);
      // A feeling likened to something the card's own phrases do not hold ("feel like they're on fire", "like blocks of
      // ice") is how the member describes it: a card chosen without it may be the wrong one.
      const likenedLeft = facts.reading.tokens.some(
        (token) =>
          token.likened &&
          !token.denied &&
          TELLING_WORD.test(token.folded) &&
          !ownWords.has(token.folded) &&
          !(lexicon.holders.get(token.word)?.has(result.cause.id) ?? false) &&
          !lexicon.generic(token.word) &&
          !lexicon.grammatical(token.word),
      );
      if (likenedLeft && decidedBy.name === 'described')
        return helpers.didYouMean([result.cause, ...result.others, ...helpers.suggestedBy(facts.reading.folded)]);
      if (left.length === 0) return result;
      if (
        !genericOnly &&
        left.length / Math.max(1, facts.meaningful) < UNEXPLAINED_SHARE &&
        !left.some((word) => (word.length >= JARGON_LENGTH && !lexicon.spokenOften(word)) || facts.abbreviations.includes(word))
      )
        return result;
      // A card chosen by the complaint alone says nothing of the rest: what the catalogue's prose makes of it may.
      const suggested = genericOnly ? helpers.suggestedBy(facts.reading.folded) : [];
      return helpers.didYouMean([result.cause, ...result.others, ...suggested]);
    },
  },
];
