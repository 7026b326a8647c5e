import { ComponentType, type APIActionRowComponent, type APIEmbed, type APIStringSelectComponent } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Tier, UrgencyLevel } from '../catalogue/schema.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';

/**
 * One compact embed, about a screen on a phone: each tier's label (do-not-miss tiers marked 🚨) over the
 * names of its causes. The summaries live in the select menu under it, which opens any cause's card.
 */
export function causeListEmbed(catalogue: Catalogue, tiers: readonly Tier[], audience: Audience): APIEmbed {
  const lines = tiers.map((tier) => {
    const names = catalogue.causesIn(tier.id).map((cause) => cause.name);
    return `**${tier.urgent ? '🚨 ' : ''}${tier.label}**\n${names.join(' · ')}`;
  });
  const [first] = tiers;
  return {
    title: catalogue.question,
    description: lines.join('\n\n'),
    ...(tiers.length === 1 && first ? { color: first.color } : {}),
    footer: disclaimerFooter(
      catalogue,
      audience,
      tiers.flatMap((tier) => catalogue.causesIn(tier.id).map((cause) => `cause:${cause.id}` as const)),
    ),
  };
}

/**
 * The urgent signs, by how soon to get help, under the list: whoever browses the causes also sees when not to
 * wait. Each sign's advice is on the reply to `/cramp-cause` when a member describes it.
 */
export function dangerSignsEmbed(catalogue: Catalogue): APIEmbed | undefined {
  const signs = (level: UrgencyLevel) => catalogue.redFlags.filter((flag) => flag.level === level).map((flag) => flag.sign);
  const sections: [heading: string, signs: string[]][] = [
    [catalogue.text.dangerEmergency, signs('emergency')],
    [catalogue.text.dangerSameDay, signs('same-day')],
    [catalogue.text.dangerSoon, signs('soon')],
  ];
  const lines = sections.flatMap(([heading, list]) => (list.length > 0 ? [`${heading} ${list.join(' · ')}`] : []));
  return lines.length > 0 ? { title: catalogue.text.dangerSigns, description: lines.join('\n\n'), color: 0xe74c3c } : undefined;
}

/** A select menu that opens any listed cause's full card, in the list's language unless the member chose one. */
export function causeSelectMenu(
  catalogue: Catalogue,
  tiers: readonly Tier[],
  audience: Audience,
): APIActionRowComponent<APIStringSelectComponent> {
  const options = tiers.flatMap((tier) =>
    catalogue.causesIn(tier.id).map((cause) => ({ label: cause.name, value: cause.id, description: cause.summary })),
  );
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeCustomId({ kind: 'open', audience }),
        placeholder: catalogue.text.openCard,
        options,
      },
    ],
  };
}
