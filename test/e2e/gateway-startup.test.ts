import { describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../tools/fake-discord/fake-discord.js';
import { TEST_TOKEN } from '../support/harness.js';
import { runScript } from '../support/run-script.js';

/** What the loopback Discord says at GET /gateway/bot, with some of it changed. */
const gatewayBot = (fake: FakeDiscord, change: { url?: string; remaining?: number }) => ({
  url: change.url ?? fake.gatewayUrl,
  shards: 1,
  session_start_limit: { total: 1000, remaining: change.remaining ?? 999, reset_after: 3_600_000, max_concurrency: 1 },
});

describe('npm start when Discord will not let it connect', () => {
  it('no gateway sessions left for today: one line with Discord’s reason, exit 1, no stack trace', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      fake.failNext('GET', /^\/gateway\/bot$/, { body: gatewayBot(fake, { remaining: 0 }) });
      const result = await runScript('src/bin/gateway.ts', [], { env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl } });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^cramp-bot: could not log in to Discord at http:\/\/127\.0\.0\.1:\d+\/api: Not enough sessions remaining/),
      ]);
    } finally {
      await fake.close();
    }
  });

  it('a token Discord rejects (401): one line saying to reset it, exit 1, and the token nowhere in the output', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const token = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.a-reset-token.that-must-not-leak';
    try {
      const result = await runScript('src/bin/gateway.ts', [], {
        env: { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' },
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        'cramp-bot: Discord rejected DISCORD_TOKEN (401). Reset the token in the Developer Portal and update .env.',
      ]);
      expect(result.stdout + result.stderr).not.toContain(token);
    } finally {
      await fake.close();
    }
  });

  it('a gateway address it cannot reach: a warning with the address each try, then one line and exit 1', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      fake.failNext('GET', /^\/gateway\/bot$/, { body: gatewayBot(fake, { url: 'ws://127.0.0.1:9' }) }, 20);
      const result = await runScript('src/bin/gateway.ts', [], { env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl } });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        "cramp-bot: could not open a gateway connection to ws://127.0.0.1:9/ after 5 tries: check that this machine can reach it (wss on port 443) and that DISCORD_API_URL is Discord's API",
      ]);
      const warnings = result.stdout.split('\n').filter((line) => line.includes('reconnecting'));
      expect(warnings[0]).toContain('"gateway":"ws://127.0.0.1:9/"');
    } finally {
      await fake.close();
    }
  });
});

describe('npm start with a bad environment', () => {
  it('without DISCORD_TOKEN: exit 1 and one line naming the variable, no stack trace', async () => {
    const result = await runScript('src/bin/gateway.ts', []);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cramp-bot: DISCORD_TOKEN is required: /)]);
  });

  it('with an unusable DISCORD_API_URL: names that variable instead', async () => {
    const result = await runScript('src/bin/gateway.ts', [], {
      env: { DISCORD_TOKEN: 'a-long-enough-token', DISCORD_API_URL: 'not a url' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cramp-bot: DISCORD_API_URL must be an http\(s\) URL/)]);
  });

  it('when Discord cannot be reached: one line, exit 1, and the token nowhere in the output', async () => {
    const token = 'a-secret-token-that-must-not-leak';
    const result = await runScript('src/bin/gateway.ts', [], {
      env: { DISCORD_TOKEN: token, DISCORD_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^cramp-bot: could not connect to Discord at http:\/\/127\.0\.0\.1:9\/api: /),
    ]);
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
