import { z } from 'zod';
import { DiscordLimits } from '../discord/limits.js';
import { CatalogueLimits as L } from './limits.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z
  .string()
  .max(L.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "deep-vein-thrombosis"');
const lexicon = z.array(text(L.lexiconTerm)).max(L.lexiconTerms);

export const AudienceSchema = z.enum(['clinician', 'general']);
export type Audience = z.infer<typeof AudienceSchema>;

/** An audience from untrusted text (an option, a custom id), or undefined if it is none. */
export function parseAudience(value: unknown): Audience | undefined {
  const parsed = AudienceSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const TierSchema = z.strictObject({
  id,
  label: text(L.tierLabel),
  meaning: text(L.tierMeaning),
  color: z.number().int().min(0).max(0xffffff),
  /** Causes in an urgent tier must tell the reader when to call emergency services. */
  urgent: z.boolean().default(false),
});

export const ReferenceSchema = z.strictObject({
  title: text(L.referenceTitle),
  url: z.url({ protocol: /^https$/ }).max(L.referenceUrl),
});

export const CauseSchema = z.strictObject({
  id,
  name: text(L.causeName),
  tier: id,
  summary: text(L.summary),
  explanation: z.strictObject({ clinician: text(L.explanation), general: text(L.explanation) }),
  layTerms: lexicon,
  abbreviations: lexicon,
  misspellings: lexicon,
  seekCare: text(L.seekCare),
  related: z.array(id).max(L.related),
  references: z.array(ReferenceSchema).min(1).max(L.references),
});

export const CatalogueSchema = z
  .strictObject({
    $comment: z.string().optional(),
    symptom: text(60),
    question: text(L.question),
    meta: z.strictObject({
      lastReviewed: z.iso.date(),
      reviewStatus: z.enum(['submitted', 'under-review', 'approved']),
      source: text(L.source),
      disclaimer: text(L.disclaimer),
    }),
    tiers: z.array(TierSchema).min(1).max(L.tiers),
    // One select menu lists every cause, so the catalogue stays within one menu's options.
    causes: z.array(CauseSchema).min(1).max(Math.min(L.causes, DiscordLimits.selectOptions)),
  })
  .superRefine((catalogue, ctx) => {
    const tierIds = new Set<string>();
    catalogue.tiers.forEach((tier, i) => {
      if (tierIds.has(tier.id)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'id'], message: `duplicate tier id "${tier.id}"` });
      tierIds.add(tier.id);
    });
    const causeIds = new Set(catalogue.causes.map((cause) => cause.id));
    const seen = new Set<string>();
    catalogue.causes.forEach((cause, i) => {
      if (seen.has(cause.id)) ctx.addIssue({ code: 'custom', path: ['causes', i, 'id'], message: `duplicate cause id "${cause.id}"` });
      seen.add(cause.id);
      const tier = catalogue.tiers.find((t) => t.id === cause.tier);
      if (!tier) {
        ctx.addIssue({ code: 'custom', path: ['causes', i, 'tier'], message: `unknown tier "${cause.tier}"` });
      } else if (tier.urgent && !/emergency/i.test(cause.seekCare)) {
        ctx.addIssue({
          code: 'custom',
          path: ['causes', i, 'seekCare'],
          message: `a "${tier.label}" cause must say when to call emergency services`,
        });
      }
      cause.related.forEach((relatedId, j) => {
        if (!causeIds.has(relatedId) || relatedId === cause.id) {
          ctx.addIssue({ code: 'custom', path: ['causes', i, 'related', j], message: `"${relatedId}" is not another cause's id` });
        }
      });
    });
  });

export type ParsedCatalogue = z.output<typeof CatalogueSchema>;
export type Tier = z.output<typeof TierSchema>;
export type Cause = z.output<typeof CauseSchema>;
