import type { APIEmbedFooter } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';

const reviewStatusText = {
  submitted: 'submitted for review',
  'under-review': 'under clinical review',
  approved: 'clinically approved',
} as const;

/** Every reply ends with the disclaimer and how current the content is. */
export function disclaimerFooter(catalogue: Catalogue): APIEmbedFooter {
  const { disclaimer, lastReviewed, reviewStatus } = catalogue.meta;
  return { text: `${disclaimer}\nLast reviewed ${lastReviewed} · ${reviewStatusText[reviewStatus]}` };
}
