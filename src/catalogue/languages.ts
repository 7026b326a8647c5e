import { readdirSync, readFileSync } from 'node:fs';
import { Locale } from 'discord-api-types/v10';
import { z } from 'zod';
import { LanguageSchema } from './schema.js';
import { MessagesSchema } from './messages.js';

/**
 * One language of the bot: data/languages/<code>.json. A language may bring only its command names (Discord shows
 * them in that language), or also its fixed texts, a translated catalogue and its own safety words, and then the
 * bot answers in it. Adding one is a data change; docs/languages.md says how.
 */

const line = (max: number) => z.string().trim().min(1).max(max);
const map = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^[a-z0-9-]+$/), value);
const list = z.array(line(100)).max(200);

/** Discord's rule for command and option names; letters with a lower case must be in it. */
const commandName = z
  .string()
  .regex(/^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u, 'must be 1 to 32 letters, digits, - or _ (Discord’s rule for names)')
  .refine((name) => name === name.toLocaleLowerCase(), 'must be lower case where the language has cases');

/**
 * The command texts, by path: "cramp-cause" (the command), "query" (an option on any command), "cramp-settings
 * country" (an option on one command, before the general entry) and "audience general" (one choice of an option).
 */
const CommandTextsSchema = z.record(
  z.string().regex(/^[a-z-]+( [a-z0-9-]+){0,2}$/, 'must be a command, option or choice path such as "cramp-cause query"'),
  z.strictObject({ name: line(100).optional(), description: line(100).optional() }),
);
export type CommandTexts = z.output<typeof CommandTextsSchema>;

/** What one language says in place of each English text of the catalogue; ids, tiers, links and sources stay as they are. */
export const CatalogueTranslationSchema = z.strictObject({
  symptom: line(60),
  question: line(120),
  meta: z.strictObject({
    source: line(400),
    disclaimer: line(1000),
    shortDisclaimer: z.strictObject({ clinician: line(200), general: line(200) }),
  }),
  tiers: map(z.strictObject({ label: line(60), meaning: line(200) })),
  causes: map(
    z.strictObject({
      name: line(100),
      summary: line(100),
      explanation: z.strictObject({ clinician: line(1200), general: line(1200) }),
      abbreviations: list.default([]),
      layTerms: list.default([]),
      misspellings: list.default([]),
      symptoms: list.default([]),
      conditions: list.default([]),
      seekCare: z.strictObject({ routine: line(600).optional(), sameDay: line(600).optional(), emergency: line(600).optional() }),
    }),
  ),
  redFlags: map(z.strictObject({ sign: line(100), advice: line(600), phrases: list.min(1), unless: list.default([]) })),
  medicines: z.strictObject({
    /** By the English name of each medicine group: its name and note here, and names sold here beside the international ones. */
    classes: z.record(z.string(), z.strictObject({ name: line(60), note: line(300), names: list.default([]) })),
    unlinked: list.default([]),
  }),
  notCovered: map(z.strictObject({ names: list.min(1), note: line(600) })),
  synonyms: z.array(z.array(line(60)).min(2)).default([]),
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
