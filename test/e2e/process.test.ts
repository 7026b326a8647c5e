import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { assertValidCallback } from '../support/discord-spec.js';
import { FakeDiscord } from '../../tools/fake-discord/fake-discord.js';
import { TEST_TOKEN } from '../support/harness.js';
import { slash } from '../support/interactions.js';
import { nodeFlagsOfNpmStart, repoRoot, runScript } from '../support/run-script.js';
import { createServer, type AddressInfo } from 'node:net';

let fake: FakeDiscord | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'cramp-'));
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start as its own process on the loopback Discord', () => {
  it('SIGTERM while an interaction is being answered: the answer completes, then a clean exit 0', async () => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const bot = spawn(process.execPath, [...nodeFlagsOfNpmStart(), '--import', 'tsx', `${repoRoot}/src/bin/gateway.ts`], {
      cwd: `${repoRoot}test`,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: 'info',
        CRAMP_DB_PATH: join(scratch, 'db.sqlite'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    bot.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    bot.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await fake.waitForSessions(1, 15_000);

    // Discord takes a second to accept this answer; the bot is told to stop while it waits.
    fake.failNext('POST', /\/callback$/, { delayMs: 1000 });
    const interaction = slash('cramp-cause', { query: 'water pills' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await fake.waitForArrival('POST', /\/callback$/);
    bot.kill('SIGTERM');
    const [code] = (await once(bot, 'exit')) as [number | null];

    expect(code).toBe(0);
    const callbacks = fake.requestsTo('POST', new RegExp(`^/interactions/${interaction.id}/`));
    expect(callbacks.map((r) => r.status)).toEqual([204]);
    expect(callbacks[0]?.body).toMatchObject({ data: { embeds: [{ title: 'Medication side effects' }] } });
    assertValidCallback(callbacks[0]?.body);
    const messages = output
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(['connected to Discord', 'shutting down after answering interactions in flight', 'answered']);
    expect(output).not.toContain(TEST_TOKEN);
  });

  it('a METRICS_PORT already in use: one line naming it, exit 1 (not "could not connect to Discord")', async () => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const result = await runScript('src/bin/gateway.ts', [], {
        env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, METRICS_PORT: String(port), LOG_LEVEL: 'silent' },
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `cramp-bot: cannot serve /healthz and /metrics on METRICS_PORT ${String(port)}: EADDRINUSE`,
      ]);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it.each([
    [4004, /token is no longer valid \(4004\)\. Reset the token/],
    [4011, /too many servers for its shards \(4011\)\. Set SHARD_COUNT=auto/],
  ])('a gateway closed for good (%d): one line naming the cause and the fix, exit 1', async (closeCode, line) => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const bot = spawn(process.execPath, [...nodeFlagsOfNpmStart(), '--import', 'tsx', `${repoRoot}/src/bin/gateway.ts`], {
      cwd: `${repoRoot}test`,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CRAMP_DB_PATH: join(scratch, 'db.sqlite') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    bot.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await fake.waitForSessions(1, 15_000);
    fake.closeWith(closeCode);
    const [code] = (await once(bot, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(line)]);
  });
});
