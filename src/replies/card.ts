import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause, MedicineClass, RedFlag } from '../catalogue/schema.js';
import { audienceLabel } from './audience.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { format } from '../catalogue/messages.js';
import { messageResponse } from './message.js';
import { causeGoneNotice } from './notices.js';
import { quoteUserText } from './user-text.js';

/** Buttons in one row: Discord's limit, and also how many related or close causes a card offers. */
const BUTTONS_PER_ROW = 5;

interface CardExtras {
  /** The medicine the member named, shown first: its group and not to stop it without advice. */
  readonly medicine?: { readonly name: string; readonly medicineClass: MedicineClass };
  /** Other causes the query also named: offered as buttons under the card. */
  readonly others?: readonly Cause[];
  /** The card answers a looser match (a misspelling, a prefix, the prose): say so. */
  readonly closest?: boolean;
  /** Urgent signs shown above the card in the same reply: the footer's review state covers them too. */
  readonly signs?: readonly RedFlag[];
}

interface CardOptions extends CardExtras {
  readonly ephemeral: boolean;
  /** Whether a private card offers "Share in channel" (not on a server whose moderators keep answers private). */
  readonly shareable?: boolean;
  /** What the member typed, quoted in "Closest match for …" only on a private card. */
  readonly query?: string;
}

function medicineField(catalogue: Catalogue, medicine: NonNullable<CardExtras['medicine']>): APIEmbedField {
  const { name, medicineClass } = medicine;
  const shown = name.charAt(0).toLocaleUpperCase(catalogue.locale.code) + name.slice(1);
  return {
    name: format(catalogue.text.medicineTitle, { medicine: shown }),
    value: format(catalogue.text.medicineText, { medicine: shown, group: medicineClass.name, note: medicineClass.note }),
  };
}

/**
 * The card for one cause, in the reader's language, colour-coded by tier and built for a phone: when there is
 * an emergency line it comes first, above the explanation; the header already names the tier, so no field
 * repeats it; the disclaimer is the short one for this reader.
 */
function causeCard(catalogue: Catalogue, cause: Cause, audience: Audience, extras: CardExtras = {}): APIEmbed {
  const tier = catalogue.tier(cause.tier);
  const { emergency, sameDay, routine } = cause.seekCare;
  const fields: APIEmbedField[] = [
    ...(extras.medicine ? [medicineField(catalogue, extras.medicine)] : []),
    ...(sameDay ? [{ name: catalogue.text.getHelpToday, value: sameDay }] : []),
    ...(routine ? [{ name: catalogue.text.seeDoctor, value: routine }] : []),
    { name: catalogue.text.references, value: cause.references.map((ref) => `[${ref.title}](${ref.url})`).join('\n') },
  ];
  const urgent = emergency ? `🚨 **${catalogue.text.emergency}:** ${emergency}\n\n` : '';
  const closest = extras.closest ? `${catalogue.text.closestMatch} · ` : '';
  return {
    author: { name: `${closest}${catalogue.symptom} · ${tier.label} · ${audienceLabel(catalogue, audience)}` },
    title: cause.name,
    description: `${urgent}${cause.explanation[audience]}`,
    color: tier.color,
    fields,
    footer: disclaimerFooter(catalogue, audience, [
      `cause:${cause.id}`,
      ...(extras.medicine ? (['medicines'] as const) : []),
      ...(extras.signs ?? []).map((flag) => `red-flag:${flag.id}` as const),
    ]),
  };
}

export const button = (
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent => ({
  type: ComponentType.Button,
  style,
  label,
  custom_id: customId,
});

/**
 * Under a card: the other language, and on a private card "Share in channel" and "Forget my choices"
 * (a public card is read by others, who did not choose); then the causes the query also named and the related
 * causes, each a button that opens its card privately.
 */
function cardButtons(
  catalogue: Catalogue,
  cause: Cause,
  audience: Audience,
  options: { ephemeral: boolean; shareable?: boolean; others?: readonly Cause[] },
) {
  const other: Audience = audience === 'clinician' ? 'general' : 'clinician';
  const actions = [
    button(audienceLabel(catalogue, other), encodeCustomId({ kind: 'view', audience: other, causeId: cause.id })),
    ...(options.ephemeral && options.shareable !== false
      ? [button(catalogue.text.shareInChannel, encodeCustomId({ kind: 'share', audience, causeId: cause.id }), ButtonStyle.Primary)]
      : []),
    ...(options.ephemeral ? [button(catalogue.text.forgetMyChoices, encodeCustomId({ kind: 'forget' }))] : []),
  ];
  const nearby = [...new Set([...(options.others ?? []), ...cause.related.flatMap((id) => catalogue.cause(id) ?? [])])]
    .filter((nearbyCause) => nearbyCause.id !== cause.id)
    .slice(0, BUTTONS_PER_ROW);
  const rows: APIActionRowComponent<APIButtonComponent>[] = [{ type: ComponentType.ActionRow, components: actions }];
  if (nearby.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: nearby.map((nearbyCause) => button(nearbyCause.name, encodeCustomId({ kind: 'card', causeId: nearbyCause.id }))),
    });
  }
  return rows;
}

/** A cause's card with its buttons, and urgent advice above it when the query called for any. */
export function cardMessage(
  catalogue: Catalogue,
  cause: Cause,
  audience: Audience,
  options: CardOptions,
  advice: readonly APIEmbed[] = [],
) {
  const closest =
    options.closest && options.ephemeral && options.query
      ? format(catalogue.text.closestMatchFor, { query: quoteUserText(options.query) })
      : undefined;
  return messageResponse(
    {
      ...(closest ? { content: closest } : {}),
      embeds: [...advice, causeCard(catalogue, cause, audience, options)],
      components: cardButtons(catalogue, cause, audience, options),
    },
    { ephemeral: options.ephemeral },
  );
}

/** A cause's card on its own, privately: what buttons and menus under other replies open. */
export function privateCardMessage(catalogue: Catalogue, causeId: string | undefined, audience: Audience, shareable = true) {
  const cause = causeId === undefined ? undefined : catalogue.cause(causeId);
  return cause ? cardMessage(catalogue, cause, audience, { ephemeral: true, shareable }) : causeGoneNotice(catalogue);
}
