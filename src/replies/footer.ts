import type { APIEmbedFooter } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ReviewItemKey } from '../catalogue/reviews.js';
import { format } from '../catalogue/messages.js';
import type { Audience } from '../catalogue/schema.js';

/**
 * The clinical review of what one reply shows: "reviewed by <role> on <date>" only when every item in it is
 * signed exactly as it now reads (the latest sign-off's date), else "not yet clinically reviewed".
 */
export function reviewState(catalogue: Catalogue, shown: readonly ReviewItemKey[]): string {
  const states = shown.map((key) => catalogue.reviews.status(key));
  const records = states.flatMap((status) => (status.state === 'reviewed' ? [status.record] : []));
  if (records.length === 0 || records.length < states.length) return catalogue.text.notReviewed;
  const roles = [...new Set(records.map((record) => record.reviewer.role))];
  const latest =
    records
      .map((record) => record.date)
      .sort()
      .at(-1) ?? '';
  const list = new Intl.ListFormat(catalogue.locale.code, { type: 'conjunction' });
  return format(catalogue.text.reviewedBy, { roles: list.format(roles), date: latest });
}

/** How current the content of one reply is: when the source was updated, and whether a clinician signed it. */
export function currency(catalogue: Catalogue, shown: readonly ReviewItemKey[]): string {
  return `${format(catalogue.text.sourceUpdated, { date: catalogue.meta.sourceUpdated })} · ${reviewState(catalogue, shown)}`;
}

/** For the whole catalogue (/cramp-about, the list of causes): how many items are signed as they stand, when, by whom. */
export function catalogueReviewSummary(catalogue: Catalogue): string {
  const items = [...catalogue.reviews.items.values()];
  const signed = items.flatMap(({ status }) => (status.state === 'reviewed' ? [status.record] : []));
  const [latest] = [...signed].sort((a, b) => b.date.localeCompare(a.date));
  if (!latest) return catalogue.text.notReviewed;
  const by = format(catalogue.text.reviewLatest, { date: latest.date, name: latest.reviewer.name, role: latest.reviewer.role });
  if (signed.length === items.length) return format(catalogue.text.reviewedAll, { count: items.length, latest: by });
  return format(catalogue.text.reviewedSome, { signed: signed.length, count: items.length, latest: by });
}

/** The disclaimer in brief for this reader, with the full text one command away. */
export function shortDisclaimer(catalogue: Catalogue, audience: Audience): string {
  return `${catalogue.meta.shortDisclaimer[audience]} ${catalogue.text.fullText}`;
}

/** Every card and list ends with the disclaimer and how current the content it shows is (with the disclaimer itself). */
export function disclaimerFooter(catalogue: Catalogue, audience: Audience, shown: readonly ReviewItemKey[]): APIEmbedFooter {
  return { text: `${shortDisclaimer(catalogue, audience)}\n${currency(catalogue, ['disclaimer', ...shown])}` };
}
