import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../tools/fake-discord/fake-discord.js';
import { LOOPBACK_TOKEN as TEST_TOKEN } from '../tools/fake-discord/fake-discord.js';
import { makeGuild } from '../tools/fake-discord/guilds.js';
import { repoRoot } from '../test/support/run-script.js';
import type { APIGuild } from 'discord-api-types/v10';

export interface RunningBot {
  name: string;
  fake: FakeDiscord;
  process: ChildProcess;
  /** Milliseconds from spawn to the bot's "connected to Discord" line (READY and every GUILD_CREATE handled). */
  startupMs: number;
  stop(): Promise<void>;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

let guildCache: APIGuild[] | undefined;
/** One full shard of typical community servers, built once and sent to every bot. */
export function shardOfGuilds(count: number): APIGuild[] {
  guildCache ??= Array.from({ length: count }, (_, i) => makeGuild(i));
  return guildCache;
}

/** Starts a loopback Discord and a bot process against it, and waits until the bot says it is ready. */
export async function startBot(
  name: string,
  entry: string,
  guilds: APIGuild[],
  extraEnv: Record<string, string> = {},
): Promise<RunningBot> {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, guilds: () => guilds });
  const started = performance.now();
  const child = spawn(process.execPath, [`${repoRoot}/${entry}`], {
    cwd: `${repoRoot}bench`,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      CRAMP_DB_PATH: join(mkdtempSync(join(tmpdir(), 'cramp-bench-')), 'db.sqlite'),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const startupMs = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes('"connected to Discord"')) {
        buffered = '';
        resolve(performance.now() - started);
      } else if (buffered.length > 1_000_000) buffered = '';
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${String(code)} before it was ready`)));
  });
  // Keep draining the bot's log lines so a full pipe never slows it down.
  child.stdout.on('data', () => undefined);
  return {
    name,
    fake,
    process: child,
    startupMs,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await fake.close();
    },
  };
}
