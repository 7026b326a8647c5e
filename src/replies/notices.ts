import type { APIInteractionResponseChannelMessageWithSource } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ReviewItemKey } from '../catalogue/reviews.js';
import { format } from '../catalogue/messages.js';
import { reviewState, shortDisclaimer } from './footer.js';
import { messageResponse, type MessageBody } from './message.js';
import { quoteUserText } from './user-text.js';

/**
 * Short answers that only the member who asked sees. Like every reply, they carry the disclaimer and the clinical
 * review of what they show (`shown`, with the disclaimer), here as Discord's small "subtext" line.
 */
export const notice = (
  catalogue: Catalogue,
  content: string,
  extra: Omit<MessageBody, 'content'> = {},
  shown: readonly ReviewItemKey[] = [],
): APIInteractionResponseChannelMessageWithSource =>
  messageResponse(
    { ...extra, content: `${content}\n-# ${shortDisclaimer(catalogue, 'general')} · ${reviewState(catalogue, ['disclaimer', ...shown])}` },
    { ephemeral: true },
  );

export function emptyQueryNotice(catalogue: Catalogue) {
  return notice(catalogue, format(catalogue.text.emptyQuery, { examples: catalogue.text.examples, count: catalogue.causes.length }));
}

export function noMatchNotice(catalogue: Catalogue, query: string) {
  return notice(
    catalogue,
    format(catalogue.text.noMatch, {
      symptom: catalogue.symptom.toLocaleLowerCase(catalogue.locale.code),
      query: quoteUserText(query),
      examples: catalogue.text.examples,
      count: catalogue.causes.length,
    }),
  );
}

export function unknownTierNotice(catalogue: Catalogue, tier: string) {
  const known = catalogue.tiers.map((t) => `\`${t.id}\``).join(', ');
  return notice(catalogue, format(catalogue.text.unknownTier, { tier: quoteUserText(tier), known }));
}

export const unknownCommandNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.unknownCommand);
export const causeGoneNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.causeGone);
export const preferenceErasedNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.choicesErased);
export const erasureFailedNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.erasureFailed);
export const apologyNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.apology);
export const keptPrivateNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.keptPrivate);
export const moderatorsOnlyNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.moderatorsOnly);
export const settingsNotSavedNotice = (catalogue: Catalogue) => notice(catalogue, catalogue.text.settingsNotSaved);
