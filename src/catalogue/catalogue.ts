import type { z } from 'zod';
import rawCatalogue from '../../data/catalogue.json' with { type: 'json' };
import rawReviews from '../../data/reviews.json' with { type: 'json' };
import { foldText } from './fold.js';
import { createGlosser, type EnglishWords } from './gloss.js';
import { loadLanguageFiles, type CatalogueTranslation, type LanguageFile } from './languages.js';
import { englishMessages, type Messages } from './messages.js';
import { CATALOGUE_LANGUAGE, indexReviews, ReviewError, ReviewsSchema, type Reviews } from './reviews.js';
import { CatalogueSchema, SIGN_REFERENCE, type Cause, type ParsedCatalogue, type RedFlag, type Tier } from './schema.js';

/** Which language a catalogue is written in, and the fixed texts replies built from it use. */
export interface CatalogueLanguage {
  /** "en", "es", "pt-BR". */
  readonly code: string;
  /** The language's name for itself. */
  readonly name: string;
  /** The Discord locales it serves. */
  readonly locales: readonly string[];
  readonly text: Messages;
}

const ENGLISH: CatalogueLanguage = { code: CATALOGUE_LANGUAGE, name: 'English', locales: ['en-US', 'en-GB'], text: englishMessages };

/** The validated catalogue with the look-ups every layer above needs. */
export interface Catalogue {
  /** Its language: the code, the Discord locales it serves and the fixed texts of its replies. */
  readonly locale: CatalogueLanguage;
  /** Shorthand for `locale.text`. */
  readonly text: Messages;
  readonly symptom: string;
  readonly question: string;
  readonly meta: ParsedCatalogue['meta'];
  /** Tiers in clinical order, as the file lists them. */
  readonly tiers: readonly Tier[];
  /** Causes in tier order, then file order. */
  readonly causes: readonly Cause[];
  readonly redFlags: readonly RedFlag[];
  readonly medicines: ParsedCatalogue['medicines'];
  readonly notCovered: ParsedCatalogue['notCovered'];
  readonly synonyms: ParsedCatalogue['synonyms'];
  readonly language: ParsedCatalogue['language'];
  /** Clinical sign-off: which items a clinician reviewed, and whether the text is still what they signed. */
  readonly reviews: Reviews;
  cause(id: string): Cause | undefined;
  tier(id: string): Tier;
  causesIn(tierId: string): readonly Cause[];
}

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

/** "causes[3].seekCare" from zod's path, so an editor can find the broken value. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function describeIssues(error: z.ZodError, source: string): string {
  const [first, ...rest] = error.issues;
  if (!first) return `${source}: invalid catalogue`;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${source}: ${formatPath(first.path) || '(root)'}: ${first.message}${more}`;
}

/**
 * Each sign phrase that names another sign ("@palpitations faint") as one phrase per way that sign is said ("heart
 * racing faint", "heart skipping faint", …): a sign made of two others holds every wording of each, with no list of
 * their products to keep. The schema checks that a reference names a sign that names none.
 */
export function expandSignReferences<Flag extends { readonly id?: unknown; readonly phrases?: unknown }>(flags: readonly Flag[]): Flag[] {
  const phrasesOf = new Map(flags.map((flag) => [flag.id, Array.isArray(flag.phrases) ? (flag.phrases as unknown[]).map(String) : []]));
  const expand = (phrase: string): string[] => {
    const words = phrase.split(' ');
    const at = words.findIndex((word) => word.startsWith(SIGN_REFERENCE));
    if (at === -1) return [phrase];
    const named = phrasesOf.get(words[at]?.slice(SIGN_REFERENCE.length)) ?? [];
    return named.flatMap((way) => expand([...words.slice(0, at), way, ...words.slice(at + 1)].join(' ')));
  };
  return flags.map((flag) =>
    Array.isArray(flag.phrases) ? { ...flag, phrases: [...new Set((flag.phrases as unknown[]).map(String).flatMap(expand))] } : flag,
  );
}

/** The catalogue and its sign-off records, validated; `reviews` defaults to none (nothing reviewed). */
export function parseCatalogue(
  input: unknown,
  source = 'data/catalogue.json',
  reviews: unknown = { records: [] },
  language: CatalogueLanguage = ENGLISH,
): Catalogue {
  const result = CatalogueSchema.safeParse(input);
  if (!result.success) throw new CatalogueError(describeIssues(result.error, source));
  const signed = ReviewsSchema.safeParse(reviews);
  if (!signed.success) throw new CatalogueError(describeIssues(signed.error, 'data/reviews.json'));
  const data = { ...result.data, redFlags: expandSignReferences(result.data.redFlags) };
  try {
    return indexCatalogue(data, indexReviews(data, signed.data, language.code), language);
  } catch (error) {
    if (error instanceof ReviewError) throw new CatalogueError(error.message);
    throw error;
  }
}

/**
 * The look-ups over catalogue data that has already been validated. Exported for the benchmark,
 * which indexes a generated catalogue far larger than one Discord select menu can list.
 */
export function indexCatalogue(
  parsed: ParsedCatalogue,
  reviews: Reviews = indexReviews(parsed, { records: [] }),
  language: CatalogueLanguage = ENGLISH,
): Catalogue {
  const tierRank = new Map(parsed.tiers.map((tier, index) => [tier.id, index]));
  const causes = [...parsed.causes].sort((a, b) => (tierRank.get(a.tier) ?? 0) - (tierRank.get(b.tier) ?? 0));
  const byId = new Map(causes.map((cause) => [cause.id, cause]));
  const tiersById = new Map(parsed.tiers.map((tier) => [tier.id, tier]));
  const byTier = new Map(parsed.tiers.map((tier) => [tier.id, causes.filter((cause) => cause.tier === tier.id)]));
  return {
    locale: language,
    text: language.text,
    symptom: parsed.symptom,
    question: parsed.question,
    meta: parsed.meta,
    tiers: parsed.tiers,
    causes,
    redFlags: parsed.redFlags,
    medicines: parsed.medicines,
    notCovered: parsed.notCovered,
    synonyms: parsed.synonyms,
    language: parsed.language,
    reviews,
    cause: (causeId) => byId.get(causeId),
    tier: (tierId) => {
      const tier = tiersById.get(tierId);
      if (!tier) throw new CatalogueError(`unknown tier "${tierId}"`);
      return tier;
    },
    causesIn: (tierId) => byTier.get(tierId) ?? [],
  };
}

let shippedCatalogue: Catalogue | undefined;

/**
 * The catalogue shipped in data/catalogue.json, with the sign-offs in data/reviews.json, validated once per process:
 * the files cannot change while it runs, and everything built over it (the search's lexicon) is built once too.
 */
export function loadCatalogue(): Catalogue {
  if (shippedCatalogue) return shippedCatalogue;
  const files = loadLanguageFiles();
  shippedCatalogue = parseCatalogue(withNamesSoldAbroad(rawCatalogue, files), 'data/catalogue.json', rawReviews, languageOf(files[0]));
  return shippedCatalogue;
}

/**
 * The English catalogue with every language's one-word medicine names in their groups: a brand or spelling sold in
 * one country ("Seguril", "Lasilix", "furosemida") is known to members of every language, since people travel and
 * write in the language of their Discord, not of their pharmacy. Phrases ("pastilla para orinar") stay in their own
 * language.
 */
function withNamesSoldAbroad(base: unknown, files: readonly LanguageFile[]): unknown {
  const english = base as Raw & { medicines: Raw & { classes: (Raw & { name: string; names: string[] })[] } };
  const abroad = new Map<string, string[]>();
  for (const file of files) {
    for (const [group, { names }] of Object.entries(file.catalogue?.medicines.classes ?? {}))
      abroad.set(group, [...(abroad.get(group) ?? []), ...names.filter((name) => !name.trim().includes(' '))]);
  }
  const classes = english.medicines.classes.map((group) => ({
    ...group,
    names: distinct([...group.names, ...(abroad.get(group.name) ?? [])]),
  }));
  return { ...english, medicines: { ...english.medicines, classes } };
}

function languageOf(file: LanguageFile | undefined): CatalogueLanguage {
  if (!file?.messages) return ENGLISH;
  return { code: file.code, name: file.name, locales: file.locales, text: file.messages };
}

type Raw = Record<string, unknown> & { id?: string };

/**
 * The English catalogue with a translation's texts and words in place of its own: ids, tiers, colours, links,
 * levels and sources stay, so every language answers with the same facts. Every item must be translated, and
 * nothing else; the result is validated like any catalogue, so Discord's limits hold in every language. Medicine
 * groups keep their international names beside the names a translation adds.
 */
export function translateCatalogue(base: unknown, translation: CatalogueTranslation, source: string): unknown {
  const english = base as Raw &
    EnglishWords & {
      tiers: Raw[];
      causes: Raw[];
      redFlags: Raw[];
      notCovered: Raw[];
      medicines: Raw & { classes: (Raw & { name: string; names: string[] })[] };
    };
  const problems: string[] = [];
  const glosser = createGlosser(english, translation.language.gloss);
  const glossed = (phrases: unknown) => (Array.isArray(phrases) ? phrases.flatMap((phrase) => glosser(String(phrase)) ?? []) : []);
  const each = <T>(section: string, items: readonly Raw[], texts: Readonly<Record<string, T>>, key = (item: Raw) => item.id ?? '') => {
    const known = new Set(items.map(key));
    for (const extra of Object.keys(texts)) if (!known.has(extra)) problems.push(`${section}.${extra} is not in the English catalogue`);
    return items.map((item) => {
      const text = texts[key(item)];
      if (text === undefined) problems.push(`${section}.${key(item)} is not translated`);
      return { item, text };
    });
  };
  const merged = {
    ...english,
    $comment: `${source}: a translation of data/catalogue.json`,
    symptom: translation.symptom,
    question: translation.question,
    meta: { ...(english.meta as Raw), ...translation.meta },
    tiers: each('tiers', english.tiers, translation.tiers).map(({ item, text }) => ({ ...item, ...text })),
    causes: each('causes', english.causes, translation.causes).map(({ item, text }) => ({ ...item, ...text })),
    redFlags: each('redFlags', expandSignReferences(english.redFlags), translation.redFlags).map(({ item, text }) => {
      const { raisedAdvice, ...words } = text ?? {};
      const raisedBy = item.raisedBy as Raw | undefined;
      if (raisedBy && text && raisedAdvice === undefined) problems.push(`redFlags.${String(item.id)}.raisedAdvice is not translated`);
      return {
        ...item,
        ...words,
        ...(raisedBy ? { raisedBy: { ...raisedBy, advice: raisedAdvice } } : {}),
        phrases: distinct([...(text?.phrases ?? []), ...glossed(item.phrases)]),
        unless: distinct([...(text?.unless ?? []), ...glossed(item.unless)]),
      };
    }),
    notCovered: each('notCovered', english.notCovered, translation.notCovered).map(({ item, text }) => ({ ...item, ...text })),
    medicines: {
      ...english.medicines,
      unlinked: [...new Set([...((english.medicines.unlinked as string[] | undefined) ?? []), ...translation.medicines.unlinked])],
      general: translation.medicines.general,
      classes: each('medicines.classes', english.medicines.classes, translation.medicines.classes, (item) => String(item.name)).map(
        ({ item, text }) => ({
          ...item,
          ...(text ? { name: text.name, note: text.note } : {}),
          // The language's own spelling first: where an English name stems to it ("amlodipine", "Amlodipin"), the
          // card names the medicine as the member typed it.
          names: distinct([...(text?.names ?? []), ...(item.names as string[])]),
        }),
      ),
    },
    synonyms: translation.synonyms,
    language: translation.language,
  };
  if (problems.length > 0)
    throw new CatalogueError(`${source}: ${problems[0] ?? ''}${problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : ''}`);
  return merged;
}

/** Names once each, however they are written ("Furosemide" and "furosemide"). */
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const folded = foldText(name);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** The catalogue in every language the bot answers in, English first, and how a member's language is chosen. */
export interface Catalogues {
  readonly english: Catalogue;
  /** English first, then the others by code. */
  readonly all: readonly Catalogue[];
  byCode(code: string | undefined): Catalogue | undefined;
  /** A member's language: their Discord locale's, else the server's choice, else English. */
  pick(locale: string | undefined, serverLanguage?: string): Catalogue;
}

export function indexCatalogues(all: readonly [Catalogue, ...Catalogue[]]): Catalogues {
  const [english] = all;
  const byCode = new Map(all.map((catalogue) => [catalogue.locale.code, catalogue]));
  const byLocale = new Map(all.flatMap((catalogue) => catalogue.locale.locales.map((locale) => [locale, catalogue] as const)));
  return {
    english,
    all,
    byCode: (code) => (code === undefined ? undefined : byCode.get(code)),
    pick: (locale, serverLanguage) =>
      (locale === undefined ? undefined : byLocale.get(locale)) ??
      (serverLanguage === undefined ? undefined : byCode.get(serverLanguage)) ??
      english,
  };
}

/** English and every translated catalogue in data/languages, each validated and with its own sign-offs. */
export function loadCatalogues(files: readonly LanguageFile[] = loadLanguageFiles()): Catalogues {
  const english = loadCatalogue();
  const base = withNamesSoldAbroad(rawCatalogue, files);
  const translated = files.flatMap((file) =>
    file.catalogue && file.code !== CATALOGUE_LANGUAGE ? [parseTranslation(base, file, rawReviews)] : [],
  );
  return indexCatalogues([english, ...translated]);
}

/** One language file's catalogue over the English one, validated, with that language's own sign-offs. */
export function parseTranslation(base: unknown, file: LanguageFile, reviews: unknown): Catalogue {
  const source = `data/languages/${file.code}.json`;
  if (!file.catalogue) throw new CatalogueError(`${source} has no catalogue`);
  return parseCatalogue(translateCatalogue(base, file.catalogue, source), source, reviews, languageOf(file));
}
