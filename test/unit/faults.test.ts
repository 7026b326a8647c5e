import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { APIInteraction } from 'discord-api-types/v10';
import { BotEnvSchema, parseEnv, ServeEnvSchema } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { PreferenceStore } from '../../src/store/store.js';
import { createInteractionsEndpoint, type InteractionsEndpointOptions } from '../../src/transports/http.js';
import { testApp } from '../support/app.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { slash, typing } from '../support/interactions.js';
import { keyPair, nowSeconds, signatureHeaders } from '../support/signing.js';

const discord = keyPair();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Line {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** An endpoint on a free loopback port, its log lines captured. */
async function endpoint(options: Partial<InteractionsEndpointOptions> = {}) {
  const lines: Line[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as Line) });
  const http = createInteractionsEndpoint({ publicKey: discord.hex, router: testApp().router, logger, ...options });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const port = (http.server.address() as AddressInfo).port;
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await http.close();
  });
  return {
    http,
    port,
    lines,
    base: `http://127.0.0.1:${String(port)}`,
    async close() {
      closed = true;
      await http.close();
    },
  };
}

/** A raw TCP client: sends exactly what a test says, and reports when the server closes the connection. */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  cleanups.push(() => {
    socket.destroy();
  });
  return { socket, closed, received: () => received };
}

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-faults-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('the HTTP endpoint under hostile or failing clients', () => {
  it('SIGTERM with a stalled upload: requests in flight are cut off after the grace period and close resolves', async () => {
    const { http, port } = await endpoint({ shutdownGraceMs: 200, bodyTimeoutMs: 60_000 });
    const client = rawClient(port);
    const timestamp = nowSeconds();
    client.socket.write(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nx-signature-ed25519: ${'a'.repeat(128)}\r\nx-signature-timestamp: ${timestamp}\r\n\r\n0123456789`,
    );
    await expect.poll(() => http.server.listening).toBe(true);
    await http.close();
    await client.closed;
  });

  it('a client that stops mid-body gets 408, logged as a warning with the real status and no stack', async () => {
    const { port, lines } = await endpoint({ bodyTimeoutMs: 200 });
    const client = rawClient(port);
    client.socket.write(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nx-signature-ed25519: ${'a'.repeat(128)}\r\nx-signature-timestamp: ${nowSeconds()}\r\n\r\n01234`,
    );
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(lines.filter((line) => line.msg === 'http')).toEqual([expect.objectContaining({ level: 'warn', status: 408 })]);
    expect(lines.some((line) => line.level === 'error' || 'err' in line)).toBe(false);
  });

  it('a client that aborts mid-upload is logged as 499 at warn, never as a 500 with a stack', async () => {
    const { http, port, lines } = await endpoint();
    const arrived = new Promise((resolve) => http.server.once('request', resolve));
    const client = rawClient(port);
    client.socket.write(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nx-signature-ed25519: ${'a'.repeat(128)}\r\nx-signature-timestamp: ${nowSeconds()}\r\n\r\n01234`,
    );
    await arrived;
    client.socket.destroy();
    await expect.poll(() => lines.find((line) => line.msg === 'http')).toMatchObject({ level: 'warn', status: 499 });
    expect(lines.some((line) => line.level === 'error')).toBe(false);
  });

  it('counts an answer finished after Discord hung up as undelivered (client_gone)', async () => {
    const reasons: string[] = [];
    const router = testApp().router;
    let asked = false;
    let release = () => {};
    const slow = {
      serverLeft: (guildId: string) => router.serverLeft(guildId),
      answer: async (...args: Parameters<typeof router.answer>) => {
        asked = true;
        await new Promise<void>((resolve) => (release = resolve));
        return router.answer(...args);
      },
    };
    const { http, port } = await endpoint({ router: slow, onUndelivered: (reason) => reasons.push(reason) });
    let serverSide: { socket: Socket } | undefined;
    http.server.once('request', (request: { socket: Socket }) => (serverSide = request));
    const body = JSON.stringify(slash('cramp-cause', { query: 'dvt' }));
    const headers = Object.entries(signatureHeaders(body, discord.privateKey))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    const client = rawClient(port);
    client.socket.write(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\n${headers}\r\n${body}`,
    );
    await expect.poll(() => asked).toBe(true);
    client.socket.destroy();
    await expect.poll(() => serverSide?.socket.destroyed).toBe(true);
    release();
    await expect.poll(() => reasons).toEqual(['client_gone']);
  });

  it('answers PING and autocomplete without the replay guard: neither stores anything, so neither waits on a database', async () => {
    let asked = 0;
    const { base } = await endpoint({
      replayGuard: {
        firstSeen: () => {
          asked += 1;
          return new Promise<boolean>(() => undefined);
        },
      },
    });
    const ping = JSON.stringify({ id: '1', application_id: '1', type: 1, token: 't', version: 1 });
    const response = await fetch(`${base}/interactions`, {
      method: 'POST',
      body: ping,
      headers: signatureHeaders(ping, discord.privateKey),
    });
    expect(await response.json()).toEqual({ type: 1 });
    const typed = JSON.stringify(typing('cramp-cause', { query: 'thyr' }, 'query'));
    const suggestions = await fetch(`${base}/interactions`, {
      method: 'POST',
      body: typed,
      headers: signatureHeaders(typed, discord.privateKey),
    });
    expect(((await suggestions.json()) as { type: number }).type).toBe(8);
    expect(asked).toBe(0);
  });

  it('holds a bounded amount of unread bodies: past it a new upload gets 503, and the budget is freed when one ends', async () => {
    const { http, port, lines } = await endpoint({ maxBufferedBytes: 6_000, bodyTimeoutMs: 60_000 });
    let received = 0;
    http.server.once('request', (request: { on: (event: 'data', listener: (chunk: Buffer) => void) => void }) =>
      request.on('data', (chunk) => (received += chunk.length)),
    );
    const upload = (bytes: number, length = 10_000) => {
      const client = rawClient(port);
      client.socket.write(
        `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: ${String(length)}\r\nx-signature-ed25519: ${'a'.repeat(128)}\r\nx-signature-timestamp: ${nowSeconds()}\r\n\r\n${'x'.repeat(bytes)}`,
      );
      return client;
    };
    const first = upload(5_000);
    await expect.poll(() => received).toBe(5_000);
    const second = upload(2_000);
    await expect.poll(() => second.received()).toMatch(/^HTTP\/1\.1 503 /);
    first.socket.destroy();
    await expect.poll(() => lines.some((line) => line.status === 499)).toBe(true);
    // The first upload's bytes are given back: a new upload is read again (and refused only for its signature).
    const third = upload(2_000, 3_000);
    third.socket.write('x'.repeat(1_000));
    await expect.poll(() => third.received()).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('logs a long path cut short', async () => {
    const { base, lines } = await endpoint();
    await fetch(`${base}/${'a'.repeat(8_000)}`);
    const logged = lines.find((line) => line.msg === 'http');
    expect(logged?.status).toBe(404);
    expect(String(logged?.path).length).toBeLessThanOrEqual(201);
  });

  it('answers POST /healthz with 405 and the methods it allows', async () => {
    const { base } = await endpoint();
    const response = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('remembers a signature until its signed time leaves the window, so a future-dated request cannot be replayed', async () => {
    let clock = Date.now();
    const { base } = await endpoint({ now: () => clock });
    const body = JSON.stringify(slash('cramp-cause', { query: 'dvt' }));
    const headers = signatureHeaders(body, discord.privateKey, String(Math.floor(clock / 1000) + 299));
    const post = () => fetch(`${base}/interactions`, { method: 'POST', body, headers });
    expect((await post()).status).toBe(200);
    clock += 301_000;
    expect(await (await post()).json()).toEqual({ error: 'replayed request' });
  });
});

describe('start-up refuses what cannot work, naming the variable', () => {
  const problem = (schema: typeof ServeEnvSchema | typeof BotEnvSchema, env: NodeJS.ProcessEnv) => {
    try {
      parseEnv(schema, env);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    ['all zeros', '00'.repeat(32)],
    ['the identity point', `01${'00'.repeat(31)}`],
    ['not canonically encoded', 'ff'.repeat(32)],
  ])('a DISCORD_PUBLIC_KEY that is 64 hex characters but not a usable Ed25519 key (%s)', (_what, key) => {
    expect(problem(ServeEnvSchema, { DISCORD_PUBLIC_KEY: key })).toMatch(/^DISCORD_PUBLIC_KEY is not a valid Ed25519 public key/);
  });

  it('accepts a real key', () => {
    expect(problem(ServeEnvSchema, { DISCORD_PUBLIC_KEY: discord.hex })).toBe('');
  });

  it('a token with a non-ASCII character is named, not sent to Discord as a broken header', () => {
    expect(problem(BotEnvSchema, { DISCORD_TOKEN: 'abc.def’ghi' })).toMatch(/^DISCORD_TOKEN must be the token as copied/);
  });

  it('a DISCORD_API_URL with a password is refused without echoing the password', () => {
    const message = problem(BotEnvSchema, { DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_URL: 'https://user:hunter2@proxy.example/api' });
    expect(message).toMatch(/^DISCORD_API_URL must not contain a user name or password/);
    expect(message).not.toContain('hunter2');
  });
});

describe('the store under faults', () => {
  const logged: Line[] = [];
  const open = (path: string) => {
    const store = openSqliteStore({
      path,
      logger: createLogger({ level: 'info', write: (line) => logged.push(JSON.parse(line) as Line) }),
    });
    cleanups.push(() => store.close());
    return store;
  };
  afterEach(() => {
    logged.length = 0;
  });

  it('a path under /proc fails at once with one error line; nothing spins', async () => {
    const store = open('/proc/cramp-bot-test/var/cramp.sqlite');
    expect(await store.remember('1300000000000000031', 'general')).toBe(false);
    expect(await store.audienceOf('1300000000000000031')).toBeUndefined();
    expect(logged.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('a folder that is a file: the reason names the code once ("ENOTDIR: …", not "ENOTDIR: ENOTDIR: …")', async () => {
    const blocked = open(join('/dev/null', 'cramp.sqlite'));
    expect(await blocked.remember('1300000000000000031', 'general')).toBe(false);
    const reason = String(logged.find((line) => line.level === 'error')?.reason);
    expect(reason).toMatch(/^ENOTDIR: /);
    expect(reason).not.toMatch(/^(\w+): \1/);
  });

  it('the file deleted while open: noticed, reopened, logged once, and choices saved to the new file', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    const store = open(path);
    expect(await store.remember('1300000000000000031', 'general')).toBe(true);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    expect(await store.remember('1300000000000000032', 'clinician')).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(await store.audienceOf('1300000000000000032')).toBe('clinician');
    expect(logged.filter((line) => line.msg.startsWith('the preferences file was deleted or replaced'))).toHaveLength(1);
  });

  it('a member id that is not a string never reaches the store, and other members are unaffected', async () => {
    const store: PreferenceStore = open(join(tempFolder(), 'cramp.sqlite'));
    const { router } = testApp({ preferences: store });
    const odd = slash('cramp-cause', { query: 'dvt', audience: 'clinician' });
    const member = odd.member!;
    const malformed = { ...odd, member: { ...member, user: { ...member.user, id: 123 } } } as unknown as APIInteraction;
    const response = await router.answer(malformed);
    assertValidCallback(response);
    expect(logged.filter((line) => line.level === 'error')).toEqual([]);
    expect(await store.remember('1300000000000000033', 'clinician')).toBe(true);
    expect(await store.audienceOf('123')).toBeUndefined();
  });
});
