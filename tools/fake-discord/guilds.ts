import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  type APIGuild,
  type APIGuildChannel,
} from 'discord-api-types/v10';

export interface GuildShape {
  channels: number;
  roles: number;
  emojis: number;
}

/** A community server of typical size for GUILD_CREATE: text and voice channels, roles, custom emojis. */
export const typicalGuild: GuildShape = { channels: 30, roles: 15, emojis: 25 };

const snowflake = (n: bigint) => ((n + 1_000_000n) << 22n).toString();

export function guildId(index: number): string {
  return snowflake(BigInt(index) * 1000n);
}

export function makeGuild(
  index: number,
  shape: GuildShape = typicalGuild,
): APIGuild & { channels: APIGuildChannel[]; member_count: number } {
  const id = guildId(index);
  const base = BigInt(index) * 1000n;
  const roles = Array.from({ length: shape.roles }, (_, r) => ({
    id: r === 0 ? id : snowflake(base + 100n + BigInt(r)),
    name: r === 0 ? '@everyone' : `Role ${r}`,
    color: r * 1000,
    colors: { primary_color: r * 1000, secondary_color: null, tertiary_color: null },
    hoist: r % 3 === 0,
    icon: null,
    unicode_emoji: null,
    position: r,
    permissions: '2248473465835073',
    managed: false,
    mentionable: r % 2 === 0,
    flags: 0,
  }));
  const channels = Array.from({ length: shape.channels }, (_, c) => ({
    id: snowflake(base + 200n + BigInt(c)),
    type: c % 5 === 4 ? ChannelType.GuildVoice : ChannelType.GuildText,
    name: `channel-${c}`,
    position: c,
    parent_id: null,
    nsfw: false,
    topic: c % 5 === 4 ? undefined : `Talk about topic number ${c} in server ${index}`,
    rate_limit_per_user: 0,
    last_message_id: snowflake(base + 900n + BigInt(c)),
    permission_overwrites: [{ id, type: 0, allow: '0', deny: '2048' }],
    guild_id: id,
  })) as unknown as APIGuildChannel[];
  const emojis = Array.from({ length: shape.emojis }, (_, e) => ({
    id: snowflake(base + 500n + BigInt(e)),
    name: `emoji_${e}`,
    roles: [],
    require_colons: true,
    managed: false,
    animated: e % 7 === 0,
    available: true,
  }));
  return {
    id,
    name: `Test server ${index}`,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: snowflake(base + 1n),
    region: 'europe',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles,
    emojis,
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    channels,
    member_count: 100 + index,
  } as unknown as APIGuild & { channels: APIGuildChannel[]; member_count: number };
}
