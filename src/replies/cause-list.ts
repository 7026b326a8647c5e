import { ComponentType, type APIActionRowComponent, type APIEmbed, type APIStringSelectComponent } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience, Tier } from '../catalogue/schema.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';

/** One embed per tier, in clinical order and in the tier's colour; the last carries the disclaimer. */
export function causeListEmbeds(catalogue: Catalogue, tiers: readonly Tier[]): APIEmbed[] {
  const embeds = tiers.map((tier): APIEmbed => ({
    title: tier.urgent ? `🚨 ${tier.label}` : tier.label,
    description: tier.meaning,
    color: tier.color,
    fields: catalogue.causesIn(tier.id).map((cause) => ({ name: cause.name, value: cause.summary })),
  }));
  const last = embeds.at(-1);
  if (last) last.footer = disclaimerFooter(catalogue);
  return embeds;
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
        placeholder: 'Open the full card of a cause…',
        options,
      },
    ],
  };
}
