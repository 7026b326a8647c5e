import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';

/** The message a response posts; throws for any other kind of response. */
export function message(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error(`expected a message, got type ${response.type}`);
  return response.data;
}

/** Whether only the member who asked sees it. */
export const isPrivate = (data: APIInteractionResponseCallbackData) => ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Every button under a message, by label and custom id, row by row. */
export const buttonsOf = (data: APIInteractionResponseCallbackData) =>
  (data.components ?? [])
    .flatMap((row) => (row.type === ComponentType.ActionRow ? row.components : []))
    .flatMap((component) =>
      component.type === ComponentType.Button && 'custom_id' in component
        ? [{ label: component.label ?? '', customId: component.custom_id }]
        : [],
    );
