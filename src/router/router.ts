import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandAutocompleteResponse,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { parseAudience, type Audience } from '../catalogue/schema.js';
import type { CommandDefinition, ComponentHandlers, ComponentInput, HandlerContext, Reply, SlashCommand } from '../interactions/command.js';
import { CommandOptions } from '../interactions/options.js';
import { inTime } from '../store/in-time.js';
import { noPreferences, type PreferenceStore, type ServerSettings } from '../store/store.js';
import type { AboutBot } from '../replies/about.js';
import { decodeCustomId, type ComponentAction } from '../replies/custom-id.js';
import { noSuggestions } from '../replies/message.js';
import {
  apologyNotice,
  erasureFailedNotice,
  moderatorsOnlyNotice,
  settingsNotSavedNotice,
  unknownCommandNotice,
} from '../replies/notices.js';
import type { Metrics } from '../metrics.js';
import { replyMemo } from './memo.js';
import type { Language, Languages } from '../search/languages.js';
import { helplinesFor, parseCountry } from '../safety/helplines.js';

/** A member who never chose, on a server whose moderators did not either, gets plain language. */
const DEFAULT_AUDIENCE: Audience = 'general';
/** How many distinct replies (and, apart, suggestion lists) are kept for reuse. */
const MEMO_SIZE = 2_000;
/** Everything a pure handler's reply depends on, as one string (JSON keeps member text from colliding). */
const inputKey = (...parts: unknown[]) => JSON.stringify(parts);
/** Direct messages and servers that never set anything. */
const NO_SERVER_SETTINGS: ServerSettings = {};

export interface RegisteredCommand {
  readonly command: SlashCommand;
  readonly definition: CommandDefinition;
}

export interface RouterOptions {
  /** Every language the bot answers in; each interaction is answered in the member's. */
  readonly languages: Languages;
  readonly commands: readonly RegisteredCommand[];
  readonly about: AboutBot;
  readonly preferences?: PreferenceStore;
  /** Told once about each handler that throws; the member gets an apology either way. */
  readonly onHandlerError?: (error: unknown, interaction: APIInteraction) => void;
  /** The longest a reply waits on the store before answering with defaults (default 250 ms). */
  readonly storeBudgetMs?: number;
  readonly metrics?: Metrics;
}

export interface Router {
  /**
   * The response body for one interaction, or undefined for a type of interaction this bot does not know
   * (it must not be answered). Never rejects: a handler that throws gets the member an apology.
   *
   * `admitted`: a check still running on the interaction (the HTTP endpoint's replay guard). The reply is
   * worked out meanwhile, reads included; nothing is stored or erased unless it resolves true, and when it
   * resolves false the caller must not send the reply.
   */
  answer(interaction: APIInteraction, admitted?: Promise<boolean>): Promise<APIInteractionResponse | undefined>;
  /** The bot left a server (or it was deleted): erase the server's settings. */
  serverLeft(guildId: string): Promise<void>;
}

type AnyComponentHandler = (input: ComponentInput, context: HandlerContext) => Reply;

/** A snowflake, or undefined: a malformed id must never reach the store. */
const snowflake = (id: unknown) => (typeof id === 'string' && /^\d{1,20}$/.test(id) ? id : undefined);
const memberId = (interaction: APIInteraction) => snowflake(interaction.member?.user.id ?? interaction.user?.id);

/** Whether the member holds every permission a definition's `default_member_permissions` asks for. */
function permitted(interaction: APIInteraction, definition: CommandDefinition): boolean {
  const required = definition.default_member_permissions;
  if (required === undefined || required === null) return true;
  const held = interaction.member?.permissions;
  if (interaction.guild_id === undefined || typeof held !== 'string' || !/^\d+$/.test(held) || !/^\d+$/.test(required)) return false;
  return (BigInt(held) & BigInt(required)) === BigInt(required);
}

/**
 * The one dispatcher every transport (gateway, HTTP endpoint, preview) sends interactions through. It owns
 * the rules every command shares: which reading view a member gets (their choice in this interaction, else
 * their saved one, else the default), remembering an explicit choice, erasing on request, and turning a
 * handler's exception into an apology. Handlers stay pure functions from input to body.
 */
export function createRouter(options: RouterOptions): Router {
  const { languages } = options;
  const preferences = withinBudget(options.preferences ?? noPreferences, options.storeBudgetMs ?? 250);
  const contexts = new Map(
    languages.all.map((language): [Language, HandlerContext] => [
      language,
      {
        catalogue: language.catalogue,
        catalogues: languages.catalogues,
        search: language.search,
        safety: language.safety,
        about: options.about,
      },
    ]),
  );
  /** What handlers see, in the member's language: their Discord locale's, else the server's choice, else English. */
  const contextFor = (interaction: APIInteraction, server: ServerSettings = NO_SERVER_SETTINGS): HandlerContext => {
    const language = languages.pick('locale' in interaction ? interaction.locale : undefined, server.language);
    const context = contexts.get(language);
    if (!context) throw new Error(`no handler context for ${language.catalogue.locale.code}`);
    return context;
  };
  /** For notices sent before the server's settings are read (or when reading them failed). */
  const catalogueFor = (interaction: APIInteraction) => contextFor(interaction).catalogue;
  const byName = new Map(options.commands.map((entry) => [entry.definition.name, entry]));
  const replies = replyMemo<Reply>(MEMO_SIZE);
  const suggestions = replyMemo<APIApplicationCommandAutocompleteResponse>(MEMO_SIZE);
  const componentHandlers = new Map<string, AnyComponentHandler>();
  for (const { command, definition } of options.commands) {
    for (const [kind, handler] of Object.entries(command.components ?? ({} satisfies ComponentHandlers))) {
      if (componentHandlers.has(kind)) throw new Error(`two commands answer the component action "${kind}" (one is /${definition.name})`);
      componentHandlers.set(kind, handler as AnyComponentHandler);
    }
  }

  /**
   * The member's view: their choice in this interaction (remembered), else their saved one, else what the
   * message they are acting on was written in, else the server's default, else plain language. The server's
   * settings and the member's row are read together, so a networked store can fetch both in one round trip.
   */
  async function readingView(
    store: PreferenceStore,
    userId: string | undefined,
    guildId: string | undefined,
    chosen: Audience | undefined,
    suggested?: Audience,
  ): Promise<{ audience: Audience; server: ServerSettings }> {
    const [server, saved] = await Promise.all([
      guildId ? store.serverSettings(guildId) : NO_SERVER_SETTINGS,
      !userId ? undefined : chosen ? store.remember(userId, chosen).then(() => chosen) : store.audienceOf(userId),
    ]);
    return { audience: chosen ?? saved ?? suggested ?? server.audience ?? DEFAULT_AUDIENCE, server };
  }

  /** The country the member chose for help numbers: in this interaction (remembered), else their saved one. */
  async function memberCountry(store: PreferenceStore, userId: string | undefined, chosen: string | undefined) {
    if (!userId) return chosen;
    return chosen ? store.rememberCountry(userId, chosen).then(() => chosen) : store.countryOf(userId);
  }

  /** Carries out what the reply asks to store or erase; says so when that failed rather than claim it worked. */
  async function settle(
    store: PreferenceStore,
    userId: string | undefined,
    guildId: string | undefined,
    reply: Reply,
    { catalogue }: HandlerContext,
  ): Promise<APIInteractionResponse> {
    if (reply.forgetMember && userId && !(await store.forget(userId))) return erasureFailedNotice(catalogue);
    if (reply.saveServer && guildId && !(await store.saveServerSettings(guildId, reply.saveServer)))
      return settingsNotSavedNotice(catalogue);
    if (reply.forgetServer && guildId && !(await store.forgetServer(guildId))) return settingsNotSavedNotice(catalogue);
    return reply.response;
  }

  async function respond(interaction: APIInteraction, store: PreferenceStore): Promise<APIInteractionResponse | undefined> {
    const userId = memberId(interaction);
    const guildId = snowflake(interaction.guild_id);
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: InteractionResponseType.Pong };
      case InteractionType.ApplicationCommand: {
        const entry = byName.get(interaction.data.name);
        if (!entry || interaction.data.type !== ApplicationCommandType.ChatInput) return unknownCommandNotice(catalogueFor(interaction));
        if (!permitted(interaction, entry.definition)) return moderatorsOnlyNotice(catalogueFor(interaction));
        const commandOptions = new CommandOptions(interaction.data.options, entry.definition);
        // Every language lists the same countries, so the member's choice reads the same in any.
        const { safety } = contextFor(interaction);
        const chosenCountry = entry.command.membersCountry ? parseCountry(safety, commandOptions.string('country')) : undefined;
        const [{ audience, server }, country] = await Promise.all([
          readingView(store, userId, guildId, parseAudience(commandOptions.string('audience'))),
          entry.command.membersCountry ? memberCountry(store, userId, chosenCountry) : undefined,
        ]);
        const context = contextFor(interaction, server);
        const helplines = helplinesFor(context.safety, { chosen: country, server: server.country, locale: interaction.locale });
        const where = [helplines.country?.code, helplines.origin];
        const language = context.catalogue.locale.code;
        const key = inputKey('command', entry.definition.name, language, audience, server, where, interaction.data.options);
        return settle(
          store,
          userId,
          guildId,
          replies(key, () => entry.command.execute({ options: commandOptions, audience, server, helplines }, context)),
          context,
        );
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const entry = byName.get(interaction.data.name);
        const command = entry?.command;
        if (!entry || !command?.autocomplete) return noSuggestions;
        // Suggestions do not depend on the reader, so autocomplete never touches the database.
        const context = contextFor(interaction);
        const input = {
          options: new CommandOptions(interaction.data.options, entry.definition),
          audience: DEFAULT_AUDIENCE,
          server: {},
          helplines: helplinesFor(context.safety, {}),
        };
        const key = inputKey('autocomplete', entry.definition.name, context.catalogue.locale.code, interaction.data.options);
        return suggestions(key, () => command.autocomplete?.(input, context) ?? noSuggestions);
      }
      case InteractionType.MessageComponent: {
        const action = decodeCustomId(interaction.data.custom_id);
        const handler = action && componentHandlers.get(action.kind);
        if (!action || !handler) return unknownCommandNotice(catalogueFor(interaction));
        const values = 'values' in interaction.data ? interaction.data.values : [];
        const { audience, server } = await readingView(store, userId, guildId, chosenBy(action), suggestedBy(action));
        const context = contextFor(interaction, server);
        const language = context.catalogue.locale.code;
        const key = inputKey('component', interaction.data.custom_id, language, audience, server.privateOnly, values);
        return settle(
          store,
          userId,
          guildId,
          replies(key, () => handler({ action, values, audience, server }, context)),
          context,
        );
      }
      case InteractionType.ModalSubmit:
        return unknownCommandNotice(catalogueFor(interaction));
      default:
        return undefined;
    }
  }

  /** Counts each answer by what was asked and how it went, and times it. */
  function observe(interaction: APIInteraction, started: number, outcome: 'answered' | 'apology' | 'ignored'): void {
    const kind = kindNames[interaction.type] ?? 'unknown';
    options.metrics?.interactions.inc({ command: subjectOf(interaction, byName), kind, outcome });
    options.metrics?.latency.observe({ kind }, (performance.now() - started) / 1000);
  }

  return {
    async answer(interaction, admitted) {
      const started = performance.now();
      try {
        const response = await respond(interaction, admitted ? writesOnceAdmitted(preferences, admitted) : preferences);
        observe(interaction, started, response ? 'answered' : 'ignored');
        return response;
      } catch (error) {
        options.onHandlerError?.(error, interaction);
        observe(interaction, started, 'apology');
        return interaction.type === InteractionType.ApplicationCommandAutocomplete
          ? noSuggestions
          : apologyNotice(catalogueFor(interaction));
      }
    },
    async serverLeft(guildId) {
      await preferences.forgetServer(guildId);
    },
  };
}

/** Reads go ahead at once; each write waits for `admitted` and is skipped (not done) when it is refused. */
function writesOnceAdmitted(store: PreferenceStore, admitted: Promise<boolean>): PreferenceStore {
  return {
    ...store,
    remember: async (userId, audience) => (await admitted) && store.remember(userId, audience),
    rememberCountry: async (userId, country) => (await admitted) && store.rememberCountry(userId, country),
    forget: async (userId) => (await admitted) && store.forget(userId),
    saveServerSettings: async (guildId, settings) => (await admitted) && store.saveServerSettings(guildId, settings),
    forgetServer: async (guildId) => (await admitted) && store.forgetServer(guildId),
  };
}

/**
 * The store as the router uses it: a call that takes longer than the budget answers with the store's own
 * fallback (nothing saved, not done), so a slow or unreachable database never holds a reply past Discord's
 * deadline. The call itself goes on and may still land.
 */
function withinBudget(store: PreferenceStore, budgetMs: number): PreferenceStore {
  return {
    audienceOf: (userId) => inTime(store.audienceOf(userId), budgetMs, undefined),
    remember: (userId, audience) => inTime(store.remember(userId, audience), budgetMs, false),
    countryOf: (userId) => inTime(store.countryOf(userId), budgetMs, undefined),
    rememberCountry: (userId, country) => inTime(store.rememberCountry(userId, country), budgetMs, false),
    forget: (userId) => inTime(store.forget(userId), budgetMs, false),
    serverSettings: (guildId) => inTime(store.serverSettings(guildId), budgetMs, NO_SERVER_SETTINGS),
    saveServerSettings: (guildId, settings) => inTime(store.saveServerSettings(guildId, settings), budgetMs, false),
    forgetServer: (guildId) => inTime(store.forgetServer(guildId), budgetMs, false),
    close: () => store.close(),
  };
}

const kindNames: Partial<Record<number, string>> = {
  [InteractionType.Ping]: 'ping',
  [InteractionType.ApplicationCommand]: 'command',
  [InteractionType.ApplicationCommandAutocomplete]: 'autocomplete',
  [InteractionType.MessageComponent]: 'component',
  [InteractionType.ModalSubmit]: 'modal',
};

/** A known command's name, or a component's action: a small, fixed set of label values, never free text. */
function subjectOf(interaction: APIInteraction, commands: ReadonlyMap<string, unknown>): string {
  // Read defensively: this also labels interactions too malformed for a handler to read.
  const data = (interaction as { data?: { custom_id?: unknown; name?: unknown } }).data;
  if (interaction.type === InteractionType.MessageComponent) {
    return typeof data?.custom_id === 'string' ? (decodeCustomId(data.custom_id)?.kind ?? 'unknown') : 'unknown';
  }
  if (interaction.type === InteractionType.ApplicationCommand || interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    return typeof data?.name === 'string' && commands.has(data.name) ? data.name : 'unknown';
  }
  return 'none';
}

/** A language button is the member's explicit choice, remembered like the `audience` option. */
function chosenBy(action: ComponentAction): Audience | undefined {
  return action.kind === 'view' ? action.audience : undefined;
}

/** The list's menu opens cards in the list's language, and a shared card keeps its own, unless the member chose. */
function suggestedBy(action: ComponentAction): Audience | undefined {
  return action.kind === 'open' || action.kind === 'share' ? action.audience : undefined;
}
