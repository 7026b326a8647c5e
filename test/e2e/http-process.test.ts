import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/postgres.js';
import { repoRoot, runScript } from '../support/run-script.js';
import { keyPair, signatureHeaders } from '../support/signing.js';

const discord = keyPair();
const signed = (body: string) => signatureHeaders(body, discord.privateKey);

/** `npm run serve` as its own process on a free port, waited on until it listens. */
async function startServe(env: Record<string, string> = {}) {
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), 'cramp-serve-'));
  const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}/src/bin/http.ts`], {
    cwd: `${repoRoot}test`,
    env: {
      PATH: process.env.PATH,
      DISCORD_PUBLIC_KEY: discord.hex,
      HTTP_PORT: String(port),
      CRAMP_DB_PATH: join(scratch, 'db.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await expect.poll(() => output, { timeout: 10_000 }).toContain('listening for Discord interactions');
  return {
    port,
    output: () => output,
    /** SIGTERM to the process; resolves to its exit code once it has exited and its folder is gone. */
    async stop() {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      rmSync(scratch, { recursive: true, force: true });
      return code;
    },
  };
}

const ping = JSON.stringify({ id: '1', application_id: '1', type: 1, token: 't', version: 1 });

describe('npm run serve as its own process', () => {
  it('listens, answers a signed PING, and exits 0 on SIGTERM', async () => {
    const serve = await startServe();
    const response = await fetch(`http://127.0.0.1:${String(serve.port)}/interactions`, {
      method: 'POST',
      body: ping,
      headers: signed(ping),
    });
    expect(await response.json()).toEqual({ type: 1 });
    expect(await serve.stop()).toBe(0);
    expect(serve.output()).toContain('shutting down after answering requests in flight');
  });
});

describe('npm run serve with HTTP_HOST', () => {
  it('listens on that address only, and says so', async () => {
    const serve = await startServe({ HTTP_HOST: '127.0.0.1' });
    expect(serve.output()).toContain('"address":"127.0.0.1"');
    const on = (host: string) =>
      fetch(`http://${host}:${String(serve.port)}/interactions`, { method: 'POST', body: ping, headers: signed(ping) }).then(
        (response) => response.status,
        (error: unknown) => (error as { cause?: { code?: string } }).cause?.code ?? 'failed',
      );
    // Another loopback address reaches this machine too, but not a server bound to 127.0.0.1 alone.
    expect(await on('127.0.0.1')).toBe(200);
    expect(await on('127.0.0.2')).toBe('ECONNREFUSED');
    await serve.stop();
  });
});

describe('npm run serve with a database it cannot use', () => {
  it('nothing listening at DATABASE_URL: one line naming the problem, never the URL, exit 1', async () => {
    const port = await freePort();
    const url = `postgres://cramp:secret-password@127.0.0.1:${String(port)}/cramp`;
    const result = await runScript('src/bin/http.ts', [], { env: { DISCORD_PUBLIC_KEY: discord.hex, DATABASE_URL: url } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^cramp-bot serve: cannot use the database in DATABASE_URL: .*ECONNREFUSED/),
    ]);
    expect(result.stderr + result.stdout).not.toContain('secret-password');
  });
});

describe('npm run serve with a bad environment', () => {
  it('a missing or malformed DISCORD_PUBLIC_KEY: one line, exit 1', async () => {
    const missing = await runScript('src/bin/http.ts', []);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^cramp-bot serve: DISCORD_PUBLIC_KEY is required: the Public Key/),
    ]);
    const malformed = await runScript('src/bin/http.ts', [], { env: { DISCORD_PUBLIC_KEY: 'abc123' } });
    expect(malformed.stderr.trim()).toMatch(/^cramp-bot serve: DISCORD_PUBLIC_KEY must be 64 hexadecimal characters/);
  });
});
