import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import { apologyNotice, unknownCommandNotice } from '../replies/notices.js';
import { createSearch } from '../search/search.js';
import type { HandlerContext, SlashCommand } from './command.js';
import { CommandOptions } from './options.js';

export interface Router {
  readonly commands: readonly SlashCommand[];
  /** The response body for one interaction; throws only if a handler throws. */
  respond(interaction: APIInteraction): APIInteractionResponse;
  /** Like `respond`, but a handler that throws gets an apology, and the error is handed back for logging. */
  answer(interaction: APIInteraction): { response: APIInteractionResponse; error?: unknown };
}

const emptyChoices: APIInteractionResponse = { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };

/** The one dispatcher every transport (gateway, HTTP endpoint, preview) sends interactions through. */
export function createRouter(catalogue: Catalogue, commands: readonly SlashCommand[]): Router {
  const context: HandlerContext = { catalogue, search: createSearch(catalogue) };
  const byName = new Map(commands.map((command) => [command.name, command]));

  function respond(interaction: APIInteraction): APIInteractionResponse {
    const userId = interaction.member?.user.id ?? interaction.user?.id ?? '';
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: InteractionResponseType.Pong };
      case InteractionType.ApplicationCommand: {
        const command = byName.get(interaction.data.name);
        if (!command || interaction.data.type !== ApplicationCommandType.ChatInput) return unknownCommandNotice();
        return command.execute({ options: new CommandOptions(interaction.data.options), userId }, context);
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const command = byName.get(interaction.data.name);
        if (!command?.autocomplete) return emptyChoices;
        return command.autocomplete({ options: new CommandOptions(interaction.data.options), userId }, context);
      }
      case InteractionType.MessageComponent: {
        const [name = '', ...args] = interaction.data.custom_id.split(':');
        const command = byName.get(name);
        if (!command?.component) return unknownCommandNotice();
        const values = 'values' in interaction.data ? interaction.data.values : [];
        return command.component({ args, values, userId }, context);
      }
      case InteractionType.ModalSubmit:
        return unknownCommandNotice();
    }
  }

  return {
    commands,
    respond,
    answer(interaction) {
      try {
        return { response: respond(interaction) };
      } catch (error) {
        const response = interaction.type === InteractionType.ApplicationCommandAutocomplete ? emptyChoices : apologyNotice();
        return { response, error };
      }
    },
  };
}
