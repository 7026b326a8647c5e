import { ButtonStyle, ComponentType, type APIEmbed, type APIInteractionResponseChannelMessageWithSource } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause } from '../catalogue/schema.js';
import type { Helplines } from '../safety/helplines.js';
import type { SafetyFinding } from '../safety/safety.js';
import type { SafetyData } from '../safety/schema.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { format } from '../catalogue/messages.js';
import { messageResponse } from './message.js';

const color = { overdose: 0xe74c3c, poisoning: 0xe74c3c, crisis: 0x5865f2 } as const;

/** Why these numbers were chosen, so the member knows how to change them. */
const originText = (catalogue: Catalogue, origin: Helplines['origin']) =>
  ({
    chosen: catalogue.text.originChosen,
    server: catalogue.text.originServer,
    locale: catalogue.text.originLocale,
    fallback: '',
  })[origin];

function fill(catalogue: Catalogue, template: string, helplines: Helplines): string {
  return format(template, {
    emergency: helplines.emergency,
    crisis: helplines.crisis,
    poison: helplines.poison ?? catalogue.text.poisonCentre,
  });
}

/** The advice for what the safety pass found, with numbers for the member's country and how to change it. */
function safetyEmbed(catalogue: Catalogue, data: SafetyData, finding: SafetyFinding, helplines: Helplines, audience: Audience): APIEmbed {
  const kind = finding.kind === 'unsure' ? 'crisis' : finding.kind;
  const advice = data.advice[kind];
  const where = helplines.country
    ? format(catalogue.text.numbersFor, { country: helplines.country.name, origin: originText(catalogue, helplines.origin) })
    : catalogue.text.numbersGeneral;
  return {
    title: advice.title,
    description: `${fill(catalogue, advice.text, helplines)}\n\n-# ${where} [${helplines.source.title}](${helplines.source.url})`,
    color: color[kind],
    // The safety pass's advice (data/safety.json) is outside the catalogue's sign-off: always "not yet reviewed".
    footer: disclaimerFooter(catalogue, audience, ['safety-advice']),
  };
}

/**
 * The reply when the safety pass finds something: always private, help first. What the rest of the query
 * asked is offered as buttons, never as a card, so nothing distracts from the help or is shown to the channel.
 */
export function safetyMessage(
  catalogue: Catalogue,
  data: SafetyData,
  finding: SafetyFinding,
  helplines: Helplines,
  audience: Audience,
  alsoAsked: readonly Cause[],
): APIInteractionResponseChannelMessageWithSource {
  return messageResponse(
    {
      embeds: [safetyEmbed(catalogue, data, finding, helplines, audience)],
      ...(alsoAsked.length > 0
        ? {
            components: [
              {
                type: ComponentType.ActionRow,
                components: alsoAsked.slice(0, 5).map((cause) => ({
                  type: ComponentType.Button,
                  style: ButtonStyle.Secondary,
                  label: cause.name,
                  custom_id: encodeCustomId({ kind: 'card', causeId: cause.id }),
                })),
              },
            ],
          }
        : {}),
    },
    { ephemeral: true },
  );
}

/** The one autocomplete choice offered to a member typing a crisis: the help's title, and what sending it does. */
export const helpSuggestion = (catalogue: Catalogue, title: string) => format(catalogue.text.helpSuggestion, { title });
