import { readdirSync, readFileSync } from 'node:fs';
import { Locale } from 'discord-api-types/v10';
import { z } from 'zod';
import { CatalogueLimits as L } from './limits.js';
import { LanguageSchema } from './schema.js';
import { MessagesSchema } from './messages.js';

/**
 * One language of the bot: data/languages/<code>.json. A language may bring only its command names (Discord shows
 * them in that language), or also its fixed texts, a translated catalogue and its own safety words, and then the
 * bot answers in it. Adding one is a data change; docs/languages.md says how.
 */

const line = (max: number) => z.string().trim().min(1).max(max);
const map = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^[a-z0-9-]+$/), value);
const list = z.array(line(L.lexiconTerm)).max(L.lexiconTerms);

/** Discord's rule for command and option names; letters with a lower case must be in it. */
const commandName = z
  .string()
  .regex(/^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u, 'must be 1 to 32 letters, digits, - or _ (Discord’s rule for names)')
  .refine((name) => name === name.toLocaleLowerCase(), 'must be lower case where the language has cases');

/**
 * The command texts, by path: "cramp-cause" (the command), "query" (an option on any command), "cramp-settings
 * country" (an option on one command, before the general entry) and "audience=general" (one choice of an option).
 * A command's or option's name follows Discord's rule for names; a choice's is free text.
 */
const CommandTextsSchema = z
  .record(
    z.string().regex(/^[a-z-]+( [a-z-]+)?(=[a-z0-9-]+)?$/, 'must be a command, option or choice path such as "cramp-cause query"'),
    z.strictObject({ name: line(100).optional(), description: line(100).optional() }),
  )
  .superRefine((texts, ctx) => {
    for (const [path, { name }] of Object.entries(texts)) {
      if (name === undefined || path.includes('=')) continue;
      const checked = commandName.safeParse(name);
      if (!checked.success) ctx.addIssue({ code: 'custom', path: [path, 'name'], message: checked.error.issues[0]?.message ?? 'invalid' });
    }
  });
export type CommandTexts = z.output<typeof CommandTextsSchema>;

/** What one language says in place of each English text of the catalogue; ids, tiers, links and sources stay as they are. */
export const CatalogueTranslationSchema = z.strictObject({
  symptom: line(L.symptom),
  question: line(L.question),
  meta: z.strictObject({
    source: line(L.source),
    disclaimer: line(L.disclaimer),
    shortDisclaimer: z.strictObject({ clinician: line(L.shortDisclaimer), general: line(L.shortDisclaimer) }),
  }),
  tiers: map(z.strictObject({ label: line(L.tierLabel), meaning: line(L.tierMeaning) })),
  causes: map(
    z.strictObject({
      name: line(L.causeName),
      summary: line(L.summary),
      explanation: z.strictObject({ clinician: line(L.explanation), general: line(L.explanation) }),
      abbreviations: list.default([]),
      layTerms: list.default([]),
      misspellings: list.default([]),
      symptoms: list.default([]),
      conditions: list.default([]),
      seekCare: z.strictObject({
        routine: line(L.seekCare).optional(),
        sameDay: line(L.seekCare).optional(),
        emergency: line(L.seekCare).optional(),
      }),
    }),
  ),
  redFlags: map(
    z.strictObject({
      sign: line(L.redFlagSign),
      advice: line(L.advice),
      /** The advice when another sign raises this one (the English sign's `raisedBy.advice`), in this language. */
      raisedAdvice: line(L.advice).optional(),
      phrases: list.min(1),
      unless: list.default([]),
    }),
  ),
  medicines: z.strictObject({
    /** By the English name of each medicine group: its name and note here, and names sold here beside the international ones. */
    classes: z.record(z.string(), z.strictObject({ name: line(L.medicineClass), note: line(L.medicineNote), names: list.default([]) })),
    unlinked: list.default([]),
    general: list.default([]),
  }),
  notCovered: map(z.strictObject({ names: list.min(1), note: line(L.notCoveredNote) })),
  synonyms: z
    .array(z.array(line(L.lexiconTerm)).min(2).max(L.synonymGroup))
    .max(L.synonymGroups)
    .default([]),
  language: LanguageSchema,
});
export type CatalogueTranslation = z.output<typeof CatalogueTranslationSchema>;

/** Readability formulas made for each language (see test/unit/readability.test.ts), with the score plain text must reach. */
export const ReadabilityFormulas = [
  'flesch-kincaid',
  'szigriszt-pazos',
  'kandel-moles',
  'amstad',
  'wiener-sachtextformel',
  'martins',
] as const;

export const LanguageFileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** A BCP 47 tag: "es", "pt-BR"; the file is named after it. */
    code: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "es" or "pt-BR"'),
    /** The language's own name for itself, as members pick it. */
    name: line(40),
    /** The Discord locales (`interaction.locale`) this language serves. */
    locales: z.array(z.enum(Object.values(Locale) as [Locale, ...Locale[]])).min(1),
    commands: CommandTextsSchema.default({}),
    messages: MessagesSchema.optional(),
    catalogue: CatalogueTranslationSchema.optional(),
    /** The safety pass's words in this language; checked by src/safety when it is built. */
    safety: z.unknown().optional(),
    readability: z.strictObject({ formula: z.enum(ReadabilityFormulas), limit: z.number() }).optional(),
  })
  .refine((file) => !file.catalogue || file.messages, { error: 'a language with a catalogue needs its messages', path: ['messages'] });
export type LanguageFile = z.output<typeof LanguageFileSchema>;

export class LanguageFileError extends Error {
  override readonly name = 'LanguageFileError';
}

const LANGUAGES = new URL('../../data/languages/', import.meta.url);

/**
 * Every file in data/languages, validated, English first; a broken file stops the program with its name and the
 * first problem. Two files may not serve the same Discord locale.
 */
export function loadLanguageFiles(directory: URL = LANGUAGES): LanguageFile[] {
  const names = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => (a === 'en.json' ? -1 : b === 'en.json' ? 1 : a.localeCompare(b)));
  const served = new Map<string, string>();
  return names.map((name) => {
    const where = `data/languages/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(new URL(name, directory), 'utf8'));
    } catch (error) {
      throw new LanguageFileError(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const result = LanguageFileSchema.safeParse(raw);
    if (!result.success) {
      const [first] = result.error.issues;
      throw new LanguageFileError(`${where}: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'}`);
    }
    const file = result.data;
    if (`${file.code}.json` !== name) throw new LanguageFileError(`${where}: its code is "${file.code}"; name the file ${file.code}.json`);
    for (const locale of file.locales) {
      const other = served.get(locale);
      if (other) throw new LanguageFileError(`${where}: the locale ${locale} is already served by ${other}`);
      served.set(locale, name);
    }
    return file;
  });
}
