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

/** Where a slot can end if it starts at `at` (a multi-word member ends further on). */
function ends(alternatives: readonly Alternative[], tokens: readonly string[], at: number, context: PatternContext, depth = 0): number[] {
  const out: number[] = [];
  for (const alt of alternatives) {
    if (alt.kind === 'count') {
      if (context.isCount(tokens, at)) out.push(at + 1);
    } else if (alt.kind === 'number') {
      if (/^\d+$/.test(tokens[at] ?? '')) out.push(at + 1);
    } else if (alt.kind === 'ending') {
      const token = tokens[at] ?? '';
      if (token.length > alt.ending.length + 2 && token.endsWith(alt.ending)) out.push(at + 1);
    } else if (alt.kind === 'class') {
      if (depth < 2) out.push(...ends(context.classes.get(alt.name) ?? [], tokens, at, context, depth + 1));
    } else {
      const { words, prefix, exact } = alt;
      const stem = exact ? undefined : context.stem;
      const tokenStems = stem && stemsOf(tokens, stem);
      const wordStems = stem && stemsOf(words, stem);
      const fits = words.every((word, i) => {
        const token = tokens[at + i];
        if (token === undefined) return false;
        if (prefix && i === words.length - 1) return token.startsWith(word);
        return token === word || (tokenStems !== undefined && tokenStems[at + i] === wordStems?.[i]);
      });
      if (fits) out.push(at + words.length);
    }
  }
  return out;
}

/** Where the next slot may start after `start`: past at most `gap` words, light words not counted. */
function* within(tokens: readonly string[], start: number, context: PatternContext): Generator<number> {
  let skipped = 0;
  for (let at = start; at < tokens.length && skipped <= context.gap; at += 1) {
    yield at;
    if (!context.light?.has(tokens[at] ?? '')) skipped += 1;
  }
}

/** Whether `pattern` stands somewhere in `tokens`. */
export function matches(pattern: Pattern, tokens: readonly string[], context: PatternContext): boolean {
  const from = (slot: number, start: number): boolean => {
    const alternatives = pattern[slot];
    if (!alternatives) return true;
    for (const at of within(tokens, start, context)) {
      for (const end of ends(alternatives, tokens, at, context)) if (from(slot + 1, end)) return true;
    }
    return false;
  };
  const [first] = pattern;
  if (!first) return true;
  // Only where the first slot's first word could stand: a long message is read in time that grows with its matches.
  const could = firstWords(first, context);
  for (let at = 0; at < tokens.length; at += 1) {
    if (!could(tokens[at] ?? '')) continue;
    for (const end of ends(first, tokens, at, context)) if (from(1, end)) return true;
  }
  return false;
}

const firstWordTests = new WeakMap<readonly Alternative[], (token: string) => boolean>();

/** A quick test of whether a token could be the first word of a slot: exact words in a set, the rest listed. */
function firstWords(alternatives: readonly Alternative[], context: PatternContext): (token: string) => boolean {
  const known = firstWordTests.get(alternatives);
  if (known) return known;
  const exact = new Set<string>();
  const stems = new Set<string>();
  const others: ((token: string) => boolean)[] = [];
  const collect = (list: readonly Alternative[], depth: number) => {
    for (const alt of list) {
      if (alt.kind === 'class') {
        if (depth < 2) collect(context.classes.get(alt.name) ?? [], depth + 1);
      } else if (alt.kind === 'words') {
        const [word = ''] = alt.words;
        if (alt.prefix && alt.words.length === 1) others.push((token) => token.startsWith(word));
        else {
          exact.add(word);
          if (context.stem && !alt.exact) stems.add(context.stem(word));
        }
      } else if (alt.kind === 'ending') others.push((token) => token.endsWith(alt.ending));
      else others.push((token) => /^\d/.test(token) || /^[a-z]+$/.test(token));
    }
  };
  collect(alternatives, 0);
  const { stem } = context;
  const test = (token: string) =>
    exact.has(token) || (stem !== undefined && stems.has(stem(token))) || others.some((other) => other(token));
  firstWordTests.set(alternatives, test);
  return test;
}

/** Where `pattern` ends if it starts right at `start`, else undefined. */
export function matchedFrom(pattern: Pattern, tokens: readonly string[], context: PatternContext, start = 0): number | undefined {
  const from = (slot: number, start: number): number | undefined => {
    const alternatives = pattern[slot];
    if (!alternatives) return start;
    for (const at of within(tokens, start, context)) {
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
  if (!first) return out;
  const could = firstWords(first, context);
  for (let start = 0; start < tokens.length; start += 1) {
    if (!could(tokens[start] ?? '')) continue;
    const end = matchedFrom(pattern, tokens, context, start);
    if (end !== undefined) out.push({ start, end });
  }
  return out;
}

/** Where a one-slot pattern ("@ending") stands in `tokens`: each start, and where it ends. */
export function occurrences(pattern: Pattern, tokens: readonly string[], context: PatternContext): { start: number; end: number }[] {
  const [slot] = pattern;
  if (!slot) return [];
  const could = firstWords(slot, context);
  return tokens.flatMap((token, start) => (could(token) ? ends(slot, tokens, start, context).map((end) => ({ start, end })) : []));
}
