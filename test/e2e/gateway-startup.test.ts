import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.js';

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
