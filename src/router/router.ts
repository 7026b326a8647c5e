import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import { parseAudience, type Audience } from '../catalogue/schema.js';
import type { CommandDefinition, ComponentHandlers, ComponentInput, HandlerContext, Reply, SlashCommand } from '../interactions/command.js';
import { CommandOptions } from '../interactions/options.js';
import { noPreferences, type PreferenceStore } from '../preferences/store.js';
import { decodeCustomId, type ComponentAction } from '../replies/custom-id.js';
import { noSuggestions } from '../replies/message.js';
import { apologyNotice, erasureFailedNotice, unknownCommandNotice } from '../replies/notices.js';
import type { CauseSearch } from '../search/search.js';

/** A member who never chose gets the clinical view, as the source page does. */
export const DEFAULT_AUDIENCE: Audience = 'clinician';

export interface RegisteredCommand {
  readonly command: SlashCommand;
  readonly definition: CommandDefinition;
}

export interface RouterOptions {
  readonly catalogue: Catalogue;
  readonly search: CauseSearch;
  readonly commands: readonly RegisteredCommand[];
  readonly preferences?: PreferenceStore;
  /** Told once about each handler that throws; the member gets an apology either way. */
  readonly onHandlerError?: (error: unknown, interaction: APIInteraction) => void;
}

export interface Router {
  /** The response body for one interaction. Never rejects: a handler that throws gets the member an apology. */
  answer(interaction: APIInteraction): Promise<APIInteractionResponse>;
}

type AnyComponentHandler = (input: ComponentInput, context: HandlerContext) => Reply;

/** A snowflake, or undefined: a malformed id must never reach the store. */
function memberId(interaction: APIInteraction): string | undefined {
  const id: unknown = interaction.member?.user.id ?? interaction.user?.id;
  return typeof id === 'string' && /^\d{1,20}$/.test(id) ? id : undefined;
}

/**
 * The one dispatcher every transport (gateway, HTTP endpoint, preview) sends interactions through. It owns
 * the rules every command shares: which reading view a member gets (their choice in this interaction, else
 * their saved one, else the default), remembering an explicit choice, erasing on request, and turning a
 * handler's exception into an apology. Handlers stay pure functions from input to body.
 */
export function createRouter(options: RouterOptions): Router {
  const { catalogue, preferences = noPreferences } = options;
  const context: HandlerContext = { catalogue, search: options.search };
  const byName = new Map(options.commands.map((entry) => [entry.definition.name, entry]));
  const componentHandlers = new Map<string, AnyComponentHandler>();
  for (const { command, definition } of options.commands) {
    for (const [kind, handler] of Object.entries(command.components ?? ({} satisfies ComponentHandlers))) {
      if (componentHandlers.has(kind)) throw new Error(`two commands answer the component action "${kind}" (one is /${definition.name})`);
      componentHandlers.set(kind, handler as AnyComponentHandler);
    }
  }

  /** The member's view, and the choice to remember if they made one in this interaction. */
  async function readingView(userId: string | undefined, chosen: Audience | undefined, suggested?: Audience): Promise<Audience> {
    if (chosen) {
      if (userId) await preferences.remember(userId, chosen);
      return chosen;
    }
    const saved = userId ? await preferences.audienceOf(userId) : undefined;
    return saved ?? suggested ?? DEFAULT_AUDIENCE;
  }

  async function settle(userId: string | undefined, reply: Reply): Promise<APIInteractionResponse> {
    if (!reply.forgetMember || !userId) return reply.response;
    // Say so when erasing failed: the member asked for it and must not be told it happened.
    return (await preferences.forget(userId)) ? reply.response : erasureFailedNotice(catalogue);
  }

  async function respond(interaction: APIInteraction): Promise<APIInteractionResponse> {
    const userId = memberId(interaction);
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: InteractionResponseType.Pong };
      case InteractionType.ApplicationCommand: {
        const entry = byName.get(interaction.data.name);
        if (!entry || interaction.data.type !== ApplicationCommandType.ChatInput) return unknownCommandNotice(catalogue);
        const commandOptions = new CommandOptions(interaction.data.options, entry.definition);
        const audience = await readingView(userId, parseAudience(commandOptions.string('audience')));
        return settle(userId, entry.command.execute({ options: commandOptions, audience }, context));
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const entry = byName.get(interaction.data.name);
        if (!entry?.command.autocomplete) return noSuggestions;
        // Suggestions do not depend on the reader, so autocomplete never touches the database.
        const input = { options: new CommandOptions(interaction.data.options, entry.definition), audience: DEFAULT_AUDIENCE };
        return entry.command.autocomplete(input, context);
      }
      case InteractionType.MessageComponent: {
        const action = decodeCustomId(interaction.data.custom_id);
        const handler = action && componentHandlers.get(action.kind);
        if (!action || !handler) return unknownCommandNotice(catalogue);
        const values = 'values' in interaction.data ? interaction.data.values : [];
        const audience = await readingView(userId, chosenBy(action), suggestedBy(action));
        return settle(userId, handler({ action, values, audience }, context));
      }
      case InteractionType.ModalSubmit:
        return unknownCommandNotice(catalogue);
    }
  }

  return {
    async answer(interaction) {
      try {
        return await respond(interaction);
      } catch (error) {
        options.onHandlerError?.(error, interaction);
        return interaction.type === InteractionType.ApplicationCommandAutocomplete ? noSuggestions : apologyNotice(catalogue);
      }
    },
  };
}

/** A language button is the member's explicit choice, remembered like the `audience` option. */
function chosenBy(action: ComponentAction): Audience | undefined {
  return action.kind === 'view' ? action.audience : undefined;
}

/** The list's menu opens cards in the list's language, unless the member has a saved choice. */
function suggestedBy(action: ComponentAction): Audience | undefined {
  return action.kind === 'open' ? action.audience : undefined;
}
