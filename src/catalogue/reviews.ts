import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ParsedCatalogue } from './schema.js';

/**
 * Clinical sign-off, per item of the catalogue: who reviewed exactly which text, and when. A record keeps the
 * text it signed and its hash, so it covers that text and nothing else: once the item is edited, the record no
 * longer matches and the item reads "not yet clinically reviewed" again until someone signs the new text.
 */

/**
 * Each piece of the catalogue a clinician signs on its own: a cause, a sign, a note, the medicines, the disclaimer.
 * `safety-advice` (data/safety.json, outside the catalogue) is never signed here, so a reply showing it says so.
 */
export type ReviewItemKey =
  `cause:${string}` | `red-flag:${string}` | `not-covered:${string}` | 'medicines' | 'disclaimer' | 'safety-advice';

const itemKey = z
  .string()
  .regex(
    /^((cause|red-flag|not-covered):[a-z0-9-]+|medicines|disclaimer)$/,
    'must be cause:<id>, red-flag:<id>, not-covered:<id>, medicines or disclaimer',
  )
  .transform((key) => key as ReviewItemKey);
const line = (max: number) => z.string().trim().min(1).max(max);

export const ReviewerSchema = z.strictObject({
  name: line(100),
  /** As members should read it: "general practitioner", "clinical pharmacist". */
  role: line(60),
  /** The body that registers them and their number there, where one exists (GMC, NMC, a state board…). */
  registration: z.strictObject({ body: line(60), number: line(40) }).optional(),
});
export type Reviewer = z.output<typeof ReviewerSchema>;

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

export const ReviewRecordSchema = z
  .strictObject({
    item: itemKey,
    /** The language of the text signed; a translation is signed on its own. */
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2}|-419)?$/, 'must be a language code such as en, es-ES or pt-BR'),
    reviewer: ReviewerSchema,
    date: z.iso.date(),
    /** Exactly the text that was reviewed: the item as canonical JSON. */
    text: z.string().min(2),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256: and 64 hex digits'),
  })
  .refine((record) => record.hash === sha256(record.text), {
    error: 'its hash is not the hash of the text it claims to sign (a forged or hand-edited record)',
    path: ['hash'],
  });
export type ReviewRecord = z.output<typeof ReviewRecordSchema>;

export const ReviewsSchema = z.strictObject({
  $comment: z.string().optional(),
  records: z.array(ReviewRecordSchema),
});
export type ReviewsFile = z.output<typeof ReviewsSchema>;

/** JSON with keys in order and two-space indents: the same item always gives the same text, and diffs read well. */
export function canonicalText(value: unknown): string {
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (item === null || typeof item !== 'object') return item;
    return Object.fromEntries(
      Object.keys(item)
        .sort()
        .map((key) => [key, sorted((item as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(sorted(value), null, 2);
}

/** Every item a clinician signs, with its current text in the catalogue's language. */
export function reviewItems(parsed: ParsedCatalogue): Map<ReviewItemKey, string> {
  return new Map<ReviewItemKey, string>([
    ['disclaimer', canonicalText({ disclaimer: parsed.meta.disclaimer, shortDisclaimer: parsed.meta.shortDisclaimer })],
    ...parsed.causes.map((cause): [ReviewItemKey, string] => [`cause:${cause.id}`, canonicalText(cause)]),
    ...parsed.redFlags.map((flag): [ReviewItemKey, string] => [`red-flag:${flag.id}`, canonicalText(flag)]),
    ...parsed.notCovered.map((entry): [ReviewItemKey, string] => [`not-covered:${entry.id}`, canonicalText(entry)]),
    ['medicines', canonicalText(parsed.medicines)],
  ]);
}

/** The language of data/catalogue.json; each translation is signed apart, under its own code. */
export const CATALOGUE_LANGUAGE = 'en';

export type ItemState =
  | { readonly state: 'reviewed'; readonly record: ReviewRecord }
  /** Signed once, edited since: the latest record, and the text it signed, for a diff. */
  | { readonly state: 'changed'; readonly record: ReviewRecord }
  | { readonly state: 'unreviewed' };

/** What the replies and `npm run review` need to know about sign-off. */
export interface Reviews {
  readonly records: readonly ReviewRecord[];
  /** Each item's state, in catalogue order. */
  readonly items: ReadonlyMap<ReviewItemKey, { readonly text: string; readonly status: ItemState }>;
  status(key: ReviewItemKey): ItemState;
}

/** A record for an item the catalogue does not have. */
export class ReviewError extends Error {
  override readonly name = 'ReviewError';
}

export function indexReviews(parsed: ParsedCatalogue, file: ReviewsFile, language = CATALOGUE_LANGUAGE): Reviews {
  const texts = reviewItems(parsed);
  for (const record of file.records) {
    if (record.language === language && !texts.has(record.item))
      throw new ReviewError(`data/reviews.json: a record signs ${record.item}, which the catalogue does not have`);
  }
  const items = new Map(
    [...texts].map(([key, text]) => {
      const mine = file.records
        .filter((record) => record.item === key && record.language === language)
        .sort((a, b) => b.date.localeCompare(a.date));
      const current = mine.find((record) => record.hash === sha256(text));
      const status: ItemState = current
        ? { state: 'reviewed', record: current }
        : mine[0]
          ? { state: 'changed', record: mine[0] }
          : { state: 'unreviewed' };
      return [key, { text, status }];
    }),
  );
  return {
    records: file.records,
    items,
    status: (key) => items.get(key)?.status ?? { state: 'unreviewed' },
  };
}

/** A sign-off of an item's current text by one reviewer. */
export function signOff(key: ReviewItemKey, text: string, reviewer: Reviewer, date: string, language = CATALOGUE_LANGUAGE): ReviewRecord {
  return { item: key, language, reviewer, date, text, hash: sha256(text) };
}
