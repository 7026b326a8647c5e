import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import { noPreferences, type PreferenceStore } from '../preferences/store.js';
import { noSuggestions } from '../replies/message.js';
import { apologyNotice, erasureFailedNotice, unknownCommandNotice } from '../replies/notices.js';
import { createSearch } from '../search/search.js';
import type { HandlerContext, Reply, SlashCommand } from './command.js';
import { CommandOptions } from './options.js';

export interface Router {
  /** The response body for one interaction; throws only if a handler throws. */
  respond(interaction: APIInteraction): APIInteractionResponse;
  /** Like `respond`, but a handler that throws gets an apology, and the error is handed back for logging. */
  answer(interaction: APIInteraction): { response: APIInteractionResponse; error?: unknown };
}

/**
 * The one dispatcher every transport (gateway, HTTP endpoint, preview) sends interactions through.
 * Handlers stay pure: the router reads the member's saved preference for them and carries out the
 * change their reply asks for.
 */
export function createRouter(catalogue: Catalogue, commands: readonly SlashCommand[], preferences: PreferenceStore = noPreferences): Router {
  const context: HandlerContext = { catalogue, search: createSearch(catalogue) };
  const byName = new Map(commands.map((command) => [command.name, command]));

  function settle(userId: string, reply: Reply): APIInteractionResponse {
    const change = reply.preference;
    if (!change || !userId) return reply.response;
    if ('remember' in change) {
      preferences.remember(userId, change.remember);
      return reply.response;
    }
    // Say so when erasing failed: the member asked for it and must not be told it happened.
    return preferences.forget(userId) ? reply.response : erasureFailedNotice(catalogue);
  }

  function respond(interaction: APIInteraction): APIInteractionResponse {
    const userId = interaction.member?.user.id ?? interaction.user?.id ?? '';
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: InteractionResponseType.Pong };
      case InteractionType.ApplicationCommand: {
        const command = byName.get(interaction.data.name);
        if (!command || interaction.data.type !== ApplicationCommandType.ChatInput) return unknownCommandNotice(catalogue);
        const input = { options: new CommandOptions(interaction.data.options), savedAudience: preferences.audienceOf(userId) };
        return settle(userId, command.execute(input, context));
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const command = byName.get(interaction.data.name);
        if (!command?.autocomplete) return noSuggestions;
        // Suggestions do not depend on the reader, so autocomplete never touches the database.
        return command.autocomplete({ options: new CommandOptions(interaction.data.options), savedAudience: undefined }, context);
      }
      case InteractionType.MessageComponent: {
        const [name = '', ...args] = interaction.data.custom_id.split(':');
        const command = byName.get(name);
        if (!command?.component) return unknownCommandNotice(catalogue);
        const values = 'values' in interaction.data ? interaction.data.values : [];
        return settle(userId, command.component({ args, values, savedAudience: preferences.audienceOf(userId) }, context));
      }
      case InteractionType.ModalSubmit:
        return unknownCommandNotice(catalogue);
    }
  }

  return {
    respond,
    answer(interaction) {
      try {
        return { response: respond(interaction) };
      } catch (error) {
        const response = interaction.type === InteractionType.ApplicationCommandAutocomplete ? noSuggestions : apologyNotice(catalogue);
        return { response, error };
      }
    },
  };
}
