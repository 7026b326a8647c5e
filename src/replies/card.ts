import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause, MedicineClass } from '../catalogue/schema.js';
import { audienceLabel } from './audience.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { messageResponse } from './message.js';
import { causeGoneNotice } from './notices.js';

/** How many runner-up matches a card lists under the best one. */
const OTHER_MATCHES_SHOWN = 3;

export interface CardExtras {
  /** The medicine the member named, shown first: its class and not to stop it without advice. */
  readonly medicine?: { readonly name: string; readonly medicineClass: MedicineClass };
  /** Other causes the query also named, listed under the card. */
  readonly others?: readonly Cause[];
}

/** When to get help, most urgent first, so the emergency line is never below the fold. */
function seekCareFields(cause: Cause): APIEmbedField[] {
  const { emergency, sameDay, routine } = cause.seekCare;
  return [
    ...(emergency ? [{ name: '🚨 Call an emergency number', value: emergency }] : []),
    ...(sameDay ? [{ name: 'Get help today', value: sameDay }] : []),
    ...(routine ? [{ name: 'See a doctor or pharmacist', value: routine }] : []),
  ];
}

function medicineField(medicine: NonNullable<CardExtras['medicine']>): APIEmbedField {
  const { name, medicineClass } = medicine;
  const shown = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    name: `About ${shown}`,
    value:
      `${shown} belongs to the group: ${medicineClass.name}. This group is ${medicineClass.note}. ` +
      'Do not stop a prescribed medicine without advice: ask your doctor or pharmacist first.',
  };
}

/** The full card for one cause, in the reader's chosen language, colour-coded by tier. */
export function causeCard(catalogue: Catalogue, cause: Cause, audience: Audience, extras: CardExtras = {}): APIEmbed {
  const tier = catalogue.tier(cause.tier);
  const fields: APIEmbedField[] = [
    ...(extras.medicine ? [medicineField(extras.medicine)] : []),
    ...seekCareFields(cause),
    { name: 'Tier', value: `${tier.label}: ${tier.meaning}` },
  ];
  const related = cause.related.flatMap((id) => catalogue.cause(id)?.name ?? []);
  if (related.length > 0) fields.push({ name: 'Related causes', value: related.join(' · ') });
  fields.push({ name: 'References', value: cause.references.map((ref) => `[${ref.title}](${ref.url})`).join('\n') });
  const others = (extras.others ?? []).filter((other) => other.id !== cause.id).slice(0, OTHER_MATCHES_SHOWN);
  if (others.length > 0) {
    fields.push({
      name: 'Your words also match',
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
export function cardButtons(cause: Cause, audience: Audience): APIActionRowComponent<APIButtonComponent> {
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

/** A cause's card on its own, privately: what buttons and menus under other replies open. */
export function privateCardMessage(catalogue: Catalogue, causeId: string | undefined, audience: Audience) {
  const cause = causeId === undefined ? undefined : catalogue.cause(causeId);
  if (!cause) return causeGoneNotice(catalogue);
  return messageResponse(
    { embeds: [causeCard(catalogue, cause, audience)], components: [cardButtons(cause, audience)] },
    { ephemeral: true },
  );
}
