import { foldText } from '../catalogue/fold.js';
import { compilePattern, matchedFrom, startIndex, type Pattern, type PatternContext } from '../safety/patterns.js';

/** Stretches of words read as one word: a child's age ("4 year old") as "child", a long time ("for 3 hours") as "prolonged". */
export interface Stretch {
  readonly patterns: readonly Pattern[];
  /** The patterns a text's words could begin: most texts (and every long one of the catalogue's prose) begin none. */
  readonly startable: (words: readonly string[]) => ReadonlySet<Pattern>;
  readonly context: PatternContext;
  /** The folded word the stretch reads as. */
  readonly as: string;
}

/**
 * A stretch whose patterns' #count stands for a whole number from `atLeast` up to, not including, `under`, typed in
 * digits or as one of the language's `numbers` (folded word → value).
 */
export function compileStretch(
  patterns: readonly string[],
  as: string,
  atLeast: number,
  under = Infinity,
  numbers: ReadonlyMap<string, number> = new Map(),
): Stretch {
  const valueOf = (token: string) => (/^\d{1,3}$/.test(token) ? Number(token) : numbers.get(token));
  const context: PatternContext = {
    classes: new Map(),
    gap: 0,
    isCount: (tokens, at) => {
      const value = valueOf(tokens[at] ?? '');
      return value !== undefined && value >= atLeast && value < under;
    },
  };
  const compiled = patterns.map(compilePattern);
  return { patterns: compiled, startable: startIndex(compiled, context), context, as: foldText(as) };
}

/** A language's numbers written as words (`Language.numbers`), keyed by the folded word. */
export const numbersOf = (numbers: Readonly<Record<string, number>>): ReadonlyMap<string, number> =>
  new Map(Object.entries(numbers).map(([word, value]) => [foldText(word), value] as const));

/** Folded words with each stretch read as its one word, the longest first where two start at one word. */
export function readStretches(words: readonly string[], stretches: readonly Stretch[]): string[] {
  const live = stretches
    .map((stretch) => ({ ...stretch, patterns: [...stretch.startable(words)] }))
    .filter((stretch) => stretch.patterns.length > 0);
  if (live.length === 0) return [...words];
  const out: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const ends = live.flatMap(({ patterns, context, as }) =>
      patterns.flatMap((pattern) => {
        const end = matchedFrom(pattern, words, context, at);
        return end === undefined ? [] : [{ end, as }];
      }),
    );
    const [longest] = ends.sort((a, b) => b.end - a.end);
    out.push(longest?.as ?? words[at] ?? '');
    if (longest) at = longest.end - 1;
  }
  return out;
}
