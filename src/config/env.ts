import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
/** An unset variable and an empty one (`DISCORD_GUILD_ID=` in .env) mean the same: not given. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Where to find a required value, for the error that says it is missing. */
const whereToFind: Record<string, string> = {
  DISCORD_TOKEN: 'the bot token from the Developer Portal (your app → Bot → Reset Token)',
  DISCORD_APPLICATION_ID: 'the Application ID from the Developer Portal (your app → General Information)',
  DISCORD_PUBLIC_KEY: 'the Public Key from the Developer Portal (your app → General Information)',
};

const fields = {
  DISCORD_TOKEN: required(z.string().regex(/^\S+$/, 'must not contain spaces')),
  DISCORD_APPLICATION_ID: required(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })).transform(
    // discord.js appends /v10/...; a trailing slash would double it.
    (url) => (url ?? 'https://discord.com/api').replace(/\/+$/, ''),
  ),
  CRAMP_DB_PATH: optional(z.string()).transform((path) => path ?? './var/cramp.sqlite'),
  LOG_LEVEL: optional(z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` })).transform((level) => level ?? 'info'),
};

/** What the gateway bot needs: the token, and optional REST base, shard count and log level. */
export const BotEnvSchema = z.object({
  DISCORD_TOKEN: fields.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_API_URL: fields.DISCORD_API_URL,
  LOG_LEVEL: fields.LOG_LEVEL,
  /** Where members' reading preferences are kept (SQLite), created with its folder on first start. */
  CRAMP_DB_PATH: fields.CRAMP_DB_PATH,
  /** Unset: one shard. `auto`: as many as Discord recommends. A number: that many, all in this process. */
  SHARD_COUNT: optional(
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], { error: 'must be "auto" or a whole number from 1 to 1000' }),
  ),
});

/** What registering commands needs: the token and the application to register them under. */
export const DeployEnvSchema = z.object({
  DISCORD_TOKEN: fields.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: fields.DISCORD_APPLICATION_ID,
  DISCORD_GUILD_ID: fields.DISCORD_GUILD_ID,
  DISCORD_API_URL: fields.DISCORD_API_URL,
  LOG_LEVEL: fields.LOG_LEVEL,
});

/** What the HTTP interactions endpoint needs: the key Discord's signatures are checked with, and a port. */
export const ServeEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: required(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters')),
  HTTP_PORT: optional(z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535)).transform((port) => port ?? 8080),
  LOG_LEVEL: fields.LOG_LEVEL,
  CRAMP_DB_PATH: fields.CRAMP_DB_PATH,
});

export type BotEnv = z.infer<typeof BotEnvSchema>;
export type ServeEnv = z.infer<typeof ServeEnvSchema>;
export type DeployEnv = z.infer<typeof DeployEnvSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Validates the environment; the error names the first bad variable in one line and never echoes its value. */
export function parseEnv<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const missing = source[name] === undefined || source[name] === '';
  const problem = missing ? `is required: ${whereToFind[name] ?? 'no value given'}` : (issue?.message ?? 'is invalid');
  throw new EnvError(`${name} ${problem}. Set it in .env (see .env.example) or the environment.`);
}
