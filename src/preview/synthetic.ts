import {
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GuildMemberFlags,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIGuildMember,
  type APIMessageComponentSelectMenuInteraction,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';

/**
 * Interactions shaped exactly as Discord delivers them from a server channel, for the offline preview
 * and for tests. Ids are fixed, valid snowflakes so the output is reproducible.
 */
export const syntheticIds = {
  application: '1300000000000000001',
  guild: '1300000000000000002',
  channel: '1300000000000000003',
  user: '1300000000000000004',
  command: '1300000000000000005',
  message: '1300000000000000006',
} as const;

/** What @everyone holds on a new server: reading, writing and using commands, not Manage Server. */
const MEMBER_PERMISSIONS = '2248473465835073';

let counter = 0;
/** A distinct, increasing interaction id per call, as Discord's are. */
function nextInteractionId(): string {
  counter += 1;
  return (1400000000000000000n + BigInt(counter)).toString();
}

export interface SyntheticOptions {
  userId?: string;
  token?: string;
  id?: string;
  /** The member's permissions in the channel, as Discord's decimal bit string; by default an ordinary member's. */
  permissions?: string;
  guildId?: string;
  /** The member's Discord language, as `interaction.locale` (default en-GB). */
  locale?: Locale;
}

function base(options: SyntheticOptions) {
  const user: APIUser = {
    id: options.userId ?? syntheticIds.user,
    username: 'preview-member',
    discriminator: '0',
    global_name: 'Preview member',
    avatar: null,
  };
  const member: APIGuildMember & { permissions: string; user: APIUser } = {
    user,
    roles: [],
    joined_at: '2025-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: GuildMemberFlags.CompletedOnboarding,
    permissions: options.permissions ?? MEMBER_PERMISSIONS,
  };
  const id = options.id ?? nextInteractionId();
  return {
    id,
    application_id: syntheticIds.application,
    token: options.token ?? `preview-token-${id}`,
    version: 1 as const,
    guild_id: options.guildId ?? syntheticIds.guild,
    guild: { id: options.guildId ?? syntheticIds.guild, locale: Locale.EnglishGB, features: [] },
    channel_id: syntheticIds.channel,
    channel: { id: syntheticIds.channel, type: ChannelType.GuildText as const },
    member,
    app_permissions: '2248473465835073',
    locale: options.locale ?? Locale.EnglishGB,
    guild_locale: Locale.EnglishGB,
    entitlements: [],
    authorizing_integration_owners: { '0': syntheticIds.guild },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

function commandData(name: string, options: APIApplicationCommandInteractionDataBasicOption[]) {
  return { id: syntheticIds.command, name, type: ApplicationCommandType.ChatInput as const, options, guild_id: syntheticIds.guild };
}

export function chatInputInteraction(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[],
  ids: SyntheticOptions = {},
): APIChatInputApplicationCommandInteraction {
  return { ...base(ids), type: InteractionType.ApplicationCommand, data: commandData(name, options) };
}

export function autocompleteInteraction(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[],
  ids: SyntheticOptions = {},
): APIApplicationCommandAutocompleteInteraction {
  return { ...base(ids), type: InteractionType.ApplicationCommandAutocomplete, data: commandData(name, options) };
}

export function selectMenuInteraction(
  customId: string,
  values: string[],
  ids: SyntheticOptions = {},
): APIMessageComponentSelectMenuInteraction {
  const common = base(ids);
  const message: APIMessage = {
    id: syntheticIds.message,
    channel_id: syntheticIds.channel,
    author: { id: syntheticIds.application, username: 'cramp-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
    content: '',
    timestamp: '2025-01-01T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.ChatInputCommand,
  };
  return {
    ...common,
    type: InteractionType.MessageComponent,
    channel: common.channel,
    message,
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
  };
}
