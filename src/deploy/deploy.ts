import { parseArgs } from 'node:util';
import { DiscordAPIError, HTTPError, RateLimitError, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { DeployEnvSchema, EnvError, parseEnv } from '../config/env.js';
import { describeRestError, redactUrl } from '../discord/rest-error.js';
import type { CommandDefinition } from '../interactions/command.js';
import { hasChanges, planCommands, type CommandBody } from './diff.js';

const deployUsage = `Register the bot's slash commands with Discord.

  npm run deploy                      to DISCORD_GUILD_ID if set (instant), otherwise globally
  npm run deploy -- --guild <id>      to one server
  npm run deploy -- --global          globally, even when DISCORD_GUILD_ID is set
  npm run deploy -- --dry-run         print the JSON body it would send; needs no token
  npm run deploy -- --clear           remove the commands (from the server or globally)`;

export interface DeployIO {
  /** What to register: the app's command definitions. */
  definitions: readonly CommandDefinition[];
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** How long each request to Discord may take (10 s); tests shorten it. */
  timeoutMs?: number;
}

/** Exit codes: 0 done (or nothing to do), 1 Discord or configuration problem, 2 bad arguments. */
export async function runDeploy(argv: readonly string[], io: DeployIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        guild: { type: 'string' },
        global: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        clear: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`deploy: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (values.help) {
    io.out(deployUsage);
    return 0;
  }
  if (values.guild !== undefined && values.global) {
    io.err('deploy: choose --guild or --global, not both');
    return 2;
  }
  // An empty --guild must not fall back to a global registration the operator did not ask for.
  if (values.guild?.trim() === '') {
    io.err('deploy: --guild needs a server id; use --global to register everywhere');
    return 2;
  }
  const wanted: CommandBody[] = values.clear ? [] : [...io.definitions];
  if (values['dry-run']) {
    io.out(JSON.stringify(wanted, null, 2));
    return 0;
  }

  let env;
  try {
    env = parseEnv(DeployEnvSchema, values.guild === undefined ? io.env : { ...io.env, DISCORD_GUILD_ID: values.guild });
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    io.err(
      `deploy: ${error.message}${values.guild !== undefined && error.message.startsWith('DISCORD_GUILD_ID') ? ' (from --guild)' : ''}`,
    );
    return 1;
  }
  const guildId = values.global ? undefined : env.DISCORD_GUILD_ID;
  const where = guildId ? `server ${guildId}` : 'all servers (global)';
  const route = guildId
    ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, guildId)
    : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
  // A short rate limit is waited out; a long one is reported at once instead of waiting in silence.
  const rest = new REST({
    api: env.DISCORD_API_URL,
    retries: 2,
    timeout: io.timeoutMs ?? 10_000,
    rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
  }).setToken(env.DISCORD_TOKEN);

  io.out(`Reading the commands Discord has for ${where}…`);
  let plan;
  try {
    // Discord lists localizations only when asked; without them every localized command would look changed.
    const registered = await rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) });
    if (
      !Array.isArray(registered) ||
      !registered.every((command): command is { name: string } => typeof (command as { name?: unknown }).name === 'string')
    ) {
      io.err(`deploy: Discord answered with something that is not a list of commands; check DISCORD_API_URL points at Discord's API.`);
      return 1;
    }
    plan = planCommands(wanted, registered);
  } catch (error) {
    io.err(`deploy: nothing was changed: ${explain(error, env.DISCORD_API_URL, env.DISCORD_APPLICATION_ID, guildId)}`);
    return 1;
  }
  if (!hasChanges(plan)) {
    for (const name of plan.unchanged) io.out(`= /${name}  (unchanged)`);
    io.out(
      wanted.length === 0
        ? `Nothing to remove: no commands are registered for ${where}.`
        : `Nothing to change: Discord already has these commands for ${where}.`,
    );
    return 0;
  }
  // Said as a plan until Discord has taken it: if the write fails, nothing above has happened.
  io.out('To do:');
  for (const name of plan.added) io.out(`+ /${name}  (new)`);
  for (const name of plan.changed) io.out(`~ /${name}  (changed)`);
  for (const name of plan.removed) io.out(`- /${name}  (removed)`);
  for (const name of plan.unchanged) io.out(`= /${name}  (unchanged)`);
  try {
    await rest.put(route, { body: wanted });
  } catch (error) {
    // A refused write changes nothing; one Discord never answered may or may not have been applied.
    const outcome = isTimeout(error)
      ? 'Discord did not answer in time, so the commands may or may not have changed; run npm run deploy again to see what it has'
      : `nothing was changed: ${explain(error, env.DISCORD_API_URL, env.DISCORD_APPLICATION_ID, guildId)}`;
    io.err(`deploy: ${outcome}`);
    return 1;
  }
  io.out(`Registered ${wanted.length} command${wanted.length === 1 ? '' : 's'} for ${where}.`);
  return 0;
}

/** The REST client gave up waiting for an answer (its own timeout), as opposed to being refused. */
const isTimeout = (error: unknown) => error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** Longest rate limit the deploy waits out before reporting it instead. */
const MAX_RATE_LIMIT_WAIT_MS = 5_000;

function explain(error: unknown, apiUrl: string, applicationId: string, guildId: string | undefined): string {
  if (error instanceof RateLimitError) {
    return `Discord is rate limiting this application: try again in ${String(Math.round(error.retryAfter / 1000))} s.`;
  }
  if (error instanceof HTTPError)
    return `Discord answered ${String(error.status)} (${error.message.split('\n')[0] ?? 'no details'}); try again later.`;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token in the Developer Portal and update .env.';
    if (error.status === 403 || error.status === 404) {
      const target = guildId
        ? `application ${applicationId} in server ${guildId}: check DISCORD_APPLICATION_ID, and that the bot was invited to that server with the applications.commands scope`
        : `application ${applicationId}: check DISCORD_APPLICATION_ID matches the token's application`;
      return `Discord answered ${error.status} (${describeRestError(error).message}) for ${target}.`;
    }
    return `Discord answered ${error.status}: ${describeRestError(error).message}.`;
  }
  return `could not reach the Discord API at ${redactUrl(apiUrl)}: ${describeRestError(error).message}.`;
}
