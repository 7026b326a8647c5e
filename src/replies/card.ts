import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause } from '../catalogue/schema.js';
import { audienceLabel } from './audience.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { messageResponse } from './message.js';

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

/**
 * Under a cause's card: switch to the other language (only for the member who presses it, and
 * remembered for them) and erase what is stored about them.
 */
function cardButtons(cause: Cause, audience: Audience): APIActionRowComponent<APIButtonComponent> {
  const other: Audience = audience === 'clinician' ? 'general' : 'clinician';
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: audienceLabel[other],
        custom_id: encodeCustomId({ kind: 'view', audience: other, causeId: cause.id }),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Forget my reading choice',
        custom_id: encodeCustomId({ kind: 'forget' }),
      },
    ],
  };
}

/** A cause's card with its buttons; `others` are close matches named under it. */
export function cardMessage(catalogue: Catalogue, cause: Cause, audience: Audience, ephemeral: boolean, others: readonly Cause[] = []) {
  return messageResponse(
    { embeds: [causeCard(catalogue, cause, audience, others)], components: [cardButtons(cause, audience)] },
    { ephemeral },
  );
}
