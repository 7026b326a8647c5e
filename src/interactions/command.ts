import type {
  APIApplicationCommandAutocompleteResponse,
  APIInteractionResponse,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { CauseSearch } from '../search/search.js';
import type { CommandOptions } from './options.js';

/** Everything a handler reads; built once at start and shared by every transport. */
export interface HandlerContext {
  readonly catalogue: Catalogue;
  readonly search: CauseSearch;
}

/** The parts of an interaction a handler may depend on. */
export interface CommandInput {
  readonly options: CommandOptions;
  readonly userId: string;
}

export interface ComponentInput {
  /** The custom id's parts after the command name: `cramp-causes:open:general` gives `["open", "general"]`. */
  readonly args: readonly string[];
  /** The values a member picked in a select menu. */
  readonly values: readonly string[];
  readonly userId: string;
}

/**
 * One slash command: its definition for Discord and pure handlers from input to the response body.
 * Components whose custom id starts with `<name>:` are routed to `component`.
 */
export interface SlashCommand {
  readonly name: string;
  definition(catalogue: Catalogue): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(input: CommandInput, context: HandlerContext): APIInteractionResponse;
  autocomplete?(input: CommandInput, context: HandlerContext): APIApplicationCommandAutocompleteResponse;
  component?(input: ComponentInput, context: HandlerContext): APIInteractionResponse;
}
