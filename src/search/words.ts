import { foldText } from '../catalogue/fold.js';
import type { Language } from '../catalogue/schema.js';
import { LRUCache } from 'lru-cache';
import { memoStemmer } from '../spelling/stemmer.js';
import { compileStretch, numbersOf, readStretches, type Stretch } from './stretches.js';

/** The weeks of a pregnancy a number may be: from 20, when its urgent signs (pre-eclampsia) begin, to term. */
const PREGNANCY_WEEKS = { from: 20, under: 43 };

/** The shortest word a compound's first part may be ("arm", "zeh"), and its second, the head ("wade", "fuss"). */
const MIN_PART = 3;
const MIN_HEAD = 4;
/** A head long enough to name a compound beside a first part the catalogue does not know ("marathon" in "Halbmarathon"). */
const MIN_LONG_HEAD = 6;
/** The shortest singular a plural is read as ("pé"): a one-letter one would be a letter, not a word. */
const MIN_SINGULAR = 2;
/** A stem this long is one word's, not a chance overlap of two ("part" of "parto" and "partido"). */
const MIN_GROUP_STEM = 6;
/** Compounds already read, kept for the next query: a long message repeats its words. */
const COMPOUND_MEMO = 5_000;

/**
 * Turns text into the words that matter, each in one canonical form: folded, stop words dropped, a word
 * in a synonym group replaced by the group's first word ("hurts", "aching" → "pain"), other words stemmed
 * ("walking" → "walk", by the Snowball stemmer for the catalogue's language). Catalogue phrases and queries go through the same steps, so they meet in the middle.
 */
export class Vocabulary {
  readonly #canonical = new Map<string, string>();
  /** Each single-word synonym as written, and its group's word. */
  readonly #members = new Map<string, string>();
  /** The stem of each single-word synonym and its group's word; undefined when two groups' words share the stem. */
  readonly #byStem = new Map<string, string | undefined>();
  /** Multi-word synonyms by their first word, so a text is only searched for those it could hold. */
  readonly #multiWord = new Map<string, [phrase: string, canonical: string][]>();
  /**
   * The same synonyms by what their meaningful words mean (each made canonical), keyed by the first: so "refusing to
   * walk" is "won't walk" because "refusing" is "won't", without every way of saying each word listed again.
   */
  readonly #byMeaning = new Map<string, { meaning: readonly string[]; words: ReadonlySet<string>; canonical: string }[]>();
  /** What words of how much mean ("a bit" as "slightly"): passed over inside a phrase read by meaning. */
  readonly #degree: ReadonlySet<string> = new Set();
  readonly #ignored: ReadonlySet<string>;
  readonly #stem: (word: string) => string;
  /** Each compound word already read, as its two words (or as itself). */
  readonly #compounds = new LRUCache<string, string>({ max: COMPOUND_MEMO });
  /** A language of compounds: its linking letters ("s" in "Schlafstörung"), and "" for two words joined directly. */
  readonly #linkers: readonly string[] | undefined;
  /** Stretches read as one word in queries and phrases alike: a long time ("for 3 hours"), a pregnancy's weeks. */
  readonly #stretches: readonly Stretch[];
  /** The language's numbers written as words (folded → value): every stretch's #count, the reader's too, reads them. */
  readonly numbers: ReadonlyMap<string, number>;
  /** A word's forms the stemmer cannot join to it ("stood" of "stand"). */
  readonly #forms: ReadonlyMap<string, string>;
  readonly #participles: Language['participles'];
  /** The stems of the words the catalogue is written in, worked out the first time a participle needs them. */
  #writtenStems: ReadonlySet<string> | undefined;

  constructor(
    synonyms: readonly (readonly string[])[],
    language: Pick<
      Language,
      | 'stopWords'
      | 'linkWords'
      | 'stemmer'
      | 'denials'
      | 'compounds'
      | 'places'
      | 'durations'
      | 'pregnancy'
      | 'numbers'
      | 'forms'
      | 'derivations'
      | 'participles'
      | 'degreeWords'
    >,
    /** Every word the catalogue is written in: what a compound may be built from, a participle or a plural made of. */
    private readonly parts: ReadonlySet<string> = new Set(),
  ) {
    this.#ignored = new Set([...language.stopWords, ...language.linkWords]);
    this.#linkers = language.compounds ? ['', ...language.compounds.linkers] : undefined;
    this.#forms = new Map(Object.entries(language.forms));
    this.#participles = language.participles;
    this.numbers = numbersOf(language.numbers);
    const { numbers } = this;
    this.#stretches = [
      ...language.durations.map(({ patterns, as, atLeast }) => compileStretch(patterns, as, atLeast, Infinity, numbers)),
      ...(language.pregnancy
        ? [compileStretch(language.pregnancy.weeks, language.pregnancy.as, PREGNANCY_WEEKS.from, PREGNANCY_WEEKS.under, numbers)]
        : []),
    ];
    // The Snowball stemmer for the catalogue's language: "racing" and "races" are one word, "walking" is "walk".
    this.#stem = memoStemmer(language.stemmer);
    const stem = this.#stem;
    // A part of the body is never another word's stem: "pés" (feet) is not "pesado" (heavy), whose stem is "pes".
    const places = new Set([...(language.places?.covered ?? []), ...(language.places?.elsewhere ?? [])].map(foldText));
    for (const group of synonyms) {
      const [first = '', ...others] = group.map(foldText);
      for (const word of [first, ...others]) {
        if (word.includes(' ')) {
          const [lead = ''] = word.split(' ');
          this.#multiWord.set(lead, [...(this.#multiWord.get(lead) ?? []), [` ${word} `, ` ${first} `]]);
        } else {
          this.#canonical.set(word, first);
          const stemmed = stem(word);
          const derived = language.derivations.some((ending) => word.endsWith(ending) && !stemmed.endsWith(ending));
          if (!places.has(stemmed) && !derived) {
            this.#canonical.set(stemmed, first);
            const shared = this.#byStem.has(stemmed) && this.#byStem.get(stemmed) !== first;
            this.#byStem.set(stemmed, shared ? undefined : first);
          }
          this.#members.set(word, first);
        }
      }
    }
    // Once every single word's canonical form is known: a phrase of one meaningful word would make that word a
    // synonym everywhere ("the runs" is not every run), so only phrases of two or more are read by meaning. One
    // that holds a denial is read only as typed: by meaning, "not walking" (a limp) would be every "doesn't walk"
    // and "not drinking" every "I don't drink alcohol".
    const denials = new Set([...language.denials.words, ...language.denials.turnsRound].map(foldText));
    const deniedMeanings = new Set([...denials].map((word) => this.#meaningOf(word)));
    for (const [phrase, canonical] of [...this.#multiWord.values()].flat()) {
      const words = phrase.trim().split(' ');
      const meaning = words.flatMap((word) => (this.#ignored.has(word) ? [] : [this.#meaningOf(word)]));
      const [lead] = meaning;
      if (lead === undefined || meaning.length < 2) continue;
      if (words.some((word) => denials.has(word)) || meaning.some((word) => deniedMeanings.has(word))) continue;
      const entry = { meaning, words: new Set(words), canonical: canonical.trim() };
      this.#byMeaning.set(lead, [...(this.#byMeaning.get(lead) ?? []), entry]);
    }
    this.#degree = new Set(language.degreeWords.flatMap((word) => this.words(word)));
  }

  /**
   * A compound of two known words as the two ("knieschmerzen" → "knie schmerzen"), the longest first part first;
   * any other word, and any synonym, as it is. The second part, the compound's head, is a word of four letters or more.
   */
  #split(word: string): string {
    const linkers = this.#linkers;
    // A synonym is one word however it is built ("taubheitsgefuhl" is numbness).
    if (!linkers || word.length < MIN_PART + MIN_HEAD || this.#canonical.has(word)) return word;
    const known = this.#compounds.get(word);
    if (known !== undefined) return known;
    let split = word;
    for (let cut = word.length - MIN_HEAD; cut >= MIN_PART && split === word; cut -= 1) {
      const [left, head] = [word.slice(0, cut), word.slice(cut)];
      if (!this.parts.has(head)) continue;
      const first = linkers.map((linker) => (left.endsWith(linker) ? left.slice(0, left.length - linker.length) : ''));
      const part = first.find((candidate) => candidate.length >= MIN_PART && this.parts.has(candidate) && !this.#ignored.has(candidate));
      // A first part may be a compound of two known words itself ("Bluthochdruck" is "Blut", "hoch" and "Druck").
      const parts =
        part ??
        first
          .map((candidate) => (candidate.length >= MIN_PART + MIN_HEAD ? this.#split(candidate) : ''))
          .find((candidate) => candidate.includes(' '));
      if (parts !== undefined) split = `${parts} ${head}`;
    }
    // A long head the catalogue knows still names what the compound is ("Halbmarathon" is a marathon, "Handgelenk" a
    // joint), whatever its first part: the two are read apart, the first left for the rules to weigh. Not another form
    // of a word the catalogue uses whole: "Schienbeinen" is the shin, not an unknown "schien" and legs.
    const whole = this.parts.has(this.#stem(word));
    // The longest such head first: "runtergefallen" is a fall ("gefallen"), not "fallen" after an unknown "runterge".
    for (let cut = MIN_PART; cut <= word.length - MIN_LONG_HEAD && split === word && !whole; cut += 1) {
      const head = word.slice(cut);
      if (this.parts.has(head)) split = `${word.slice(0, cut)} ${head}`;
    }
    this.#compounds.set(word, split);
    return split;
  }

  /** A single word's canonical form, before any phrase is joined. */
  #meaningOf(word: string): string {
    const known = this.#canonical.get(word);
    if (known !== undefined) return known;
    const base = this.#forms.get(word);
    if (base !== undefined) return this.#meaningOf(base);
    // Another form of a synonym, whose stem is that synonym as written ("talking" of "talk"), means what it means.
    // Only then: a stem shared with a longer synonym can be another word ("parto", birth, and "partido", a match).
    const stem = this.#stem(word);
    const member = this.#members.get(stem);
    if (member !== undefined) return member;
    // A form no synonym is written in whose long stem only one group's words have ("acalambrarse" of "acalambrado").
    const grouped = stem.length >= MIN_GROUP_STEM ? this.#byStem.get(stem) : undefined;
    if (grouped !== undefined) return grouped;
    const singular = this.#singular(word, stem);
    if (singular !== undefined) return this.#meaningOf(singular);
    const made = this.#participleBase(word, stem);
    return made === undefined ? stem : this.#meaningOf(made);
  }

  /**
   * The singular of a short plural the stemmer leaves as it is (Portuguese "pés", Spanish "pies": the "s" stands
   * outside the part of the word Snowball may shorten), when the catalogue writes that singular: so "pé" meets "pés".
   */
  #singular(word: string, stem: string): string | undefined {
    if (stem !== word || !word.endsWith('s') || word.endsWith('ss')) return undefined;
    const singular = word.slice(0, -1);
    return singular.length >= MIN_SINGULAR && !this.#ignored.has(singular) && this.parts.has(singular) ? singular : undefined;
  }

  /**
   * The word a regular participle is made from ("husten" of "gehustet"), when the catalogue writes that word and not
   * the participle itself ("geschwollen", "Gelenk" are words of their own).
   */
  #participleBase(word: string, stem: string): string | undefined {
    const participles = this.#participles;
    if (!participles || !word.startsWith(participles.prefix) || word.length - participles.prefix.length < MIN_HEAD) return undefined;
    this.#writtenStems ??= new Set([...this.parts].map((part) => this.#stem(part)));
    const written = this.#writtenStems;
    if (written.has(stem)) return undefined;
    const rest = word.slice(participles.prefix.length);
    const bases = [
      rest,
      ...Object.entries(participles.endings).flatMap(([ending, as]) => (rest.endsWith(ending) ? [rest.slice(0, -ending.length) + as] : [])),
    ];
    return bases.find((base) => written.has(this.#stem(base)));
  }

  /**
   * Folded text with each multi-word synonym ("throwing up") replaced by its group's word, before it is split: as
   * typed first, then by what the words mean, read in place (the meaningful words in a row, stop words between
   * them passed over, never across a comma). In a language of compounds, each compound is first read as its words.
   */
  joinPhrases(text: string): string {
    const folded = this.#linkers
      ? text
          .split(' ')
          .map((word) => this.#split(word))
          .join(' ')
      : text;
    let out = ` ${readStretches(folded.split(' '), this.#stretches).join(' ')} `;
    for (const word of new Set(folded.split(' '))) {
      for (const [phrase, canonical] of this.#multiWord.get(word) ?? []) out = out.replaceAll(phrase, canonical);
    }
    return this.#joinByMeaning(out.trim());
  }

  #joinByMeaning(text: string): string {
    const typed = text.split(' ');
    const meaningful = typed.flatMap((word, at) => (!word || this.#ignored.has(word) ? [] : [{ at, meaning: this.#meaningOf(word) }]));
    if (!meaningful.some(({ meaning }) => this.#byMeaning.has(meaning))) return text;
    const out: string[] = [];
    let copied = 0;
    for (let k = 0; k < meaningful.length; k += 1) {
      const start = meaningful[k];
      if (!start) break;
      // One word at least as the synonym has it: every word another way round is another phrase that happens to mean
      // the same words ("problems breathing" is no "bad breath").
      let found: { at: number[]; canonical: string } | undefined;
      for (const { meaning, words, canonical } of this.#byMeaning.get(start.meaning) ?? []) {
        const at = this.#inPlace(meaning, meaningful, k);
        if (at?.some((i) => words.has(typed[meaningful[i]?.at ?? -1] ?? ''))) {
          found = { at, canonical };
          break;
        }
      }
      if (!found) continue;
      const end = found.at.at(-1) ?? k;
      out.push(...typed.slice(copied, start.at), found.canonical);
      copied = (meaningful[end]?.at ?? start.at) + 1;
      k = end;
    }
    out.push(...typed.slice(copied));
    return out.join(' ');
  }

  /**
   * Where a phrase's meaning stands in the query's meaningful words from `from` on, word by word, a word of how much
   * between them passed over ("felt a bit faint" is "felt faint"): the positions, or undefined.
   */
  #inPlace(meaning: readonly string[], meaningful: readonly { meaning: string }[], from: number): number[] | undefined {
    const at: number[] = [];
    for (let j = from; at.length < meaning.length; j += 1) {
      const word = meaningful[j]?.meaning;
      if (word === undefined) return undefined;
      if (word === meaning[at.length]) at.push(j);
      else if (at.length === 0 || !this.#degree.has(word)) return undefined;
    }
    return at;
  }

  /** The canonical form of one folded word, or '' for a word read past ("my", "went"). */
  canonical(word: string): string {
    if (!word || this.#ignored.has(word)) return '';
    return this.#meaningOf(word);
  }

  /** Canonical words of `text`, in order, repeats kept. */
  words(text: string): string[] {
    return this.joinPhrases(foldText(text))
      .split(' ')
      .map((word) => this.canonical(word))
      .filter(Boolean);
  }
}
