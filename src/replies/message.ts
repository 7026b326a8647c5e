import {
  InteractionResponseType,
  MessageFlags,
  type APIAllowedMentions,
  type APIApplicationCommandAutocompleteResponse,
  type APICommandAutocompleteInteractionResponseCallbackData,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
  type APIInteractionResponseChannelMessageWithSource,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';

/** No reply may ping anyone, not even text quoted from a member. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
}

/** Autocomplete choices, at most 25 (the callers' limit). */
export function suggestionsResponse(
  choices: APICommandAutocompleteInteractionResponseCallbackData['choices'] = [],
): APIApplicationCommandAutocompleteResponse {
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
}

/** The only valid autocomplete answer when there is nothing to suggest. */
export const noSuggestions = suggestionsResponse([]);

/** A new message answering the interaction, with pings blocked; ephemeral ones only the member sees. */
export function messageResponse(body: MessageBody, options: { ephemeral: boolean }): APIInteractionResponseChannelMessageWithSource {
  const data: APIInteractionResponseCallbackData = { ...body, allowed_mentions: NO_MENTIONS };
  if (options.ephemeral) data.flags = MessageFlags.Ephemeral;
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}
