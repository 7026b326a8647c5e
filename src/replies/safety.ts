import { ButtonStyle, ComponentType, type APIEmbed, type APIInteractionResponseChannelMessageWithSource } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Cause } from '../catalogue/schema.js';
import type { Helplines } from '../safety/helplines.js';
import type { SafetyFinding } from '../safety/safety.js';
import type { SafetyData } from '../safety/schema.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { messageResponse } from './message.js';

const color = { overdose: 0xe74c3c, poisoning: 0xe74c3c, crisis: 0x5865f2 } as const;

/** How the member can get numbers for another country, and why these were chosen. */
const originText = {
  chosen: 'you chose',
  server: 'this server’s setting',
  locale: 'your Discord language',
  fallback: '',
} as const;

function fill(template: string, helplines: Helplines): string {
  return template
    .replaceAll('{emergency}', helplines.emergency)
    .replaceAll('{crisis}', helplines.crisis)
    .replaceAll('{poison}', helplines.poison ?? 'a poison centre');
}

/** The advice for what the safety pass found, with numbers for the member's country and how to change it. */
function safetyEmbed(catalogue: Catalogue, data: SafetyData, finding: SafetyFinding, helplines: Helplines, audience: Audience): APIEmbed {
  const kind = finding.kind === 'unsure' ? 'crisis' : finding.kind;
  const advice = data.advice[kind];
  const where = helplines.country
    ? `Numbers for ${helplines.country.name} (${originText[helplines.origin]}). Somewhere else? Add \`country:\` to \`/cramp-cause\`.`
    : 'We do not know your country, so these are general. Add `country:` to `/cramp-cause` for local numbers.';
  return {
    title: advice.title,
    description: `${fill(advice.text, helplines)}\n\n-# ${where} [${helplines.source.title}](${helplines.source.url})`,
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
