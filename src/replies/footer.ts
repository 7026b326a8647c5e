import type { APIEmbedFooter } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';

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

/** Every reply ends with the disclaimer and how current the content is. */
export function disclaimerFooter(catalogue: Catalogue): APIEmbedFooter {
  return { text: `${catalogue.meta.disclaimer}\n${currency(catalogue)}` };
}
