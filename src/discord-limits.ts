/**
 * Discord's documented size limits for the payloads this bot sends.
 * The catalogue schema is derived from these, so a valid catalogue cannot produce a reply Discord rejects.
 */
export const DiscordLimits = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of every title, description, field, footer and author text across all embeds of one message. */
  embedsTotalText: 6000,
  embedsPerMessage: 10,
  messageContent: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptionDescription: 100,
  customId: 100,
  stringOptionValue: 6000,
} as const;
