import type { z } from 'zod';
import rawCatalogue from '../../data/catalogue.json' with { type: 'json' };
import rawReviews from '../../data/reviews.json' with { type: 'json' };
import { indexReviews, ReviewError, ReviewsSchema, type Reviews } from './reviews.js';
import { CatalogueSchema, type Cause, type ParsedCatalogue, type RedFlag, type Tier } from './schema.js';

/** The validated catalogue with the look-ups every layer above needs. */
export interface Catalogue {
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

/** The catalogue and its sign-off records, validated; `reviews` defaults to none (nothing reviewed). */
export function parseCatalogue(input: unknown, source = 'data/catalogue.json', reviews: unknown = { records: [] }): Catalogue {
  const result = CatalogueSchema.safeParse(input);
  if (!result.success) throw new CatalogueError(describeIssues(result.error, source));
  const signed = ReviewsSchema.safeParse(reviews);
  if (!signed.success) throw new CatalogueError(describeIssues(signed.error, 'data/reviews.json'));
  try {
    return indexCatalogue(result.data, indexReviews(result.data, signed.data));
  } catch (error) {
    if (error instanceof ReviewError) throw new CatalogueError(error.message);
    throw error;
  }
}

/**
 * The look-ups over catalogue data that has already been validated. Exported for the benchmark,
 * which indexes a generated catalogue far larger than one Discord select menu can list.
 */
export function indexCatalogue(parsed: ParsedCatalogue, reviews: Reviews = indexReviews(parsed, { records: [] })): Catalogue {
  const tierRank = new Map(parsed.tiers.map((tier, index) => [tier.id, index]));
  const causes = [...parsed.causes].sort((a, b) => (tierRank.get(a.tier) ?? 0) - (tierRank.get(b.tier) ?? 0));
  const byId = new Map(causes.map((cause) => [cause.id, cause]));
  const tiersById = new Map(parsed.tiers.map((tier) => [tier.id, tier]));
  const byTier = new Map(parsed.tiers.map((tier) => [tier.id, causes.filter((cause) => cause.tier === tier.id)]));
  return {
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

/** The catalogue shipped in data/catalogue.json, with the sign-offs in data/reviews.json, validated. */
export function loadCatalogue(): Catalogue {
  return parseCatalogue(rawCatalogue, 'data/catalogue.json', rawReviews);
}
