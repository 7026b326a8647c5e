import type { APIEmbedFooter } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ReviewItemKey } from '../catalogue/reviews.js';
import type { Audience } from '../catalogue/schema.js';

const NOT_REVIEWED = 'not yet clinically reviewed';

/**
 * The clinical review of what one reply shows: "reviewed by <role> on <date>" only when every item in it is
 * signed exactly as it now reads (the latest sign-off's date), else "not yet clinically reviewed".
 */
export function reviewState(catalogue: Catalogue, shown: readonly ReviewItemKey[]): string {
  const states = shown.map((key) => catalogue.reviews.status(key));
  const records = states.flatMap((status) => (status.state === 'reviewed' ? [status.record] : []));
  if (records.length === 0 || records.length < states.length) return NOT_REVIEWED;
  const roles = [...new Set(records.map((record) => record.reviewer.role))];
  const latest =
    records
      .map((record) => record.date)
      .sort()
      .at(-1) ?? '';
  return `reviewed by ${roles.join(' and ')} on ${latest}`;
}

/** How current the content of one reply is: when the source was updated, and whether a clinician signed it. */
export function currency(catalogue: Catalogue, shown: readonly ReviewItemKey[]): string {
  return `Source updated ${catalogue.meta.sourceUpdated} · ${reviewState(catalogue, shown)}`;
}

/** For the whole catalogue (/cramp-about, the list of causes): how many items are signed as they stand, when, by whom. */
export function catalogueReviewSummary(catalogue: Catalogue): string {
  const items = [...catalogue.reviews.items.values()];
  const signed = items.flatMap(({ status }) => (status.state === 'reviewed' ? [status.record] : []));
  const [latest] = [...signed].sort((a, b) => b.date.localeCompare(a.date));
  if (!latest) return NOT_REVIEWED;
  const by = `latest on ${latest.date} by ${latest.reviewer.name}, ${latest.reviewer.role}`;
  if (signed.length === items.length) return `all ${String(items.length)} items clinically reviewed, ${by}`;
  return `${String(signed.length)} of ${String(items.length)} items clinically reviewed, ${by}`;
}

/** The disclaimer in brief for this reader, with the full text one command away. */
export function shortDisclaimer(catalogue: Catalogue, audience: Audience): string {
  return `${catalogue.meta.shortDisclaimer[audience]} Full text: /cramp-about`;
}

/** Every card and list ends with the disclaimer and how current the content it shows is (with the disclaimer itself). */
export function disclaimerFooter(catalogue: Catalogue, audience: Audience, shown: readonly ReviewItemKey[]): APIEmbedFooter {
  return { text: `${shortDisclaimer(catalogue, audience)}\n${currency(catalogue, ['disclaimer', ...shown])}` };
}
