/**
 * The Discord limits this bot's code relies on. The catalogue's own text budgets (catalogue/limits.ts) are
 * chosen so that replies stay inside these; test/reply-limits.test.ts proves it on the largest valid catalogue.
 */
export const DiscordLimits = {
  embedFields: 25,
  embedFieldValue: 1024,
  /** Sum of every title, description, field, footer and author text across all embeds of one message. */
  embedsTotalText: 6000,
  messageContent: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  selectOptions: 25,
  customId: 100,
} as const;

/** Discord takes the first answer to an interaction for this long after sending it, then refuses it. */
export const INTERACTION_DEADLINE_MS = 3_000;
