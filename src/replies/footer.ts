import type { APIEmbedFooter } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience } from '../catalogue/schema.js';

const reviewStatusText = {
  pending: 'not yet clinically reviewed',
  'under-review': 'under clinical review',
  approved: 'clinically reviewed',
} as const;

/** How current the content is: when the source was updated, and whether a clinician has reviewed it. */
export function currency(catalogue: Catalogue): string {
  const { sourceUpdated, reviewStatus } = catalogue.meta;
  return `Source updated ${sourceUpdated} · ${reviewStatusText[reviewStatus]}`;
}

/** The disclaimer in brief for this reader, with the full text one command away. */
export function shortDisclaimer(catalogue: Catalogue, audience: Audience): string {
  return `${catalogue.meta.shortDisclaimer[audience]} Full text: /cramp-about`;
}

/** Every card and list ends with the disclaimer and how current the content is. */
export function disclaimerFooter(catalogue: Catalogue, audience: Audience): APIEmbedFooter {
  return { text: `${shortDisclaimer(catalogue, audience)}\n${currency(catalogue)}` };
}
