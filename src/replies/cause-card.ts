import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause } from '../catalogue/schema.js';
import { audienceLabel } from './audience.js';
import { disclaimerFooter } from './footer.js';

/** How many runner-up matches a card lists under the best one. */
const OTHER_MATCHES_SHOWN = 3;

/** The full card for one cause, in the reader's chosen language, colour-coded by tier. */
export function causeCard(catalogue: Catalogue, cause: Cause, audience: Audience, otherMatches: readonly Cause[] = []): APIEmbed {
  const tier = catalogue.tier(cause.tier);
  const fields: APIEmbedField[] = [
    { name: 'Tier', value: `${tier.label}: ${tier.meaning}` },
    { name: tier.urgent ? '🚨 When to get urgent care' : 'When to seek care', value: cause.seekCare },
  ];
  const related = cause.related.flatMap((id) => catalogue.cause(id)?.name ?? []);
  if (related.length > 0) fields.push({ name: 'Related causes', value: related.join(' · ') });
  fields.push({ name: 'References', value: cause.references.map((ref) => `[${ref.title}](${ref.url})`).join('\n') });
  const others = otherMatches.filter((other) => other.id !== cause.id).slice(0, OTHER_MATCHES_SHOWN);
  if (others.length > 0) {
    fields.push({
      name: 'Other close matches',
      value: others.map((other) => `${other.name} (${catalogue.tier(other.tier).label})`).join('\n'),
    });
  }
  return {
    author: { name: `${catalogue.symptom} · ${tier.label} · ${audienceLabel[audience]}` },
    title: cause.name,
    description: cause.explanation[audience],
    color: tier.color,
    fields,
    footer: disclaimerFooter(catalogue),
  };
}
