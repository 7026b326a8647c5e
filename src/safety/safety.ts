import rawSafety from '../../data/safety.json' with { type: 'json' };
import { foldText } from '../catalogue/fold.js';
import { familiar } from '../spelling/familiar.js';
import { Mender } from '../spelling/mend.js';
import { memoStemmer } from '../spelling/stemmer.js';
import {
  compileAlternative,
  compilePattern,
  matches,
  occurrences,
  spans,
  startIndex,
  type Pattern,
  type PatternContext,
} from './patterns.js';
import { SafetySchema, type SafetyData, type SafetyKind } from './schema.js';

export type { Country, SafetyData, SafetyKind } from './schema.js';

/** What the safety pass found in a message: the reply is private, with help first. */
export interface SafetyFinding {
  /** overdose and poisoning need emergency care; crisis needs a crisis line; unsure gets the line without assuming. */
  readonly kind: SafetyKind;
  /** The message asks about a risk or denies one ("can you overdose on…", "not suicidal"): whatever else is found, "unsure". */
  readonly hedged?: true;
}

export interface SafetyPass {
  readonly data: SafetyData;
  /**
   * Reads the whole message, before any catalogue; undefined when nothing in it calls for help. `known`: words that
   * mean something elsewhere (the catalogue's "overuse"), never mended into a word of the safety pass ("overdose").
   */
  screen(text: string, known?: (word: string) => boolean): SafetyFinding | undefined;
}

/** Where something stands in a message's words: its first word, and the word after its last. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A message as folded words, with the clause each word stands in. */
interface Text {
  readonly tokens: readonly string[];
  readonly clauses: readonly number[];
}

function readText(text: string, mend: (word: string) => string): Text {
  const tokens: string[] = [];
  const clauses: number[] = [];
  text.split(CLAUSE_END).forEach((part, clause) => {
    for (const typed of foldText(part).split(' ')) {
      if (!typed) continue;
      // A mended word may become two ("killmyself" → "kill myself").
      for (const token of mend(typed).split(' ')) {
        tokens.push(token);
        clauses.push(clause);
      }
    }
  });
  return { tokens, clauses };
}

/** The plain words the patterns and classes are written in (what a misspelling may be mended to), and their prefixes ("cramp*"). */
function safetyWords(data: SafetyData): { words: string[]; prefixes: string[] } {
  // Every slot, a combination's and an excuse's too: a word only a combination reads ("acaso" of "por si acaso") is
  // no misspelling of another.
  const written = [
    ...Object.values(data.classes).flat(),
    ...data.patterns.flatMap((entry) => [...entry.match, entry.unlessNear ?? '']),
    ...data.combos.flatMap((combo) => [combo.first, combo.then, combo.unlessNear ?? '', combo.recalled ?? '', combo.ongoing ?? '']),
    ...data.hedges,
    ...data.fears,
  ]
    .flatMap((pattern) => pattern.split(/[ |+]/))
    .map((word) => word.replace(/^=/, ''));
  return {
    words: written.filter((word) => /^[a-z]+$/.test(word)),
    prefixes: written.filter((word) => /^[a-z]+\*$/.test(word)).map((word) => word.slice(0, -1)),
  };
}

export class SafetyDataError extends Error {
  override readonly name = 'SafetyDataError';
}

/** How many words before a wish a recalling word ("thought", "was") may stand. */
const RECALL_REACH = 2;
/** How far from a recalled wish a stretch of time still tells of it ("for weeks I wanted to die", "wanted to die all week"). */
const ONGOING_REACH = 6;
/** Marks that end a clause: a word about the body in another clause does not make a wish about the body. */
const CLAUSE_END = /[,.;:!?\n]+/u;
/** Most urgent first: what to say when several kinds are found. */
export const precedence: readonly SafetyKind[] = ['overdose', 'poisoning', 'crisis', 'unsure'];

/** The shipped data/safety.json, validated: English, and every country's numbers. */
export const loadSafety = (): SafetyData => parseSafety(rawSafety);

/**
 * The safety pass in another language: its own words, patterns and advice (a language file's `safety`), with the
 * countries every language shares, named in that language (the translation may reword a country's crisis line).
 */
export function translateSafety(base: SafetyData, translation: unknown, code: string, source: string): SafetyData {
  if (translation === null || typeof translation !== 'object') throw new SafetyDataError(`${source}: safety: must be an object`);
  const {
    countries: texts = {},
    fallback,
    ...words
  } = translation as { countries?: Record<string, object>; fallback?: object } & Record<string, unknown>;
  const names = new Intl.DisplayNames([code], { type: 'region' });
  const countries = base.countries.map((country) => ({ ...country, name: names.of(country.code) ?? country.name, ...texts[country.code] }));
  const unknown = Object.keys(texts).find((key) => !base.countries.some((country) => country.code === key));
  if (unknown) throw new SafetyDataError(`${source}: safety.countries.${unknown}: not a country data/safety.json lists`);
  return parseSafety({ ...words, countries, locales: base.locales, fallback: { ...base.fallback, ...fallback } }, `${source} (safety)`);
}

export function parseSafety(input: unknown, source = 'data/safety.json'): SafetyData {
  const result = SafetySchema.safeParse(input);
  if (!result.success) {
    const [first] = result.error.issues;
    throw new SafetyDataError(`${source}: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'}`);
  }
  return result.data;
}

/**
 * The safety pass: self-harm, suicide, overdose and poisoning, in everyday words, slang and several languages,
 * read on the whole message before the catalogue is consulted. Its data file is apart from the catalogue's, so a
 * catalogue for another symptom keeps it.
 */
export function createSafetyPass(
  data: SafetyData = parseSafety(rawSafety),
  /** Everyday words of the language, never mended into a word of the safety pass; English's by default. */
  everyday: (word: string) => boolean = familiar,
): SafetyPass {
  const wordNumbers = new Map(Object.entries(data.numberWords));
  const afterCount = data.unlessAfterCount.map((written) => written.split(' '));
  const isCount = (tokens: readonly string[], at: number) => {
    const token = tokens[at] ?? '';
    const value = /^\d{1,6}$/.test(token) ? Number(token) : (wordNumbers.get(token) ?? 0);
    if (value < data.count) return false;
    return !afterCount.some((words) => words.every((word, i) => tokens[at + 1 + i] === word));
  };
  const stem = memoStemmer(data.stemmer);
  // Spelling repair against the safety pass's own words ("sucidal", "overdoze", "unalve"), never of an everyday word.
  const { words, prefixes } = safetyWords(data);
  const spelled = new Set([...words, ...data.spellings]);
  const stemsOfSpelled = new Set([...spelled].map(stem));
  const mender = new Mender(
    spelled,
    // A word the patterns already read ("cramping" under "cramp*") is no misspelling of another ("crashing"), and
    // another form of a pattern's word is that word's to match or not: "=matar" (exactly) must not take "matan".
    (word) => spelled.has(word) || everyday(word) || prefixes.some((prefix) => word.startsWith(prefix)) || stemsOfSpelled.has(stem(word)),
    stem,
    [],
  );
  const context: PatternContext = {
    classes: new Map(Object.entries(data.classes).map(([name, members]) => [name, members.map(compileAlternative)])),
    gap: data.gap,
    light: new Set(data.light),
    isCount,
    stem,
  };
  const byKind = data.patterns.map((entry) => ({
    kind: entry.kind,
    patterns: entry.match.map(compilePattern),
    contains: entry.contains.map((written) => foldText(written).replaceAll(' ', '')),
    unlessNear: entry.unlessNear === undefined ? undefined : compilePattern(entry.unlessNear),
    near: entry.near,
  }));
  /**
   * Whether a word about the body or a cramp makes a finding about that instead ("killing me, this cramp"). A strong
   * finding (a wish to die) is excused only by such a word near it in its own clause: "I want to die, my legs hurt"
   * is still a wish. A weak one ("unsure": "hopeless", "I give up") is excused by one anywhere in the message.
   */
  const excused = (kind: SafetyKind, found: Span, excuses: readonly Span[], near: number, clauses: readonly number[]) =>
    kind === 'unsure'
      ? excuses.length > 0
      : excuses.some(
          (excuse) =>
            excuse.start >= found.start - near &&
            excuse.start < found.end + near &&
            (clauses[excuse.start] === clauses[found.start] || clauses[excuse.start] === clauses[found.end - 1]),
        );
  /** Whether a pattern stands somewhere with nothing that makes it about something else. */
  const standsAlone = (kind: SafetyKind, pattern: Pattern, text: Text, unlessNear: Pattern | undefined, near: number) => {
    if (!unlessNear) return matches(pattern, text.tokens, context);
    const found = spans(pattern, text.tokens, context);
    if (found.length === 0) return false;
    const excuses = occurrences(unlessNear, text.tokens, context);
    return found.some((span) => !excused(kind, span, excuses, near, text.clauses));
  };
  const hedges: Pattern[] = data.hedges.map(compilePattern);
  const fears: Pattern[] = data.fears.map(compilePattern);
  const combos = data.combos.map((combo) => ({
    ...combo,
    first: compilePattern(combo.first),
    then: compilePattern(combo.then),
    unlessNear: combo.unlessNear === undefined ? undefined : compilePattern(combo.unlessNear),
    recalled: combo.recalled === undefined ? undefined : compilePattern(combo.recalled),
    ongoing: combo.ongoing === undefined ? undefined : compilePattern(combo.ongoing),
  }));
  /**
   * Whether a combo's two ideas stand close enough, in order (or either way), with nothing near that makes it about
   * something else.
   */
  const comboFits = (combo: (typeof combos)[number], { tokens, clauses }: Text) => {
    const firsts = occurrences(combo.first, tokens, context);
    const thens = firsts.length > 0 ? occurrences(combo.then, tokens, context) : [];
    if (thens.length === 0) return false;
    const excuses = combo.unlessNear ? occurrences(combo.unlessNear, tokens, context) : [];
    const recalls = combo.recalled && excuses.length > 0 ? occurrences(combo.recalled, tokens, context) : [];
    const stretches = recalls.length > 0 && combo.ongoing ? occurrences(combo.ongoing, tokens, context) : [];
    const recalled = (first: { start: number }) =>
      recalls.some((recall) => recall.start <= first.start && recall.start >= first.start - RECALL_REACH) &&
      !stretches.some((stretch) => stretch.end > first.start - ONGOING_REACH && stretch.start < first.start + ONGOING_REACH);
    return firsts.some(
      (first) =>
        !recalled(first) &&
        thens.some((then) => {
          const [before, after] = combo.either && then.end <= first.start ? [then, first] : [first, then];
          return (
            after.start >= before.end &&
            after.start - before.end < combo.within &&
            !excused(combo.kind, { start: before.start, end: after.end }, excuses, combo.near, clauses)
          );
        }),
    );
  };

  const meansBeforeFear = data.fearsUnlessAfter === undefined ? undefined : compilePattern(data.fearsUnlessAfter);
  /**
   * How a message speaks of dying, if it does: a fear ("can I die from a clot"), or a fear asked as a way ("how can I
   * die", "wie kann ich sterben"), which may seek a means or may be a fear put oddly.
   */
  const fearOf = (tokens: readonly string[], could: ReadonlySet<Pattern>): 'fear' | 'asked-how' | undefined => {
    const found = fears.filter((fear) => could.has(fear)).flatMap((fear) => spans(fear, tokens, context));
    if (found.length === 0) return undefined;
    const means = meansBeforeFear ? spans(meansBeforeFear, tokens, context) : [];
    const askedHow = (at: { start: number }) => means.some((way) => way.start < at.start && at.start - way.end <= 1);
    return found.every(askedHow) ? 'asked-how' : 'fear';
  };

  // Every pattern the screen reads, so that a message is tried only against those its words can begin.
  const startable = startIndex(
    [...byKind.flatMap((entry) => entry.patterns), ...hedges, ...fears, ...combos.flatMap((combo) => [combo.first, combo.then])],
    context,
  );

  return {
    data,
    screen(text, known) {
      const folded = foldText(text);
      if (!folded) return undefined;
      const read = readText(text, (word) => (known?.(word) ? word : mender.mend(word)));
      const { tokens } = read;
      const could = startable(tokens);
      const stands = (pattern: Pattern) => could.has(pattern) && matches(pattern, tokens, context);
      const unspaced = folded.replaceAll(' ', '');
      const found = new Set<SafetyKind>();
      for (const { kind, patterns, contains, unlessNear, near } of byKind) {
        if (found.has(kind)) continue;
        if (
          contains.some((part) => unspaced.includes(part)) ||
          patterns.some((pattern) => could.has(pattern) && standsAlone(kind, pattern, read, unlessNear, near))
        )
          found.add(kind);
      }
      const fear = fearOf(tokens, could);
      const named = found.size > 0;
      if (fear !== 'fear') {
        for (const combo of combos) {
          if (!found.has(combo.kind) && could.has(combo.first) && could.has(combo.then) && comboFits(combo, read)) found.add(combo.kind);
        }
      }
      const [kind] = precedence.filter((candidate) => found.has(candidate));
      if (!kind) return undefined;
      // "Can you overdose on magnesium?" asks about a risk, "not suicidal" denies one, and "how can I die from a clot"
      // may be a fear: help is still shown, without assuming.
      return hedges.some(stands) || (fear === 'asked-how' && !named) ? { kind: 'unsure', hedged: true } : { kind };
    },
  };
}
