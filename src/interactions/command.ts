import type {
  APIApplicationCommandAutocompleteResponse,
  APIInteractionResponse,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience } from '../catalogue/schema.js';
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
  /** The audience this member chose last time, if one is stored. */
  readonly savedAudience: Audience | undefined;
}

export interface ComponentInput {
  readonly savedAudience: Audience | undefined;
  /** The custom id's parts after the command name: `cramp-causes:open:general` gives `["open", "general"]`. */
  readonly args: readonly string[];
  /** The values a member picked in a select menu. */
  readonly values: readonly string[];
}

/** A change to what is stored about the member who interacted; the router carries it out. */
export type PreferenceChange = { remember: Audience } | { forget: true };

/** A handler's answer: the response body, and the preference change it implies, if any. */
export interface Reply {
  readonly response: APIInteractionResponse;
  readonly preference?: PreferenceChange;
}

/**
 * One slash command: its definition for Discord and pure handlers from input to the response body.
 * Components whose custom id starts with `<name>:` are routed to `component`.
 */
export interface SlashCommand {
  readonly name: string;
  definition(catalogue: Catalogue): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(input: CommandInput, context: HandlerContext): Reply;
  autocomplete?(input: CommandInput, context: HandlerContext): APIApplicationCommandAutocompleteResponse;
  component?(input: ComponentInput, context: HandlerContext): Reply;
}
