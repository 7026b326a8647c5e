import { UrgencyLevels, type Cause, type RedFlag } from '../catalogue/schema.js';
import type { Lexicon, Target } from './lexicon.js';
import type { PhraseHit } from './phrases.js';
import type { Reading, Token } from './reading.js';

/** Longer than the longest word members type ("hypomagnesaemia" is 15 letters; chemical names run to about 30). */
const LONGEST_WORD = 40;

/**
 * One query read against the lexicon, once, before any rule runs: the rules only look things up here, so each
 * is a small function and none reads the raw text.
 */
export interface Facts {
  readonly reading: Reading;
  /** Urgent signs described now (not denied, not said of the past, not described otherwise), most urgent first. */
  readonly urgent: readonly RedFlag[];
  /** The member's words for each of those signs, in the same order. */
  readonly said: readonly string[];
  /** Every word those signs are written in. */
  readonly signWords: ReadonlySet<string>;
  /** Of the signs' causes, the one the member's own words point to. */
  readonly flagged: Cause | undefined;
  readonly nameHits: readonly PhraseHit<Target>[];
  readonly describedHits: readonly PhraseHit<Target>[];
  /** Words the catalogue cannot explain at all ("dog", "vincristine"). */
  readonly unexplained: readonly string[];
  /**
   * Unexplained words that may be a medicine's name: shaped like a generic name ("ramipril"), typed like a brand
   * ("Sortis"), or after a word such as "on" or "taking" ("cramps on lasilix").
   */
  readonly medicineLike: readonly string[];
  /** Unexplained words typed in capitals in a message that does not shout ("POTS"): an abbreviation, a name. */
  readonly abbreviations: readonly string[];
  /** Unexplained words typed right beside a name ("salbutamol nebulisers", "lithium carbonate"): part of it. */
  readonly besideNames: ReadonlySet<string>;
  /** How many words of the query carry meaning and are not denied. */
  readonly meaningful: number;
}

export function readFacts(lexicon: Lexicon, query: string): Facts {
  const reading = lexicon.reader.read(query);
  const cancels = lexicon.notSigns.match(reading);
  // A phrase of a sign's `unless` that shares a meaningful word with the sign's phrase describes something else
  // ("cramp so bad I can't move my leg"), unless the member names another finding of that sign beside it ("… and
  // now it's cold").
  const describedOtherwise = (hit: PhraseHit<RedFlag>, cancel: PhraseHit<RedFlag>) => {
    if (!cancel.words.some((word) => hit.words.includes(word) && !lexicon.grammatical(word))) return false;
    // Being unable is a finding of its own: "breathing fine" does not describe "can't breathe fine" ("no puedo
    // respirar bien"), unless the phrase says the inability too ("can't move" of a cramp).
    if (hit.words.some((word) => lexicon.unable.has(word) && !cancel.words.includes(word))) return false;
    // Another sign's finding told between its words parts them: in "swollen and I blacked out for a second" the
    // second is the blackout's, not the swelling's.
    const [from, to] = [Math.min(...cancel.positions), Math.max(...cancel.positions)];
    const apart = (at: number) => at > from && at < to && !hit.positions.includes(at);
    if (matched.some((other) => other.owner !== hit.owner && other.positions.some(apart))) return false;
    const findings = lexicon.signFindings(hit.owner);
    const explained = new Set([...hit.words, ...cancel.words]);
    return !reading.tokens.some((token) => !token.denied && findings.has(token.word) && !explained.has(token.word));
  };
  // A phrase read through what relieves a complaint ("pain … stops when I rest", "cramps stop once I walk around")
  // says nothing of when it comes on, unless the phrase is itself about relief ("better when I hang my leg down").
  const notThroughRelief = (hit: PhraseHit<unknown>) =>
    !hit.positions.some((at) => reading.tokens[at]?.relieving) || hit.positions.some((at) => reading.tokens[at]?.easing);
  const matched = lexicon.flags.match(reading);
  // A phrase that stands wholly inside a fuller phrase of the same sign ("late rápido" inside "el corazón me late
  // rápido") is that finding told in part: it is judged as the fuller one is, not on its own.
  const within = (hit: PhraseHit<RedFlag>) =>
    matched.some(
      (other) =>
        other !== hit &&
        other.owner === hit.owner &&
        other.positions.length > hit.positions.length &&
        hit.positions.every((at) => other.positions.includes(at)),
    );
  const candidateSigns = matched
    .filter((hit) => !within(hit))
    // A sign said of the past ("a stroke 10 years ago") is history, and one asked about ("is cramp a sign of a
    // stroke") a topic: neither is an emergency now.
    .filter((hit) => !hit.positions.some((at) => reading.tokens[at]?.past || reading.tokens[at]?.asked))
    // A sign that is only the event something dates from ("cramps since my stroke") has happened; one beside it
    // ("swollen since my operation") is now.
    .filter((hit) => hit.owner.anEvent || !hit.positions.every((at) => reading.tokens[at]?.event))
    .filter(notThroughRelief)
    // A one-sided sign said of both sides ("both ankles swollen", "my legs are swollen") is another picture.
    .filter((hit) => !(hit.owner.oneSide && saysBothSides(lexicon, reading, hit.positions)));
  const cancelled = (hit: PhraseHit<RedFlag>) => cancels.some((cancel) => cancel.owner === hit.owner && describedOtherwise(hit, cancel));
  // What explains a sign on its own ("out of breath after a run") does not explain it beside another sign of the same
  // cause ("… and one calf is swollen and hot"): together they are that cause's picture, so the sign stands.
  const standing = candidateSigns.filter((hit) => !cancelled(hit));
  const raising = (flag: RedFlag, others: readonly PhraseHit<RedFlag>[]) =>
    others.some((other) => other.owner !== flag && flag.raisedBy?.signs.includes(other.owner.id));
  const corroborated = (hit: PhraseHit<RedFlag>) =>
    standing.some((other) => other.owner !== hit.owner && other.owner.causes.some((cause) => hit.owner.causes.includes(cause))) ||
    raising(hit.owner, standing);
  const signHits = candidateSigns.filter((hit) => !cancelled(hit) || corroborated(hit));
  // A sign beside one that raises it is told at the raised level ("fainted" beside one swollen calf is an emergency).
  const raised = (flag: RedFlag): RedFlag => (raising(flag, signHits) ? raisedSign(flag) : flag);
  // Most urgent first; of equal urgency, in the catalogue's order, not the order the member happened to tell them.
  const { redFlags } = lexicon.catalogue;
  const order = (flag: RedFlag) => redFlags.findIndex((candidate) => candidate.id === flag.id);
  const urgent = [...new Set(signHits.map((hit) => hit.owner))]
    .map(raised)
    .sort((a, b) => UrgencyLevels.indexOf(a.level) - UrgencyLevels.indexOf(b.level) || order(a) - order(b));
  const signWords = new Set(urgent.flatMap((flag) => [...lexicon.signVocabulary(flag)]));
  // A medicine taken for the complaint ("pills for my cramps", "Tabletten gegen Krämpfe") is a remedy, not its cause:
  // the medication cause's phrase is not read across a word of purpose when only the complaint (the catalogue's
  // symptom, or words as common) follows it.
  const notARemedy = (hit: PhraseHit<Target>) => {
    if (hit.owner.type === 'not-covered' || hit.owner.cause !== lexicon.medicineCause) return true;
    const tokens = hit.positions.flatMap((at) => reading.tokens[at] ?? []);
    const first = Math.min(...tokens.map((token) => token.purpose));
    const after = tokens.filter((token) => token.purpose > first);
    return (
      after.length === 0 ||
      after.some((token) => !lexicon.complaint.has(token.word) && !lexicon.generic(token.word) && !lexicon.saysWhenOrWhere(token.word))
    );
  };
  // A cause of a one-sided sign described of both sides ("my legs swell up by bedtime") is another picture, as its sign is.
  const oneSidedOfBoth = (hit: PhraseHit<Target>) =>
    hit.owner.type === 'cause' && lexicon.oneSidedCauses.has(hit.owner.cause.id) && saysBothSides(lexicon, reading, hit.positions);
  const describedHits = [
    ...lexicon.described
      .match(reading)
      .filter(notThroughRelief)
      .filter(notARemedy)
      .filter((hit) => !oneSidedOfBoth(hit)),
    ...toldApart(lexicon, reading),
  ];
  // A condition named as what a medicine is for ("diabetes meds", "pills for my diabetes") says what the medicine
  // treats, not what the member has here: it names no cause, and the medicine's own phrase answers.
  const forAMedicine = (hit: PhraseHit<Target>) => {
    if (!lexicon.contexts.has(hit.owner)) return false;
    const tokens = hit.positions.flatMap((at) => reading.tokens[at] ?? []);
    const [first, last] = [Math.min(...hit.positions), Math.max(...hit.positions)];
    const head = reading.tokens[first];
    const next = reading.tokens[last + 1];
    if (next?.joined && next.clause === reading.tokens[last]?.clause && lexicon.medicineWords.has(next.word)) return true;
    // "las pastillas de la diabetes": the medicine word just before, with no "and" or "or" between.
    const previous = reading.tokens[first - 1];
    if (
      previous &&
      head &&
      previous.clause === head.clause &&
      lexicon.medicineWords.has(previous.word) &&
      !lexicon.joiners.has(head.before)
    )
      return true;
    return reading.tokens
      .slice(0, first)
      .some(
        (token) => token.clause === head?.clause && lexicon.medicineWords.has(token.word) && tokens.every((t) => t.purpose > token.purpose),
      );
  };
  const nameHits = lexicon.names
    .match(reading)
    .filter(notThroughRelief)
    .filter(notARemedy)
    .filter((hit) => !forAMedicine(hit));
  const signCauses = urgent.flatMap((flag) => flag.causes.flatMap((causeId) => lexicon.catalogue.cause(causeId) ?? []));
  // A "word" longer than any real one is noise (a held key), not something left unexplained.
  const meaningful = reading.tokens.filter((token) => !token.denied && token.folded.length <= LONGEST_WORD);
  // What a member likens a feeling to ("like walking on cotton wool") may describe it in everyday words no phrase
  // holds: those are left unexplained, however familiar. A word of the catalogue's phrases ("stabbed") is not.
  const phrased = new Set([...describedHits, ...nameHits, ...signHits].flatMap((hit) => hit.positions.map((at) => reading.tokens[at])));
  // A word typed in capitals in a message that is not all capitals is an abbreviation ("POTS and leg cramps"), not
  // the everyday word it spells: unless the catalogue's phrases hold it, or it is one the catalogue calls everyday
  // ("GP"), it is left unexplained.
  const shouting = reading.tokens.every((token) => token.caps || !/\p{L}/u.test(token.folded));
  const abbreviation = (token: Token) => token.caps && !shouting && !lexicon.inPhrases(token.word) && !lexicon.everyday.has(token.folded);
  const unexplained = meaningful.filter(
    (token) => !lexicon.explains(token) || (token.likened && !lexicon.inPhrases(token.word) && !phrased.has(token)) || abbreviation(token),
  );
  // A medicine only the clinicians' text names ("been on metformin a year") is explained as a word, but not as a
  // cause: it may be a medicine like any the catalogue does not list.
  const jargon = meaningful.filter((token) => lexicon.clinicianJargon(token));
  const saidFor = (flag: RedFlag) => {
    const hit = signHits.find((candidate) => candidate.owner.id === flag.id);
    if (!hit) return '';
    const [from, to] = [Math.min(...hit.positions), Math.max(...hit.positions)];
    return reading.tokens
      .slice(from, to + 1)
      .map((token) => token.folded)
      .join(' ');
  };
  return {
    reading,
    urgent,
    said: urgent.map(saidFor),
    signWords,
    flagged: causeDescribed(signCauses, describedHits, signWords, reading, lexicon),
    nameHits,
    describedHits,
    unexplained: [...new Set(unexplained.map((token) => token.folded))],
    abbreviations: unexplained.filter(abbreviation).map((token) => token.folded),
    besideNames: besideNames(reading, nameHits, lexicon),
    medicineLike: [...unexplained, ...jargon].filter((token) => mayBeMedicine(lexicon, token)).map((token) => token.folded),
    meaningful: meaningful.length,
  };
}

/**
 * A description that says what relieves, told in two parts anywhere in the message: what brings the complaint on
 * ("I walk to the bus stop and my calf cramps") and what relieves it ("if I stop, it goes").
 */
function toldApart(lexicon: Lexicon, reading: Reading): PhraseHit<Target>[] {
  const { tokens } = reading;
  const said = (token: Token) => !token.denied && !token.likened && !token.asked && !token.past;
  return lexicon.reliefs.flatMap(({ owner, broughtOnBy, relievedBy }) => {
    const on = tokens.findIndex((token) => said(token) && !token.relieving && !token.easing && broughtOnBy.has(token.word));
    const off = tokens.findIndex((token) => said(token) && token.relieving && relievedBy.has(token.word));
    if (on < 0 || off < 0) return [];
    const positions = [on, off].sort((a, b) => a - b);
    return [{ owner, words: positions.map((at) => tokens[at]?.word ?? ''), whole: false, positions }];
  });
}

function saysBothSides(lexicon: Lexicon, reading: Reading, positions: readonly number[]): boolean {
  const clauses = new Set(positions.map((at) => reading.tokens[at]?.clause));
  const inClauses = reading.tokens.filter((token) => clauses.has(token.clause));
  // A part told as one ("ein Bein", "my left calf") is one side, whatever else the clause holds ("vom Knöchel bis zum
  // Knie": German "Knöchel" is one ankle or both).
  if (inClauses.some((token) => lexicon.isPlace(token.word) && lexicon.oneSide.has(token.before))) return false;
  // "Deux"/"dois" count days as well as legs: a number before a time word ("depuis deux jours") says how long, not where.
  return inClauses.some((token, at) => {
    const next = inClauses[at + 1];
    const counting = lexicon.isNumber(token.folded) && next !== undefined && lexicon.saysWhen(next.word);
    return lexicon.bothSides.has(token.folded) && !counting;
  });
}

/** Shorter unknown words are too often something else: a medicine's name has five letters or more. */
const MIN_MEDICINE_NAME = 5;

function mayBeMedicine(lexicon: Lexicon, token: Token): boolean {
  const { folded } = token;
  if (lexicon.nameEndings.some((ending) => folded.length >= ending.length + 2 && folded.endsWith(ending))) return true;
  // What a feeling is likened to ("walking on pebbles") is imagined, not taken.
  if (folded.length < MIN_MEDICINE_NAME || lexicon.familiar(folded) || token.likened) return false;
  return (token.capitalised && !lexicon.catalogue.language.capitalisedNouns) || lexicon.medicineCues.has(token.before);
}

/** Words typed right before or after a specific (not generic) word of a name the query holds. */
function besideNames(reading: Reading, nameHits: readonly PhraseHit<Target>[], lexicon: Lexicon): Set<string> {
  const named = new Set(nameHits.flatMap((hit) => hit.positions.filter((at) => !lexicon.generic(reading.tokens[at]?.word ?? ''))));
  const beside = new Set<string>();
  reading.tokens.forEach((token, at) => {
    const next = reading.tokens[at + 1];
    if ((named.has(at - 1) && token.joined) || (named.has(at + 1) && next?.joined)) beside.add(token.folded);
  });
  return beside;
}

/** A sign as told when another sign raises it: at its raised level, with the advice that says why. */
export const raisedSign = (flag: RedFlag): RedFlag =>
  flag.raisedBy ? { ...flag, level: flag.raisedBy.level, advice: flag.raisedBy.advice } : flag;

/** Whether a phrase found in the query says something beyond the urgent sign's own words. */
export const beyond = (hit: PhraseHit<Target>, signWords: ReadonlySet<string>) => hit.words.some((word) => !signWords.has(word));

/**
 * Of an urgent sign's causes, the one the member's own words describe, else the first: dark pee after a hard
 * session at the gym points to overworked muscles rather than a statin. A description counts only with a word
 * beyond the sign's own ("foot suddenly cold" is the emergency, not poor circulation's "cold feet"). With no
 * description, one telling word of a cause's phrases beside the sign still says which ("after a marathon").
 */
function causeDescribed(
  causes: readonly Cause[],
  describedHits: readonly PhraseHit<Target>[],
  signWords: ReadonlySet<string>,
  reading: Reading,
  lexicon: Lexicon,
): Cause | undefined {
  if (causes.length < 2) return causes[0];
  const describedCauses = new Set(
    describedHits.filter((hit) => beyond(hit, signWords)).flatMap((hit) => (hit.owner.type === 'cause' ? [hit.owner.cause] : [])),
  );
  const described = causes.find((cause) => describedCauses.has(cause));
  if (described) return described;
  const telling = reading.tokens.filter((token) => !token.denied && !signWords.has(token.word) && !lexicon.generic(token.word));
  const told = causes.filter((cause) => telling.some((token) => lexicon.holders.get(token.word)?.has(cause.id)));
  return told.length === 1 ? told[0] : causes[0];
}
