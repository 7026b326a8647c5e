import { z } from 'zod';
import { ed25519KeyProblem } from '../discord/signature.js';

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

/** A URL with a user name or password in it would put that secret into every log line that names the URL. */
const withoutCredentials = (url: string | undefined) => url === undefined || !/^[a-z]+:\/\/[^/]*@/i.test(url);

const port = optional(z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535));

/** "0-3", "4,5,6,7" or ShardingManager's JSON ("[4,5]", "4"): the shard ids this process runs. */
function parseShardIds(text: string): number[] | undefined {
  const trimmed = text.trim();
  if (/^\[?\s*\d+(\s*,\s*\d+)*\s*\]?$/.test(trimmed))
    return trimmed
      .replace(/[[\]\s]/g, '')
      .split(',')
      .map(Number);
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(trimmed);
  if (!range) return undefined;
  const [first, last] = [Number(range[1]), Number(range[2])];
  return first <= last ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : undefined;
}

const fields = {
  // Printable ASCII only: an HTTP header cannot carry anything else, and a pasted token sometimes does.
  DISCORD_TOKEN: required(z.string().regex(/^[\x21-\x7e]+$/, 'must be the token as copied: printable characters, no spaces')),
  DISCORD_APPLICATION_ID: required(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
      .refine(withoutCredentials, 'must not contain a user name or password'),
  ).transform(
    // discord.js appends /v10/...; a trailing slash would double it.
    (url) => (url ?? 'https://discord.com/api').replace(/\/+$/, ''),
  ),
  CRAMP_DB_PATH: optional(z.string()).transform((path) => path ?? './var/cramp.sqlite'),
  /** PostgreSQL for several instances sharing members' choices, server settings and the replay guard; never logged. */
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL such as postgres://cramp@db.example:5432/cramp' }),
  ),
  METRICS_PORT: port,
  /** Whom members ask about their data (an email address or a web page), shown in /cramp-about; one line. */
  OPERATOR_CONTACT: optional(
    z
      .string()
      .trim()
      .max(200, 'must be at most 200 characters')
      .regex(/^[^\n\r]+$/, 'must be one line, such as privacy@example.org or https://example.org/contact'),
  ),
  LOG_LEVEL: optional(z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` })).transform((level) => level ?? 'info'),
};

/** What the gateway bot needs: the token, and optional REST base, shard count and log level. */
export const BotEnvSchema = z
  .object({
    DISCORD_TOKEN: fields.DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_API_URL: fields.DISCORD_API_URL,
    LOG_LEVEL: fields.LOG_LEVEL,
    /** Where members' reading preferences are kept (SQLite), created with its folder on first start. */
    CRAMP_DB_PATH: fields.CRAMP_DB_PATH,
    DATABASE_URL: fields.DATABASE_URL,
    /** Unset: one shard. `auto`: as many as Discord recommends. A number: that many in all, across every process. */
    SHARD_COUNT: optional(
      z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], { error: 'must be "auto" or a whole number from 1 to 1000' }),
    ),
    /** The shards this process runs, out of SHARD_COUNT; by default all of them. discord.js's ShardingManager sets SHARDS. */
    SHARD_IDS: optional(
      z
        .string()
        .transform(
          (text, ctx) => parseShardIds(text) ?? (ctx.addIssue({ code: 'custom', message: 'must be ids such as 0-3 or 4,5,6,7' }), z.NEVER),
        ),
    ),
    SHARDS: optional(
      z.string().transform((text, ctx) => parseShardIds(text) ?? (ctx.addIssue({ code: 'custom', message: 'must be shard ids' }), z.NEVER)),
    ),
    /** A small health and metrics server for the gateway bot; off unless set. */
    METRICS_PORT: fields.METRICS_PORT,
    OPERATOR_CONTACT: fields.OPERATOR_CONTACT,
  })
  .superRefine((env, ctx) => {
    const ids = env.SHARD_IDS ?? env.SHARDS;
    if (ids === undefined) return;
    const path = [env.SHARD_IDS ? 'SHARD_IDS' : 'SHARDS'];
    if (typeof env.SHARD_COUNT !== 'number')
      ctx.addIssue({ code: 'custom', path, message: 'needs SHARD_COUNT set to the total number of shards' });
    else if (ids.some((id) => id >= (env.SHARD_COUNT as number)))
      ctx.addIssue({ code: 'custom', path, message: 'must be below SHARD_COUNT' });
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
  DISCORD_PUBLIC_KEY: required(
    z.string().superRefine((hex, ctx) => {
      const problem = ed25519KeyProblem(hex);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
  HTTP_PORT: port.transform((value) => value ?? 8080),
  /** The address to listen on; every interface by default, `127.0.0.1` behind a proxy on the same machine. */
  HTTP_HOST: optional(z.string().regex(/^[0-9A-Za-z.:-]+$/, 'must be an IP address or host name')),
  /** When set, /metrics, /livez and /readyz are served on this port instead of the public one. */
  METRICS_PORT: fields.METRICS_PORT,
  OPERATOR_CONTACT: fields.OPERATOR_CONTACT,
  LOG_LEVEL: fields.LOG_LEVEL,
  CRAMP_DB_PATH: fields.CRAMP_DB_PATH,
  DATABASE_URL: fields.DATABASE_URL,
});

/** What `npm run forget` needs: only where the data is. */
export const StoreEnvSchema = z.object({
  CRAMP_DB_PATH: fields.CRAMP_DB_PATH,
  DATABASE_URL: fields.DATABASE_URL,
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
