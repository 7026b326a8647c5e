/**
 * Patterns read in place: slots that must stand in order, each within `gap` words of the one before, so
 * "took like 20 co-codamol" matches "@ingest @amount @medicine" but words scattered over a long message do not.
 * A slot is a word (or words joined by +), a word ending in * (any ending), *ending (any word ending so), @class,
 * #count (a number of tablets) or #any (any number); alternatives are joined by |. With a stemmer, a word also
 * matches its other forms ("wants" for "want") unless written with a leading "=" ("=wanted").
 */
export interface PatternContext {
  /** Each class's members, already compiled (a member may be several words or a prefix). */
  readonly classes: ReadonlyMap<string, readonly Alternative[]>;
  readonly gap: number;
  /** Words that do not count towards the gap ("a", "of", "my": "took a load of my dad's heart pills"). */
  readonly light?: ReadonlySet<string>;
  /** Whether the number at `at` counts (large enough, and not a dose or a time). */
  readonly isCount: (tokens: readonly string[], at: number) => boolean;
  /**
   * A word's stem, when a pattern's words should match every form of themselves ("wants", "cuts", "ending"
   * for "want", "cut", "end"), so that patterns name an idea once instead of each inflection.
   */
  readonly stem?: (word: string) => string;
}

/** One way to fill a slot: a run of words, the last of which may be a prefix. */
type Alternative =
  /** `exact`: written with a leading "=", matched only as written, not in its other forms ("=wanted" is not "want"). */
  | { readonly kind: 'words'; readonly words: readonly string[]; readonly prefix: boolean; readonly exact: boolean }
  /** "*traline": any word with this ending (a medicine's generic-name stem). */
  | { readonly kind: 'ending'; readonly ending: string }
  | { readonly kind: 'count' }
  /** #any: any number. */
  | { readonly kind: 'number' }
  | { readonly kind: 'class'; readonly name: string };

export type Pattern = readonly (readonly Alternative[])[];

/** One slot alternative, or one member of a class ("co codamol", "sleeping pill*"). */
export function compileAlternative(written: string): Alternative {
  if (written === '#count') return { kind: 'count' };
  if (written === '#any') return { kind: 'number' };
  if (written.startsWith('@')) return { kind: 'class', name: written.slice(1) };
  if (written.startsWith('*')) return { kind: 'ending', ending: written.slice(1) };
  const exact = written.startsWith('=');
  const bare = exact ? written.slice(1) : written;
  const prefix = bare.endsWith('*');
  return { kind: 'words', words: (prefix ? bare.slice(0, -1) : bare).split(/[ +]/), prefix, exact };
}

export function compilePattern(written: string): Pattern {
  return written.split(' ').map((slot) => slot.split('|').map(compileAlternative));
}

/**
 * Each text's and each pattern word list's stems, by stemmer, worked out once: matching compares them in its
 * innermost loop.
 */
const stemmed = new WeakMap<(word: string) => string, WeakMap<readonly string[], readonly string[]>>();
function stemsOf(words: readonly string[], stem: (word: string) => string): readonly string[] {
  let byWords = stemmed.get(stem);
  if (!byWords) stemmed.set(stem, (byWords = new WeakMap()));
  let stems = byWords.get(words);
  if (!stems) byWords.set(words, (stems = words.map(stem)));
  return stems;
}

/**
 * A slot's alternatives with its classes spread out in reading order, and which of them a token can begin, by the
 * token and by its stem: a slot with a class of hundreds of medicines tries only the few that start with the
 * word at hand, not all of them at every word of a long message.
 */
interface SlotIndex {
  readonly flat: readonly Alternative[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /** Alternatives no first word picks out (prefixes of one word, endings, numbers), tried at every word. */
  readonly always: readonly number[];
}

/** Adds `value` to `key`'s list, once: values arrive grouped, so a repeat is always the last one added. */
function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

const slotIndexes = new WeakMap<readonly Alternative[], WeakMap<PatternContext['classes'], SlotIndex>>();

function slotIndex(alternatives: readonly Alternative[], context: PatternContext): SlotIndex {
  let byClasses = slotIndexes.get(alternatives);
  if (!byClasses) slotIndexes.set(alternatives, (byClasses = new WeakMap()));
  const known = byClasses.get(context.classes);
  if (known) return known;
  const flat: Alternative[] = [];
  // Classes nest at most two deep, as a class naming itself must not loop.
  const spread = (list: readonly Alternative[], depth: number) => {
    for (const alt of list) {
      if (alt.kind !== 'class') flat.push(alt);
      else if (depth < 2) spread(context.classes.get(alt.name) ?? [], depth + 1);
    }
  };
  spread(alternatives, 0);
  const byWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const always: number[] = [];
  flat.forEach((alt, i) => {
    if (alt.kind !== 'words' || (alt.prefix && alt.words.length === 1)) always.push(i);
    else {
      const [word = ''] = alt.words;
      addTo(byWord, word, i);
      if (context.stem && !alt.exact) addTo(byStem, context.stem(word), i);
    }
  });
  const index = { flat, byWord, byStem, always };
  byClasses.set(context.classes, index);
  return index;
}

const NONE: readonly never[] = [];

/** Ascending, without repeats, the positions in up to three ascending lists (most often one or none). */
function merged(a: readonly number[] = NONE, b: readonly number[] = NONE, c: readonly number[] = NONE): readonly number[] {
  if (b.length === 0 && c.length === 0) return a;
  if (a.length === 0 && c.length === 0) return b;
  if (a.length === 0 && b.length === 0) return c;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    const next = Math.min(a[i] ?? Infinity, b[j] ?? Infinity, c[k] ?? Infinity);
    if (next === Infinity) return out;
    out.push(next);
    if (a[i] === next) i += 1;
    if (b[j] === next) j += 1;
    if (c[k] === next) k += 1;
  }
}

/** Where a slot can end if it starts at `at` (a multi-word member ends further on). */
function ends(alternatives: readonly Alternative[], tokens: readonly string[], at: number, context: PatternContext): number[] {
  const token = tokens[at];
  if (token === undefined) return [];
  const { flat, byWord, byStem, always } = slotIndex(alternatives, context);
  const stem = context.stem;
  const tokenStems = stem && stemsOf(tokens, stem);
  const out: number[] = [];
  for (const i of merged(byWord.get(token), tokenStems ? byStem.get(tokenStems[at] ?? '') : undefined, always)) {
    const alt = flat[i];
    if (alt === undefined || alt.kind === 'class') continue;
    if (alt.kind === 'count') {
      if (context.isCount(tokens, at)) out.push(at + 1);
    } else if (alt.kind === 'number') {
      if (/^\d+$/.test(token)) out.push(at + 1);
    } else if (alt.kind === 'ending') {
      if (token.length > alt.ending.length + 2 && token.endsWith(alt.ending)) out.push(at + 1);
    } else {
      const { words, prefix, exact } = alt;
      const wordStems = exact || !stem ? undefined : stemsOf(words, stem);
      // A light word inside a member is read past, as between slots: "je pense souvent à en finir" is "pense a".
      let next = at;
      const fits = words.every((word, w) => {
        while (w > 0 && tokens[next] !== word && context.light?.has(tokens[next] ?? '')) next += 1;
        const position = next;
        const candidate = tokens[position];
        next += 1;
        if (candidate === undefined) return false;
        if (prefix && w === words.length - 1) return candidate.startsWith(word);
        return candidate === word || (wordStems !== undefined && tokenStems?.[position] === wordStems[w]);
      });
      if (fits) out.push(next);
    }
  }
  return out;
}

/** Where the next slot may start after `start`: before this position, past at most `gap` words, light ones not counted. */
function windowEnd(tokens: readonly string[], start: number, context: PatternContext): number {
  let skipped = 0;
  let at = start;
  for (; at < tokens.length && skipped <= context.gap; at += 1) if (!context.light?.has(tokens[at] ?? '')) skipped += 1;
  return at;
}

/** Whether `pattern` stands somewhere in `tokens`. */
export function matches(pattern: Pattern, tokens: readonly string[], context: PatternContext): boolean {
  const from = (slot: number, start: number): boolean => {
    const alternatives = pattern[slot];
    if (!alternatives) return true;
    const could = firstWords(alternatives, context);
    for (let at = start, stop = windowEnd(tokens, start, context); at < stop; at += 1) {
      if (!could(tokens, at)) continue;
      for (const end of ends(alternatives, tokens, at, context)) if (from(slot + 1, end)) return true;
    }
    return false;
  };
  const [first] = pattern;
  if (!first) return true;
  if (!mayStart(first, tokens, context)) return false;
  // Only where the first slot's first word could stand: a long message is read in time that grows with its matches.
  const could = firstWords(first, context);
  for (let at = 0; at < tokens.length; at += 1) {
    if (!could(tokens, at)) continue;
    for (const end of ends(first, tokens, at, context)) if (from(1, end)) return true;
  }
  return false;
}

/** Each text's words and their stems as sets, worked out once per text. */
const wordSets = new WeakMap<readonly string[], { words: ReadonlySet<string>; stems: ReadonlySet<string> | undefined }>();

/**
 * Whether any word of `tokens` could begin the slot, found from whichever is smaller, the slot's first words or the
 * text's: most patterns cannot start anywhere in a message, and a long one is then passed over in a few lookups.
 */
function mayStart(alternatives: readonly Alternative[], tokens: readonly string[], context: PatternContext): boolean {
  const { byWord, byStem, always } = slotIndex(alternatives, context);
  if (always.length > 0) return true;
  let sets = wordSets.get(tokens);
  if (!sets) {
    const stems = context.stem && new Set(stemsOf(tokens, context.stem));
    wordSets.set(tokens, (sets = { words: new Set(tokens), stems }));
  }
  const meets = (keys: ReadonlyMap<string, unknown>, present: ReadonlySet<string>) => {
    if (keys.size <= present.size) {
      for (const key of keys.keys()) if (present.has(key)) return true;
    } else for (const word of present) if (keys.has(word)) return true;
    return false;
  };
  return meets(byWord, sets.words) || (sets.stems !== undefined && meets(byStem, sets.stems));
}

type FirstWordTest = (tokens: readonly string[], at: number) => boolean;
const firstWordTests = new WeakMap<SlotIndex, FirstWordTest>();

/** A quick test of whether the token at `at` could be the first word of a slot. */
function firstWords(alternatives: readonly Alternative[], context: PatternContext): FirstWordTest {
  const index = slotIndex(alternatives, context);
  const known = firstWordTests.get(index);
  if (known) return known;
  const { flat, byWord, byStem, always } = index;
  const others = always.map((i): FirstWordTest => {
    const alt = flat[i];
    if (alt?.kind === 'words') return (tokens, at) => tokens[at]?.startsWith(alt.words[0] ?? '') ?? false;
    if (alt?.kind === 'ending') return (tokens, at) => tokens[at]?.endsWith(alt.ending) ?? false;
    if (alt?.kind === 'count') return context.isCount;
    return (tokens, at) => /^\d+$/.test(tokens[at] ?? '');
  });
  const { stem } = context;
  const test: FirstWordTest = (tokens, at) =>
    byWord.has(tokens[at] ?? '') ||
    (stem !== undefined && byStem.has(stemsOf(tokens, stem)[at] ?? '')) ||
    others.some((other) => other(tokens, at));
  firstWordTests.set(index, test);
  return test;
}

/** Where `pattern` ends if it starts right at `start`, else undefined. */
export function matchedFrom(pattern: Pattern, tokens: readonly string[], context: PatternContext, start = 0): number | undefined {
  const from = (slot: number, start: number): number | undefined => {
    const alternatives = pattern[slot];
    if (!alternatives) return start;
    const could = firstWords(alternatives, context);
    for (let at = start, stop = windowEnd(tokens, start, context); at < stop; at += 1) {
      if (!could(tokens, at)) continue;
      for (const end of ends(alternatives, tokens, at, context)) {
        const found = from(slot + 1, end);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  const [first] = pattern;
  if (!first) return undefined;
  for (const end of ends(first, tokens, start, context)) {
    const found = from(1, end);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every place `pattern` stands in `tokens`: where it starts, and where its first match from there ends. */
export function spans(pattern: Pattern, tokens: readonly string[], context: PatternContext): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const [first] = pattern;
  if (!first || !mayStart(first, tokens, context)) return out;
  const could = firstWords(first, context);
  for (let start = 0; start < tokens.length; start += 1) {
    if (!could(tokens, start)) continue;
    const end = matchedFrom(pattern, tokens, context, start);
    if (end !== undefined) out.push({ start, end });
  }
  return out;
}

/**
 * Which of many patterns could begin somewhere in a text, found from the text's words instead of by asking each
 * pattern: a message is then read against the few patterns its words can start, however many the data holds.
 */
export function startIndex(patterns: readonly Pattern[], context: PatternContext): (tokens: readonly string[]) => ReadonlySet<Pattern> {
  const byWord = new Map<string, Pattern[]>();
  const byStem = new Map<string, Pattern[]>();
  const always: Pattern[] = [];
  for (const pattern of patterns) {
    const [first] = pattern;
    const index = first && slotIndex(first, context);
    if (!index || index.always.length > 0) always.push(pattern);
    else {
      for (const word of index.byWord.keys()) addTo(byWord, word, pattern);
      for (const stem of index.byStem.keys()) addTo(byStem, stem, pattern);
    }
  }
  return (tokens) => {
    const out = new Set(always);
    const stems = context.stem && stemsOf(tokens, context.stem);
    tokens.forEach((token, at) => {
      for (const pattern of byWord.get(token) ?? NONE) out.add(pattern);
      for (const pattern of (stems && byStem.get(stems[at] ?? '')) ?? NONE) out.add(pattern);
    });
    return out;
  };
}

/** Where a one-slot pattern ("@ending") stands in `tokens`: each start, and where it ends. */
export function occurrences(pattern: Pattern, tokens: readonly string[], context: PatternContext): { start: number; end: number }[] {
  const [slot] = pattern;
  if (!slot || !mayStart(slot, tokens, context)) return [];
  const could = firstWords(slot, context);
  return tokens.flatMap((_, start) => (could(tokens, start) ? ends(slot, tokens, start, context).map((end) => ({ start, end })) : []));
}
