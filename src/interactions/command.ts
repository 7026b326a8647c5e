import type {
  APIApplicationCommandAutocompleteResponse,
  APIInteractionResponse,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Catalogue, Catalogues } from '../catalogue/catalogue.js';
import type { Audience } from '../catalogue/schema.js';
import type { ServerSettings } from '../store/store.js';
import type { AboutBot } from '../replies/about.js';
import type { CauseSearch } from '../search/search.js';
import type { ComponentAction, ComponentKind } from '../replies/custom-id.js';
import type { CommandOptions } from './options.js';
import type { Helplines } from '../safety/helplines.js';
import type { SafetyData } from '../safety/schema.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The option names a definition declares, as a union of string literals. */
type OptionNames<D extends CommandDefinition> = D extends { readonly options: readonly (infer O)[] }
  ? O extends { readonly name: infer N extends string }
    ? N
    : never
  : never;

/** Everything a handler reads; built once at start and shared by every transport. */
export interface HandlerContext {
  /** The catalogue in the member's language (their Discord locale's, else the server's, else English). */
  readonly catalogue: Catalogue;
  /** Every language the bot answers in: `/cramp-settings` offers them. */
  readonly catalogues: Catalogues;
  /** Reads queries in any language the bot has; answers refer to `catalogue`'s causes. */
  readonly search: CauseSearch;
  /** The safety pass's data: its advice, in the member's language, and each country's help numbers. */
  readonly safety: SafetyData;
  /** The bot's version and homepage, for /cramp-about. */
  readonly about: AboutBot;
}

export interface CommandInput<Name extends string = string> {
  readonly options: CommandOptions<Name>;
  /** The reading view the router settled on: this interaction's choice, else the member's, else the server's, else plain. */
  readonly audience: Audience;
  /** The server's defaults, set by its moderators (empty outside a server). */
  readonly server: ServerSettings;
  /** Help numbers for the member's country, as the router settled it (their choice, the server's, their language's). */
  readonly helplines: Helplines;
}

export interface ComponentInput<Kind extends ComponentKind = ComponentKind> {
  readonly action: Extract<ComponentAction, { kind: Kind }>;
  /** The values a member picked in a select menu. */
  readonly values: readonly string[];
  readonly audience: Audience;
  /** The server's defaults (empty outside a server): a private-only server lets nothing be shared. */
  readonly server: ServerSettings;
}

/** A handler's answer: the response body, and what it asks the router to store or erase. */
export interface Reply {
  readonly response: APIInteractionResponse;
  readonly forgetMember?: true;
  /** New server defaults to save (moderators only; the router has checked the permission). */
  readonly saveServer?: ServerSettings;
  readonly forgetServer?: true;
}

export type ComponentHandlers = { readonly [K in ComponentKind]?: (input: ComponentInput<K>, context: HandlerContext) => Reply };

/**
 * One slash command: its definition for Discord (typed data, so option names are checked at build time)
 * beside pure handlers from input to the response body. `components` are the button and menu actions the
 * command's replies carry; the router sends each action to the one command that declares it.
 */
export interface SlashCommand<Name extends string = string> {
  /** In English, the default; data/languages adds each language's names and descriptions (src/interactions/localize.ts). */
  definition(catalogues: Catalogues, safety: SafetyData): CommandDefinition;
  execute(input: CommandInput<Name>, context: HandlerContext): Reply;
  autocomplete?(input: CommandInput<Name>, context: HandlerContext): APIApplicationCommandAutocompleteResponse;
  readonly components?: ComponentHandlers;
  /**
   * Its `country` option is the member's own (remembered, and read back for their help numbers). Without this,
   * the router neither reads nor stores a member's country for the command: `/cramp-settings country` is the server's.
   */
  readonly membersCountry?: true;
}

/** Types a command's handlers by the option names its definition declares, so a renamed option breaks the build. */
export function defineCommand<D extends CommandDefinition>(
  command: Omit<SlashCommand<OptionNames<D>>, 'definition'> & { definition(catalogues: Catalogues, safety: SafetyData): D },
): SlashCommand<OptionNames<D>> {
  return command;
}
