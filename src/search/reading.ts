import { foldText } from '../catalogue/fold.js';
import type { Language } from '../catalogue/schema.js';
import { compilePattern, matchedFrom, matches, type Pattern, type PatternContext } from '../safety/patterns.js';
import { compileStretch, readStretches, type Stretch } from './stretches.js';
import type { Vocabulary } from './words.js';

/** One word of the query that carries meaning, where it stands. */
export interface Token {
  /** As typed, folded (and mended, when it was a plain misspelling of a catalogue word). */
  readonly folded: string;
  /** Canonical form: synonyms joined, stemmed. */
  readonly word: string;
  readonly clause: number;
  /** Typed in capitals ("PAD", "MS"): an abbreviation, even inside a sentence. */
  readonly caps: boolean;
  /** Typed with a capital first letter ("Sortis"): perhaps a name, such as a medicine's brand. */
  readonly capitalised: boolean;
  /** The word typed just before it in its clause, filler included ("on" in "cramps on sortis"). */
  readonly before: string;
  /** Something the member says they do not have ("no swelling"): it neither raises an alarm nor chooses a card. */
  readonly denied: boolean;
  /** Said of the past ("a stroke 10 years ago", "history of clots"): history, not an urgent sign now. */
  readonly past: boolean;
  /** Names an event that has happened ("stroke" in "cramps since my stroke"): a sign made only of such words is history. */
  readonly event: boolean;
  /** Asked about, not described ("is cramp a sign of a stroke"): a topic, not an urgent sign. */
  readonly asked: boolean;
  /** Typed right after the previous meaningful word, with no filler between ("salbutamol nebulisers"). */
  readonly joined: boolean;
  /** A word that joins findings ("and", "or") stands between it and the previous meaningful word: another finding. */
  readonly afterJoiner: boolean;
  /** Inside an imagined comparison ("feels like I'm walking on cotton wool"): what it is likened to, not what is done. */
  readonly likened: boolean;
  /** Said to relieve the complaint ("rest" in "stops when I rest"): what eases it, not when it comes on. */
  readonly relieving: boolean;
  /** Says the complaint eases ("stops", "better" in "better when I hang my leg down"). */
  readonly easing: boolean;
  /** How many words of purpose ("for", "to stop") stand before it in its clause: "cramps" in "pills for cramps" is 1. */
  readonly purpose: number;
}

/** The query read once, frozen: every rule of the triage reads this, never the raw text. */
export interface Reading {
  readonly query: string;
  /** Meaningful words in order; a token's index is its position, for phrases read in place. */
  readonly tokens: readonly Token[];
  /** Canonical words of the tokens not denied. */
  readonly words: readonly string[];
  /** The query folded, less what is denied and the words that only say when, with stop words: for spelling, prefixes and prose. */
  readonly folded: string;
  /** A misspelling was mended: a card found through it is only the closest match. */
  readonly mended: boolean;
}

/** Splits what a member typed into clauses at the end of a sentence (not at commas, which list symptoms); clause words split them further. */
const PUNCTUATION = /[.;:!?()\n]+/;
/** The same marks, kept in the split so a question can be told from a statement. */
const SENTENCE_ENDS = new RegExp(`(${PUNCTUATION.source})`, 'u');
/** A sentence this short ("I'm 30 weeks pregnant.", "Today my pee is dark brown.") is read with the one after it. */
const SHORT_SENTENCE = 6;

/**
 * The message's sentences, a short statement joined to the one after it (by a comma, which ends a denial's reach):
 * "I'm pregnant. Bad headache and blurry vision" is one picture. A question stands alone.
 */
function sentences(query: string): string[] {
  const parts = query.split(SENTENCE_ENDS);
  const joined: string[] = [];
  let pending = '';
  for (let at = 0; at < parts.length; at += 2) {
    const text = `${pending}${parts[at] ?? ''}`;
    const mark = parts[at + 1] ?? '';
    const short =
      foldText(parts[at] ?? '')
        .split(' ')
        .filter(Boolean).length <= SHORT_SENTENCE;
    if (short && mark !== '' && !mark.includes('?')) pending = `${text}, `;
    else {
      joined.push(text);
      pending = '';
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/** Stands for a comma among folded words (folding drops punctuation). */
export const COMMA = ',';
const CAPS = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;
/** How many words after "a sign of" a question is about. */
const ASKED_REACH = 3;
/** The longest run of words a carrier ("history of") passes a denial on to. */
const CARRIED = 3;
/** How many meaningful words an imagined comparison holds ("like I'm walking on cotton wool"). */
const LIKENED_REACH = 3;
/** How many meaningful words after "stops when" say what relieves a complaint ("when I sit and rest"). */
const RELIEF_REACH = 3;
/** How many words before "eases" a denial turns it round ("it doesn't ease when I rest"). */
const RELIEF_DENIED_BEFORE = 2;
/** How many words before an easing word the words that say what relieves may start ("at rest it settles"). */
const RELIEF_BEFORE = 5;
/** How many words a time's count may run to before its time word ("past few", "last couple of"). */
const TIME_COUNTED = 3;
/** A number, or a word that counts ("couple of"), between a time's first counting word and the time. */
const COUNTED = /^(\d+|of)$/;
/** How many meaningful words after "since" or "after" name the event ("since my hip replacement"). */
const EVENT_WORDS = 2;
/** How many words after a plain comparison word ("like", "wie") what a feeling is likened to may stand ("like they're on fire"). */
const LIKENED_TO_REACH = 4;
/** How many words before what is taken in a word of want may stand ("no como nada de verdura"). */
const SCARCITY_REACH = 4;

export class Reader {
  readonly #pastTime: readonly Pattern[];
  readonly #asking: readonly Pattern[];
  readonly #likening: readonly Pattern[];
  readonly #relief: readonly Pattern[];
  /** Each relief pattern's easing words and the words that bring in what relieves, for the order turned round. */
  readonly #reliefAfter: readonly { readonly easing: Pattern; readonly by: Pattern }[];
  readonly #purpose: readonly Pattern[];
  readonly #patternContext: PatternContext;
  readonly #denialWords: ReadonlySet<string>;
  readonly #turnsRound: ReadonlySet<string>;
  readonly #deniable: ReadonlySet<string>;
  readonly #carriers: ReadonlySet<string>;
  readonly #joiners: ReadonlySet<string>;
  readonly #clauseBreaks: ReadonlySet<string>;
  readonly #timeWords: ReadonlySet<string>;
  readonly #timeCounters: ReadonlySet<string>;
  readonly #timeBreaks: ReadonlySet<string>;
  /** Words that only say when (time words, and those that move time on): left out of the text looked up whole. */
  readonly #when: ReadonlySet<string>;
  readonly #pastEvents: ReadonlySet<string>;
  readonly #ordinalDot: boolean;
  readonly #recent: readonly Pattern[];
  readonly #changes: ReadonlySet<string>;
  /** The canonical word a change said of just now reads as, or '' when the language names none. */
  readonly #sudden: string;
  /** A child's age said with a number ("my 4 year old"), read as the language's word for a child. */
  readonly #childAges: readonly Stretch[];
  /** Plain comparison words ("like", "wie") and what a feeling is likened to (folded) → the canonical feeling it names. */
  readonly #comparing: ReadonlySet<string>;
  readonly #feltAs: ReadonlyMap<string, string>;
  /** Words of want ("hardly", "never"), folded and canonical. */
  readonly #scarce: ReadonlySet<string>;
  /** What is taken in (canonical) → the canonical finding too little of it reads as ("water" → "dehydrated"). */
  readonly #lacking: ReadonlyMap<string, string>;
  readonly #diet: readonly Pattern[];
  readonly #dietAs: string;
  /** Colour and side words (`language.modifiers`, folded): an easing word right before one says what something became ("gone black"), not relief. */
  readonly #becomes: ReadonlySet<string>;

  constructor(
    private readonly vocabulary: Vocabulary,
    language: Language,
    /** Mends a folded word the catalogue does not know (may return two words); returns it unchanged otherwise. */
    private readonly mend: (word: string) => string,
    /** One catalogue word typed with a space in it ("post partum"), or undefined. */
    private readonly join: (left: string, right: string) => string | undefined = () => undefined,
    /** Whether two canonical words stand in a row in a catalogue phrase ("food poisoning"). */
    private readonly paired: (left: string, right: string) => boolean = () => false,
  ) {
    this.#pastTime = language.pastTime.map(compilePattern);
    this.#asking = language.asking.map(compilePattern);
    this.#likening = language.likening.map(compilePattern);
    this.#relief = language.relief.map(compilePattern);
    this.#reliefAfter = this.#relief.flatMap(([easing, by]) =>
      easing && by && !by.some((alternative) => alternative.kind === 'words' && alternative.words.includes(COMMA))
        ? [{ easing: [easing], by: [by] }]
        : [],
    );
    this.#purpose = language.purpose.map(compilePattern);
    this.#patternContext = { classes: new Map(), gap: 1, isCount: () => false };
    const canonical = (list: readonly string[]) => new Set(list.flatMap((word) => [word, vocabulary.canonical(word)]).filter(Boolean));
    this.#denialWords = new Set(language.denials.words);
    this.#turnsRound = canonical(language.denials.turnsRound);
    this.#deniable = canonical(language.denials.deniable);
    this.#carriers = canonical(language.denials.carriers);
    this.#joiners = new Set(language.denials.joiners);
    this.#clauseBreaks = new Set(language.clauseBreaks);
    this.#ordinalDot = language.ordinalDot;
    this.#timeWords = new Set(language.timeWords);
    this.#timeCounters = new Set(language.timeCounters);
    this.#timeBreaks = new Set(language.timeBreaks);
    this.#when = new Set([...language.timeWords, ...language.timeBreaks]);
    this.#pastEvents = new Set(language.pastEvents);
    this.#recent = (language.onset?.recent ?? []).map(compilePattern);
    this.#changes = new Set(language.onset?.changes ?? []);
    this.#sudden = language.onset ? vocabulary.canonical(foldText(language.onset.as)) : '';
    this.#childAges = language.child
      ? [compileStretch(language.child.ages, language.child.as, 0, language.child.under, vocabulary.numbers)]
      : [];
    this.#scarce = canonical(language.scarcity?.words ?? []);
    this.#comparing = new Set(language.likenedTo?.markers ?? []);
    this.#feltAs = new Map(
      Object.entries(language.likenedTo?.as ?? {}).map(([word, as]) => [word, vocabulary.canonical(foldText(as))] as const),
    );
    this.#lacking = new Map(
      (language.scarcity?.lacking ?? []).flatMap(({ of, as }) =>
        of.map((word) => [vocabulary.canonical(foldText(word)), vocabulary.canonical(foldText(as))] as const),
      ),
    );
    this.#diet = (language.diet?.patterns ?? []).map(compilePattern);
    this.#dietAs = language.diet ? vocabulary.canonical(foldText(language.diet.as)) : '';
    this.#becomes = new Set(language.modifiers.map(foldText));
  }

  /** Whether a phrase opening with `lead` then `finding` (canonical) names an absence: a denial of a finding it covers. */
  namesAbsence(lead: string, finding: string): boolean {
    return this.#denialWords.has(lead) && this.#deniable.has(finding);
  }

  read(query: string): Reading {
    const typedAs = (shape: RegExp) =>
      new Set(
        query
          .split(/\s+/)
          .filter((chunk) => shape.test(chunk))
          .map(foldText),
      );
    const caps = typedAs(CAPS);
    const capitalised = typedAs(CAPITALISED);
    const tokens: Token[] = [];
    const kept: string[] = [];
    let clause = 0;
    const { clauses, mended } = this.#clauses(query);
    for (const words of clauses) {
      const past = this.#past(words);
      const denied = this.#denied(words);
      const asked = this.#asked(words);
      const event = this.#events(words);
      const lacking = this.#wanting(words);
      const likened = this.#likened(words);
      const { felt, imagined } = this.#feelings(words, likened);
      // A likening that names a feeling ("feels like my feet are on fire") describes: nothing in it is imagined.
      const describing = felt.some((feeling, at) => feeling !== undefined && likened[at]);
      const relieving = this.#relieving(words);
      const purpose = this.#purposes(words);
      const recent = this.#sudden !== '' && this.#recent.some((pattern) => matches(pattern, words, this.#patternContext));
      let previous = -Infinity;
      // "calf cramp last night" is about when, not how long ("cramp lasted all night"); "the past few days" only
      // places a time. "last night's cramp" too: a time word read with a possessive "s" left on it is still the time word.
      const isTime = (word: string) => this.#timeWords.has(word) || this.#timeWords.has(word.replace(/s$/, ''));
      const lastTime = (at: number) => {
        if (!this.#timeCounters.has(words[at] ?? '')) return false;
        let next = at + 1;
        while (
          next < words.length &&
          next <= at + TIME_COUNTED &&
          (this.#timeCounters.has(words[next] ?? '') || COUNTED.test(words[next] ?? ''))
        )
          next += 1;
        return isTime(words[next] ?? '');
      };
      words.forEach((folded, at) => {
        // A time says when, not what: "cramp yesterday" is looked up as "cramp".
        if (!denied[at] && folded !== COMMA && !this.#when.has(folded) && !lastTime(at)) kept.push(folded);
      });
      words.forEach((folded, at) => {
        // What a feeling is likened to, before the feeling itself ("hot" of "like hot coals"), describes nothing.
        if (folded === COMMA || lastTime(at) || imagined[at]) return;
        const word = recent && this.#changes.has(folded) ? this.#sudden : (lacking[at] ?? felt[at] ?? this.vocabulary.canonical(folded));
        if (!word) return;
        const flags = { denied: denied[at] ?? false, past: past[at] ?? false, asked: asked[at] ?? false, event: event[at] ?? false };
        const typed = { caps: caps.has(folded), capitalised: capitalised.has(folded), before: words[at - 1] ?? '' };
        tokens.push({
          folded,
          word,
          clause,
          ...typed,
          ...flags,
          likened: (likened[at] ?? false) && !describing,
          relieving: relieving[at] === 'relieving',
          easing: relieving[at] === 'easing',
          purpose: purpose[at] ?? 0,
          joined: previous === at - 1,
          afterJoiner: words.slice(Math.max(0, previous + 1), at).some((between) => this.#joiners.has(between)),
        });
        previous = at;
      });
      clause += 1;
    }
    return {
      query,
      tokens,
      words: tokens.filter((token) => !token.denied).map((token) => token.word),
      folded: kept.join(' '),
      mended,
    };
  }

  /**
   * A dot inside a number ("1.5 km") ends no clause, nor does an ordinal's dot in a language that writes one ("in der
   * 34. Woche").
   */
  #withoutNumberDots(query: string): string {
    const decimals = query.replace(/(\d)\.(?=\d)/gu, '$1 ');
    return this.#ordinalDot ? decimals.replace(/(\d)\.(?=\s+\p{L})/gu, '$1') : decimals;
  }

  /** Each word mended, and a catalogue word typed with a space in it made one again. */
  #mendWords(words: readonly string[]): string[] {
    const mended: string[] = [];
    for (let at = 0; at < words.length; at += 1) {
      const [word = '', next] = [words[at], words[at + 1]];
      const joined = next === undefined || word === COMMA || next === COMMA ? undefined : this.join(word, next);
      if (joined) at += 1;
      mended.push(joined ?? (word === COMMA ? word : this.mend(word)));
    }
    return mended;
  }

  /** Folded words per clause, misspellings mended, multi-word synonyms joined, "last" before a time word dropped. */
  #clauses(query: string): { clauses: string[][]; mended: boolean } {
    const clauses: string[][] = [];
    let mendedAny = false;
    for (const part of sentences(this.#withoutNumberDots(query))) {
      // A comma lists symptoms, so it does not end the clause; it does end what a denial covers.
      const folded = part.split(',').map(foldText).filter(Boolean).join(` ${COMMA} `);
      if (!folded) continue;
      const mended = this.#mendWords(folded.split(' ')).join(' ');
      mendedAny ||= mended !== folded;
      let current: string[] = [];
      const words = readStretches(this.vocabulary.joinPhrases(mended).split(' '), this.#childAges);
      words.forEach((word) => {
        if (this.#clauseBreaks.has(word)) {
          if (current.length > 0) clauses.push(current);
          current = [];
          return;
        }
        current.push(word);
      });
      if (current.length > 0) clauses.push(current);
    }
    return { clauses, mended: mendedAny };
  }

  /**
   * Which words of a clause are said of the past: from the start of the clause, or the last word that moves time on
   * ("now", "today"), to the next one, when that stretch holds a past time ("10 years ago", "history of"). So "had a
   * stroke years ago and now my face droops" still droops today.
   */
  #past(words: readonly string[]): boolean[] {
    const past = words.map(() => false);
    let start = 0;
    const close = (end: number) => {
      const stretch = words.slice(start, end);
      if (this.#pastTime.some((pattern) => matches(pattern, stretch, this.#patternContext))) past.fill(true, start, end);
      start = end;
    };
    words.forEach((word, at) => {
      if (this.#timeBreaks.has(word)) close(at);
    });
    close(words.length);
    return past;
  }

  /**
   * What each word of a clause reads as when it is a feeling likened to ("on fire", "like lead"): inside a likening,
   * or a few words after a plain comparison word, up to a comma. The words between that comparison word and the
   * feeling are imagined ("like hot coals": no heat), and read past.
   */
  #feelings(words: readonly string[], likened: readonly boolean[]): { felt: (string | undefined)[]; imagined: boolean[] } {
    const felt: (string | undefined)[] = words.map(() => undefined);
    const imagined = words.map(() => false);
    words.forEach((folded, at) => {
      const feeling = this.#feltAs.get(folded);
      if (feeling === undefined) return;
      if (likened[at]) {
        felt[at] = feeling;
        return;
      }
      // A comparison word that opens its clause asks how ("cómo matar las hormigas", "wie töte ich Ameisen"): no likening.
      for (let marker = at - 1; marker >= Math.max(1, at - LIKENED_TO_REACH) && words[marker] !== COMMA; marker -= 1) {
        if (!this.#comparing.has(words[marker] ?? '')) continue;
        felt[at] = feeling;
        imagined.fill(true, marker + 1, at);
        return;
      }
    });
    return { felt, imagined };
  }

  /**
   * What each word of a clause reads as when it is something taken in with a word of want before it, or a word of
   * eating only one thing, if it is.
   */
  #wanting(words: readonly string[]): (string | undefined)[] {
    const diet: (string | undefined)[] = words.map(() => undefined);
    words.forEach((_word, at) => {
      for (const pattern of this.#diet) {
        const end = matchedFrom(pattern, words, this.#patternContext, at);
        if (end !== undefined) diet.fill(this.#dietAs, at, end);
      }
    });
    return words.map((folded, at) => {
      if (diet[at] !== undefined) return diet[at];
      const taken = this.vocabulary.canonical(folded);
      const lacking = this.#lacking.get(taken);
      // "No food poisoning", "not on water tablets": the word names something else with the word after it.
      if (lacking === undefined || this.paired(taken, this.vocabulary.canonical(words[at + 1] ?? ''))) return undefined;
      const before = words.slice(Math.max(0, at - SCARCITY_REACH), at);
      const cut = before.lastIndexOf(COMMA);
      const wanting = before.slice(cut + 1).some((word) => this.#scarce.has(word) || this.#scarce.has(this.vocabulary.canonical(word)));
      return wanting ? lacking : undefined;
    });
  }

  /** Which words of a clause name an event that has happened: the few meaningful words after "since" or "after". */
  #events(words: readonly string[]): boolean[] {
    const event = words.map(() => false);
    words.forEach((word, at) => {
      if (!this.#pastEvents.has(word)) return;
      let named = 0;
      for (let next = at + 1; next < words.length && named < EVENT_WORDS; next += 1) {
        const folded = words[next] ?? '';
        // "After the flight and now I'm wheezy": a word that brings the story to now ends what it followed.
        if (folded === COMMA || this.#pastEvents.has(folded) || this.#denialWords.has(folded) || this.#timeBreaks.has(folded)) break;
        if (!this.vocabulary.canonical(folded)) continue;
        event[next] = true;
        named += 1;
      }
    });
    return event;
  }

  /**
   * Which words of a clause a question is about, rather than describes: the few words after "a sign of", "risk
   * of", "could it be" (`language.asking`), so "is cramp a sign of a stroke" asks about strokes.
   */
  #asked(words: readonly string[]): boolean[] {
    const asked = words.map(() => false);
    words.forEach((_word, at) => {
      for (const pattern of this.#asking) {
        const end = matchedFrom(pattern, words, this.#patternContext, at);
        if (end !== undefined) asked.fill(true, end, end + ASKED_REACH);
      }
    });
    return asked;
  }

  /**
   * Which words of a clause are likened to: the few meaningful words after a `language.likening` pattern, up to a
   * comma or a word that joins findings ("like blocks of ice", and not "… and my toes cramp" after it).
   */
  #likened(words: readonly string[]): boolean[] {
    const likened = words.map(() => false);
    words.forEach((_word, at) => {
      for (const pattern of this.#likening) {
        const end = matchedFrom(pattern, words, this.#patternContext, at);
        if (end === undefined) continue;
        for (const next of this.#stretchFrom(words, end, LIKENED_REACH)) {
          if (next > end && this.#joiners.has(words[next] ?? '')) break;
          likened[next] = true;
        }
      }
    });
    return likened;
  }

  /** The positions from `from` holding at most `reach` meaningful words, up to a comma. */
  #stretchFrom(words: readonly string[], from: number, reach: number): number[] {
    const stretch: number[] = [];
    let meaningful = 0;
    for (let next = from; next < words.length && meaningful < reach; next += 1) {
      const folded = words[next] ?? '';
      if (folded === COMMA) break;
      stretch.push(next);
      if (this.vocabulary.canonical(folded)) meaningful += 1;
    }
    return stretch;
  }

  /**
   * Which words of a clause say what relieves a complaint: the few meaningful words after a `language.relief`
   * pattern, up to a comma ("stops when I rest"), unless a denial stands just before it or among them ("it never
   * eases when I rest", "ne passe pas au repos").
   */
  #relieving(words: readonly string[]): ('easing' | 'relieving' | undefined)[] {
    const relieving = words.map((): 'easing' | 'relieving' | undefined => undefined);
    const forward = new Set<number>();
    words.forEach((_word, at) => {
      for (const pattern of this.#relief) {
        const end = matchedFrom(pattern, words, this.#patternContext, at);
        if (end === undefined) continue;
        forward.add(at);
        const stretch = this.#stretchFrom(words, end, RELIEF_REACH);
        const around = words.slice(Math.max(0, at - RELIEF_DENIED_BEFORE), (stretch.at(-1) ?? end) + 1);
        if (around.some((word) => this.#denialWords.has(word))) continue;
        relieving.fill('easing', at, end);
        for (const next of stretch) relieving[next] = 'relieving';
      }
    });
    // A clause that says what relieves after an easing word ("… and eases if I stand still") is not read the other
    // way round as well: "after walking to the bus stop" is where the cramp came, not a relief.
    if (forward.size > 0) return relieving;
    words.forEach((_word, at) => {
      for (const { easing, by } of this.#reliefAfter) {
        if (matchedFrom(easing, words, this.#patternContext, at) === undefined || this.#becomes.has(words[at + 1] ?? '')) continue;
        const from = this.#reliefBefore(words, at, by);
        if (from === undefined || words.slice(at + 1, at + 1 + RELIEF_DENIED_BEFORE).some((word) => this.#denialWords.has(word))) continue;
        relieving[at] = 'easing';
        for (let next = from + 1; next < at; next += 1) relieving[next] ??= 'relieving';
      }
    });
    return relieving;
  }

  /**
   * The same said the other way round ("at rest it settles", "au repos ça se calme"): where the word that brings in
   * what relieves stands, a few words before the easing word at `at` with no comma, joiner or denial between, else
   * undefined. A joiner or a time word would mean the words before say when it comes ("at night it gets better").
   */
  #reliefBefore(words: readonly string[], at: number, by: Pattern): number | undefined {
    let meaningful = 0;
    // One comma may close what relieves ("wenn ich stehen bleibe, geht es weg", "when I stop, it goes"), as German
    // always writes it, when the easing word ends what is said: in "quando caminho, melhora parado" what relieves
    // comes after it.
    const after = words.slice(at + 1);
    const comma = after.indexOf(COMMA);
    const ends = (comma < 0 ? after : after.slice(0, comma)).every((word) => !this.vocabulary.canonical(word));
    let commas = 0;
    for (let before = at - 1; before >= Math.max(0, at - RELIEF_BEFORE - commas); before -= 1) {
      const folded = words[before] ?? '';
      if (folded === COMMA && ends && commas === 0 && meaningful === 0) {
        commas = 1;
        continue;
      }
      if (folded === COMMA || this.#joiners.has(folded) || this.#denialWords.has(folded) || this.#when.has(folded)) return undefined;
      if (matchedFrom(by, words, this.#patternContext, before) !== undefined)
        return meaningful > 0 &&
          !words.slice(Math.max(0, before - RELIEF_DENIED_BEFORE), before).some((word) => this.#denialWords.has(word))
          ? before
          : undefined;
      if (this.vocabulary.canonical(folded)) meaningful += 1;
      if (meaningful > RELIEF_REACH) return undefined;
    }
    return undefined;
  }

  /** For each word of a clause, how many `language.purpose` patterns ("for", "to stop") end at or before it. */
  #purposes(words: readonly string[]): number[] {
    const ends = new Set(
      words.flatMap((_word, at) => this.#purpose.flatMap((pattern) => matchedFrom(pattern, words, this.#patternContext, at) ?? [])),
    );
    let passed = 0;
    return words.map((_word, at) => (passed += ends.has(at) ? 1 : 0));
  }

  /**
   * Which words of a clause a denial covers: from a denial word through the findings it names, joined by "or"
   * and "and", and what a carrier ("history of") passes it on to. It ends at the next finding it does not name,
   * so "no chest pain coughing up blood" still coughs up blood, and a denial turned round ("can't walk without
   * pain") covers nothing.
   */
  #denied(words: readonly string[]): boolean[] {
    const denied = words.map(() => false);
    words.forEach((word, at) => {
      if (!this.#denialWords.has(word)) return;
      if (words.slice(0, at).some((before) => this.#turnsRound.has(before) || this.#turnsRound.has(this.vocabulary.canonical(before))))
        return;
      let carried = 0;
      let last = at;
      for (let next = at + 1; next < words.length; next += 1) {
        const folded = words[next] ?? '';
        if (folded === COMMA) break;
        const canonical = this.vocabulary.canonical(folded);
        if (!canonical || this.#joiners.has(folded)) continue;
        if (this.#deniable.has(canonical) || this.#deniable.has(folded)) {
          last = next;
          if (this.#carriers.has(canonical) || this.#carriers.has(folded)) carried = CARRIED;
        } else if (carried > 0) {
          last = next;
          carried -= 1;
        } else break;
      }
      // The denial word, what it names, and the filler between them ("no swelling or redness").
      if (last > at) denied.fill(true, at, last + 1);
    });
    return denied;
  }
}
