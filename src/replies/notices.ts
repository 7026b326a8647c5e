import type { APIInteractionResponseChannelMessageWithSource } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ReviewItemKey } from '../catalogue/reviews.js';
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

const examples = '`blood clot`, `DVT`, `charley horse`, `water pills`';

export function emptyQueryNotice(catalogue: Catalogue) {
  return notice(
    catalogue,
    `Type what you want to look up: a cause, a symptom, an abbreviation or a medicine, for example ${examples}. ` +
      `Or use \`/cramp-causes\` to browse all ${catalogue.causes.length} causes.`,
  );
}

export function noMatchNotice(catalogue: Catalogue, query: string) {
  return notice(
    catalogue,
    `No cause in the ${catalogue.symptom.toLowerCase()} catalogue matches “${quoteUserText(query)}”. ` +
      `Try other words, for example ${examples}, or use \`/cramp-causes\` to browse all ${catalogue.causes.length} causes.`,
  );
}

export function unknownTierNotice(catalogue: Catalogue, tier: string) {
  const known = catalogue.tiers.map((t) => `\`${t.id}\``).join(', ');
  return notice(catalogue, `There is no tier “${quoteUserText(tier)}”. Choose one of ${known}, or leave \`tier\` out to see them all.`);
}

export function unknownCommandNotice(catalogue: Catalogue) {
  return notice(catalogue, 'This bot does not know that command any more. Try `/cramp-causes` or `/cramp-cause`.');
}

export function causeGoneNotice(catalogue: Catalogue) {
  return notice(catalogue, 'That cause is no longer in the catalogue. Run `/cramp-causes` again for the current list.');
}

export function preferenceErasedNotice(catalogue: Catalogue) {
  return notice(
    catalogue,
    'Done: your choices are erased and nothing about you is stored. Replies use the server’s defaults, or plain language.',
  );
}

export function erasureFailedNotice(catalogue: Catalogue) {
  return notice(catalogue, 'Sorry, your choices could not be erased just now. Please try again in a few minutes.');
}

export function apologyNotice(catalogue: Catalogue) {
  return notice(catalogue, 'Sorry, something went wrong while answering. Please try again in a moment.');
}

export function keptPrivateNotice(catalogue: Catalogue) {
  return notice(catalogue, 'This server’s moderators keep answers private, so nothing was posted. Only you can see the card.');
}

export function moderatorsOnlyNotice(catalogue: Catalogue) {
  return notice(catalogue, 'Only members with the **Manage Server** permission can change these settings, and only inside a server.');
}

export function settingsNotSavedNotice(catalogue: Catalogue) {
  return notice(catalogue, 'Sorry, the settings could not be saved just now. Nothing has changed; please try again in a few minutes.');
}
