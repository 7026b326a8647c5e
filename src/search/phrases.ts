import { foldText } from '../catalogue/fold.js';
import { COMMA, type Reading } from './reading.js';
import type { Vocabulary } from './words.js';

export interface PhraseHit<Owner> {
  readonly owner: Owner;
  /** The query's canonical words where the phrase stands (a "calf" where the phrase says "leg"). */
  readonly words: readonly string[];
  /** The whole query is this phrase and nothing else. */
  readonly whole: boolean;
  /** Where its words stand in the query's tokens. */
  readonly positions: readonly number[];
}

export interface PhraseRules {
  /** Colour and side words: each must stand right beside another word of its phrase. */
  readonly modifiers: ReadonlySet<string>;
  /** Whether a colour word follows the word it describes (see `Language.modifiersFollow`). */
  readonly modifiersFollow: boolean;
  /** Short abbreviations that are also everyday words: inside a sentence they count only in capitals. */
  readonly ordinaryShortWords: ReadonlySet<string>;
  /** Words after which one of those names a condition even in lower case ("have" in "I have ms"). */
  readonly conditionCues: ReadonlySet<string>;
  /** Canonical word → the larger body part it is within ("calf" → "leg"), which it also stands for. */
  readonly partOf: ReadonlyMap<string, string>;
  /** The language's common words (folded): a colour word followed by one does not describe it. */
  readonly functionWords: ReadonlySet<string>;
  /** A phrase may not stand partly inside an imagined comparison and partly outside it (see `Token.likened`). */
  readonly likenedApart: boolean;
  /**
   * Words that must stand right beside another word of their phrase, with at most `between` words between: a
   * long time ("prolonged", from "for 3 hours") in an urgent sign is how long the cramp lasted ("calf cramping for
   * 3 hours"), not how long something else took ("cramp from sitting for 3 hours").
   */
  readonly besideOnly: ReadonlySet<string>;
  /** What may stand between a `besideOnly` word and its phrase: parts of the body ("calf") and verbs of lasting ("lasted"). */
  readonly between: ReadonlySet<string>;
  /** Words that name what happened (see `Language.incidents`): they may stand anywhere before the rest of their phrase. */
  readonly incidents: ReadonlySet<string>;
  /** Findings of the whole body (see `Language.wholeBody`): they may stand anywhere in the message. */
  readonly wholeBody: ReadonlySet<string>;
  /** Whether a phrase that opens with this word, as typed, then this finding (canonical) names an absence (see `Entry`). */
  readonly namesAbsence: (lead: string, finding: string) => boolean;
  /** Denial words (canonical): one typed right after a comma denies what follows it, not a phrase's words before it. */
  readonly denials: ReadonlySet<string>;
  /**
   * Parts of the body the catalogue covers (canonical: "leg", "calf"), parts it does not ("face", "hand"), and the
   * words (folded) that make one of those a side rather than a part ("one" in "one side", "einer" in "einer Seite").
   */
  readonly places: {
    readonly covered: ReadonlySet<string>;
    readonly elsewhere: ReadonlySet<string>;
    readonly sides: ReadonlySet<string>;
    /** Complaints a part may have of its own (canonical: "cramp", "numb"): "leg cramps" is no part joined to another. */
    readonly symptoms: ReadonlySet<string>;
  };
}

/** Single words this short ("MS", "PE", "TIA") are abbreviations: inside a sentence they need care. */
const SHORT_WORD = 3;
const NUMBER = /^\d+$/;
/** How many more positions than it has words a phrase may spread over: "calf is really badly swollen" holds "swollen calf". */
const SLACK = 3;
/** How far before a finding the denial of an absence may stand ("not" in "not really breathing"). */
const ABSENCE_REACH = 2;

interface Entry<Owner> {
  readonly owner: Owner;
  readonly words: readonly string[];
  readonly key: string;
  readonly slack: number;
  /** A one-word name that must be typed as written (folded), not met by another word with its stem. */
  readonly typed?: string;
  /**
   * Words that say when (canonical): in this phrase ("sweating at night") such a word stands with the rest, not
   * across a word that joins two findings ("sweat at work and at night I get cramps": the night is the cramps').
   */
  readonly when?: ReadonlySet<string>;
  /** The phrase names a part the catalogue covers ("swollen leg"): a word of it beside another part is that part's. */
  readonly namesPlace: boolean;
  /**
   * A phrase that opens with a denial and a finding it would cover names an absence ("not breathing"): it holds where
   * that denial, as typed, denies the finding ("he isn't breathing"), which no other phrase can, and not where the
   * finding is only said near a denial ("not sure my breathing is ok", "no breathing problems").
   */
  readonly absence?: string;
}

/**
 * Finds the catalogue phrases a query holds, read in place: a phrase matches when its words stand together in one
 * clause (in any order, spread over at most a few more words than it has), and each colour or side word stands
 * right beside another of its words. So "blue inhaler makes my legs cramp" holds no "blue leg", and "calf cramp
 * last night" no "cramp lasted all night". Phrases are keyed by their first word, so a query only looks at phrases
 * that share a word with it.
 */
export class PhraseIndex<Owner> {
  readonly #byWord = new Map<string, Entry<Owner>[]>();

  constructor(
    vocabulary: Vocabulary,
    entries: Iterable<{ owner: Owner; phrase: string; slack?: number; typed?: string; when?: ReadonlySet<string> }>,
    private readonly rules: PhraseRules,
  ) {
    for (const { owner, phrase, slack = SLACK, typed, when } of entries) {
      const [lead = '', ...rest] = foldText(phrase).split(' ');
      const found = rest.length > 0 ? vocabulary.words(rest.join(' ')) : [];
      const absence = rules.namesAbsence(lead, found[0] ?? '') ? lead : undefined;
      const words = absence === undefined ? vocabulary.words(phrase) : found;
      const first = words[0];
      if (first === undefined) continue;
      const list = this.#byWord.get(first) ?? [];
      list.push({
        owner,
        words,
        key: words.join(' '),
        slack,
        ...(absence === undefined ? {} : { absence }),
        ...(typed === undefined ? {} : { typed }),
        ...(when && words.some((word) => when.has(word)) ? { when } : {}),
        namesPlace: words.some((word) => rules.places.covered.has(word)),
      });
      this.#byWord.set(first, list);
    }
  }

  /** Every phrase the query holds in place, once each, from words it does not deny (an absence, from those it does). */
  match(reading: Reading): PhraseHit<Owner>[] {
    const said = new Map<string, number[]>();
    const every = new Map<string, number[]>();
    reading.tokens.forEach((token, at) => {
      // A calf is also a leg: a phrase about the leg ("leg tight after a fall") holds for the calf.
      for (const word of [token.word, this.rules.partOf.get(token.word)]) {
        if (!word) continue;
        every.set(word, [...(every.get(word) ?? []), at]);
        if (!token.denied) said.set(word, [...(said.get(word) ?? []), at]);
      }
    });
    // Where a denial, as typed, stands just before the finding it covers: "isn't" in "he isn't breathing".
    const deniedBy = (at: number, denial: string) =>
      reading.tokens[at]?.denied === true &&
      reading.tokens.slice(Math.max(0, at - ABSENCE_REACH), at).some((token) => token.folded === denial && token.denied);
    const whole = reading.words.join(' ');
    const hits: PhraseHit<Owner>[] = [];
    for (const word of every.keys()) {
      for (const entry of this.#byWord.get(word) ?? []) {
        const { absence } = entry;
        const positions = absence === undefined ? said : every;
        const anchors = (positions.get(word) ?? []).filter((at) => absence === undefined || deniedBy(at, absence));
        const isWhole = entry.key === whole;
        // A name that must be typed as written is no abbreviation: it is checked as typed below.
        if (
          !isWhole &&
          entry.typed === undefined &&
          entry.words.length === 1 &&
          word.length <= SHORT_WORD &&
          !this.#abbreviationCounts(reading, anchors, word)
        )
          continue;
        // Each place the phrase stands is its own hit: "short of breath years ago, now short of breath" is said twice.
        for (const anchor of anchors) {
          if (entry.typed !== undefined && reading.tokens[anchor]?.folded !== entry.typed) continue;
          const placed = this.#placed(entry, anchor, positions, reading);
          // The query's own words where the phrase stands: a toe matched as a foot counts as the toe it is.
          if (placed)
            hits.push({ owner: entry.owner, words: placed.map((at) => reading.tokens[at]?.word ?? ''), whole: isWhole, positions: placed });
        }
      }
    }
    return hits;
  }

  /**
   * A short word inside a sentence is an abbreviation when typed in capitals, or when it is no everyday word and was
   * typed as itself: "vite" only stems to "vit", and is no vitamin. An everyday one counts after a word that says a
   * condition follows ("I have ms", not "ms smith").
   */
  #abbreviationCounts(reading: Reading, anchors: readonly number[], abbreviation: string): boolean {
    return anchors.some((at) => {
      const token = reading.tokens[at];
      if (token === undefined) return false;
      const asTyped = token.folded === abbreviation || token.folded === `${abbreviation}s`;
      return token.caps || (asTyped && (!this.rules.ordinaryShortWords.has(token.folded) || this.rules.conditionCues.has(token.before)));
    });
  }

  /** Where the phrase's words stand together in one clause around its first word at `anchor`, if they do. */
  #placed(
    { words, slack, when, namesPlace }: Entry<Owner>,
    anchor: number,
    positions: ReadonlyMap<string, readonly number[]>,
    reading: Reading,
  ): number[] | undefined {
    const reach = words.length + slack;
    const clause = reading.tokens[anchor]?.clause;
    // What the complaint followed ("after a crazy crossfit session") stands between findings without parting them.
    const apart = (from: number, to: number) =>
      Math.abs(to - from) - reading.tokens.slice(Math.min(from, to) + 1, Math.max(from, to)).filter((token) => token.event).length;
    // Each word of the phrase takes its own position: "weaker and weaker" needs the word twice, not once.
    const taken = new Set<number>([anchor]);
    const chosen = words.map((word, i) => {
      if (i === 0) return anchor;
      let best: number | undefined;
      const told = this.rules.incidents.has(word);
      const anywhere = this.rules.wholeBody.has(word);
      for (const at of positions.get(word) ?? []) {
        // What happened may be told in the sentence before ("I got hit by a car. My shin is …").
        const toldBefore = (told && at < anchor && (reading.tokens[at]?.clause ?? 0) >= (clause ?? 0) - 1) || anywhere;
        if (taken.has(at) || (reading.tokens[at]?.clause !== clause && !toldBefore) || (apart(at, anchor) >= reach && !toldBefore))
          continue;
        if (best === undefined || Math.abs(at - anchor) < Math.abs(best - anchor)) best = at;
      }
      if (best !== undefined) taken.add(best);
      return best;
    });
    if (chosen.some((at) => at === undefined)) return undefined;
    const placed = chosen as number[];
    const joinedApart = (at: number) =>
      placed.some((other) => reading.tokens.slice(Math.min(at, other) + 1, Math.max(at, other) + 1).some((token) => token.afterJoiner));
    if (when && words.some((word, i) => when.has(word) && joinedApart(placed[i] ?? 0))) return undefined;
    if (this.rules.likenedApart && new Set(placed.map((at) => reading.tokens[at]?.likened)).size > 1) return undefined;
    // What happened, told before the rest, and a finding of the whole body do not count in how far the rest is spread.
    const spread = placed.filter(
      (at, i) => i === 0 || ((!this.rules.incidents.has(words[i] ?? '') || at > anchor) && !this.rules.wholeBody.has(words[i] ?? '')),
    );
    if (apart(Math.min(...spread), Math.max(...spread)) + 1 > reach) return undefined;
    // A colour or side word describes the word beside it (with no "and" between), or, said after what it describes
    // and with no word right after it, what its clause is about ("my foot is freezing cold and looks blue"). Followed directly by another
    // word ("blue inhaler"), it describes that word, unless that is one of the language's common words ("purple since this
    // morning", "morada desde esta mañana"); said before the body part and apart from it ("I'm pale and
    // tired and get leg cramps"), it describes something else.
    const describes = (i: number) => {
      const at = placed[i] ?? 0;
      const next = reading.tokens[at + 1];
      // Where a colour follows what it describes, one typed right after a word of something else describes that
      // ("venas como cuerdas azules detrás de las piernas": the cords are blue, not the legs).
      const previous = reading.tokens[at - 1];
      if (
        this.rules.modifiersFollow &&
        reading.tokens[at]?.joined &&
        previous &&
        !placed.includes(at - 1) &&
        placed.every((other) => other >= at)
      )
        return false;
      // Beside it, unless a word that joins findings stands between ("feeling blue and my legs cramp").
      const beside = (other: number) => Math.abs(other - at) === 1 && !reading.tokens[Math.max(other, at)]?.afterJoiner;
      if (placed.some((other, j) => j !== i && beside(other))) return true;
      // Inside what the complaint followed ("thighs cramp after lifting heavy"), it describes that event, not the body part.
      if (reading.tokens[at]?.event && placed.every((other, j) => j === i || !reading.tokens[other]?.event)) return false;
      const saidAfter = placed.some((other, j) => j !== i && other < at);
      // A stretch of time read as one word ("white for an hour" as "white prolonged") says how long, as "since" does.
      const timed = next !== undefined && this.rules.besideOnly.has(next.word);
      return saidAfter && (!next || next.clause !== clause || !next.joined || timed || this.rules.functionWords.has(next.folded));
    };
    if (words.length > 1 && words.some((word, i) => this.rules.modifiers.has(word) && !describes(i))) return undefined;
    // A colour alone names something only as a noun ("un bleu", "um roxo": a bruise); typed right after another word,
    // where colours follow what they describe, it is that word's colour ("cordes bleues").
    const [only] = words;
    if (words.length === 1 && only && this.rules.modifiersFollow && this.rules.modifiers.has(only) && reading.tokens[anchor]?.joined)
      return undefined;
    const beside = (i: number) => {
      const at = placed[i] ?? 0;
      return placed.some((other, j) => {
        if (j === i) return false;
        const between = reading.tokens.slice(Math.min(at, other) + 1, Math.max(at, other));
        return between.every((token) =>
          [token.word, this.rules.partOf.get(token.word)].some((word) => word && this.rules.between.has(word)),
        );
      });
    };
    if (words.length > 1 && words.some((word, i) => this.rules.besideOnly.has(word) && !beside(i))) return undefined;
    // A number counts what is typed right after it ("10 minutes"), not a word further on ("10 out of 10 for a minute").
    const counts = (i: number) => {
      const at = placed[i] ?? 0;
      return placed.includes(at + 1) && reading.tokens[at + 1]?.joined === true;
    };
    if (words.length > 1 && words.some((word, i) => NUMBER.test(word) && !counts(i))) return undefined;
    // A denial that opens a new part of the sentence after a comma denies what follows it, not the phrase's words before
    // it: "quero que essas cãibras acabem, não consigo dormir" holds no cramp that does not end.
    const deniesBack = (i: number) => {
      const at = placed[i] ?? 0;
      return reading.tokens[at]?.before === COMMA && placed.every((other, j) => j === i || other < at);
    };
    if (words.some((word, i) => this.rules.denials.has(word) && deniesBack(i))) return undefined;
    // A word typed right beside a part of the body the phrase does not name describes that part: "puffy face and leg
    // cramps" and "aufgedunsenes Gesicht und Beinkrämpfe" hold no swollen leg.
    if (namesPlace && this.#describesAnotherPart(words, placed, reading)) return undefined;
    return placed;
  }

  /** Whether a word of the phrase, not a part itself, stands right beside a part of the body the phrase does not name. */
  #describesAnotherPart(words: readonly string[], placed: readonly number[], reading: Reading): boolean {
    const { covered, elsewhere, sides, symptoms } = this.rules.places;
    const isPart = (word: string) => covered.has(word) || elsewhere.has(word) || covered.has(this.rules.partOf.get(word) ?? '');
    // Parts joined by "and" share what describes them ("numb hands and feet"): such a part is no other part, unless the
    // phrase's part has a complaint of its own right after it ("puffy face and leg cramps").
    const ownComplaint = (at: number) => {
      const next = reading.tokens[at + 1];
      return next !== undefined && !next.afterJoiner && symptoms.has(next.word);
    };
    const joinedToPlaced = (from: number, step: 1 | -1) => {
      for (let at = from + step; reading.tokens[at] !== undefined; at += step) {
        // Of two tokens side by side, the later one knows whether a joiner stood between them.
        if (!reading.tokens[Math.max(at, at - step)]?.afterJoiner) return false;
        if (placed.includes(at)) return !ownComplaint(at);
        if (!isPart(reading.tokens[at]?.word ?? '')) return false;
      }
      return false;
    };
    const besideAnother = (i: number) => {
      const at = placed[i] ?? 0;
      const beside = [at - 1, at + 1].filter((other) => !reading.tokens[Math.max(other, at)]?.afterJoiner);
      const another = (other: number) => {
        const token = reading.tokens[other];
        return (
          token !== undefined &&
          elsewhere.has(token.word) &&
          !sides.has(token.before) &&
          !joinedToPlaced(other, 1) &&
          !joinedToPlaced(other, -1)
        );
      };
      return beside.some(another) && !beside.some((other) => placed.includes(other));
    };
    return words.some((word, i) => !isPart(word) && besideAnother(i));
  }
}
