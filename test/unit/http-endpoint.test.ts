import type { KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIInteraction } from 'discord-api-types/v10';
import { testApp } from '../support/app.js';
import { createLogger } from '../../src/log.js';
import { createInteractionsEndpoint, type InteractionsEndpoint } from '../../src/transports/http.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { pick, slash, typing } from '../support/interactions.js';
import { keyPair, nowSeconds, signatureHeaders } from '../support/signing.js';

const discord = keyPair();
const impostor = keyPair();
const router = testApp().router;
const logLines: string[] = [];
let endpoint: InteractionsEndpoint;
let base: string;

beforeAll(async () => {
  endpoint = createInteractionsEndpoint({
    publicKey: discord.hex,
    router,
    logger: createLogger({ level: 'info', write: (line) => logLines.push(line) }),
    maxBodyBytes: 16 * 1024,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${String((endpoint.server.address() as AddressInfo).port)}`;
});
afterAll(async () => {
  await endpoint.close();
});

const signed = (body: string, key: KeyObject = discord.privateKey, timestamp = nowSeconds()) => signatureHeaders(body, key, timestamp);

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(`${base}/interactions`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const send = (interaction: APIInteraction | { type: number }) => {
  const body = JSON.stringify(interaction);
  return post(body, signed(body));
};

describe('answering signed interactions', () => {
  it('answers PING with PONG', async () => {
    const ping = { ...slash('cramp-cause'), type: 1 };
    delete (ping as { data?: unknown }).data;
    expect(await send(ping)).toEqual({ status: 200, json: { type: 1 } });
  });

  it.each([
    ['a command', slash('cramp-cause', { query: 'blood clot' })],
    ['the list', slash('cramp-causes', { tier: 'rare' })],
    ['autocomplete', typing('cramp-cause', { query: 'clau' }, 'query')],
    ['a select menu pick', pick('cramp-causes:open:general', ['sarcoidosis'])],
  ])('answers %s with the same body the gateway bot sends', async (_kind, interaction) => {
    const { status, json } = await send(interaction);
    expect(status).toBe(200);
    expect(json).toEqual(await router.answer(interaction));
    assertValidCallback(json);
  });
});

describe('refusing what Discord did not send', () => {
  const body = JSON.stringify(slash('cramp-cause', { query: 'dvt' }));

  it('no signature: 401', async () => {
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { 'x-signature-timestamp': nowSeconds() })).status).toBe(401);
  });

  it('signed by another key: 401', async () => {
    expect((await post(body, signed(body, impostor.privateKey))).status).toBe(401);
  });

  it('a malformed signature: 401', async () => {
    expect((await post(body, { 'x-signature-ed25519': 'zz', 'x-signature-timestamp': nowSeconds() })).status).toBe(401);
  });

  it('a timestamp more than five minutes old, or ahead: 401', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 6 * 60);
    const ahead = String(Math.floor(Date.now() / 1000) + 6 * 60);
    expect(await post(body, signed(body, discord.privateKey, old))).toEqual({ status: 401, json: { error: 'stale or future timestamp' } });
    expect((await post(body, signed(body, discord.privateKey, ahead))).status).toBe(401);
  });

  it('a captured body replayed with a new timestamp: 401', async () => {
    const original = signed(body);
    expect((await post(body, original)).status).toBe(200);
    const later = { ...original, 'x-signature-timestamp': String(Number(original['x-signature-timestamp']) + 1) };
    expect((await post(body, later)).status).toBe(401);
  });

  it('the very same signed request sent twice: the second is refused', async () => {
    const once = JSON.stringify(slash('cramp-cause', { query: 'pad' }));
    const headers = signed(once);
    expect((await post(once, headers)).status).toBe(200);
    expect(await post(once, headers)).toEqual({ status: 401, json: { error: 'replayed request' } });
  });

  it('a tampered body: 401', async () => {
    const headers = signed(body);
    expect((await post(body.replace('dvt', 'pad'), headers)).status).toBe(401);
  });

  it('an oversized body: 413, before reading it all', async () => {
    const huge = JSON.stringify({ ...slash('cramp-cause', { query: 'x' }), padding: 'x'.repeat(100_000) });
    expect(await post(huge, signed(huge))).toEqual({ status: 413, json: { error: 'body too large' } });
  });

  it('an oversized body without a length header: 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${base}/interactions`,
        { method: 'POST', headers: { ...signed('x'), 'transfer-encoding': 'chunked' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('validly signed, but not JSON, or not an interaction: 400', async () => {
    expect(await post('{nope', signed('{nope'))).toEqual({ status: 400, json: { error: 'body is not JSON' } });
    const other = JSON.stringify({ hello: 'world' });
    expect(await post(other, signed(other))).toEqual({ status: 400, json: { error: 'body is not an interaction' } });
  });

  it('never answers bad input with a 500 or a stack trace', async () => {
    for (const junk of ['', 'null', '[]', '"string"', '{"type":2}', '{"__proto__":{"polluted":1}}', '\u0000\u0001']) {
      const { status, json } = await post(junk, signed(junk));
      expect(status).toBe(400);
      expect(Object.keys(json)).toEqual(['error']);
      expect(JSON.stringify(json)).not.toMatch(/\bat \w|\.ts:|node:/);
    }
  });
});

describe('the rest of the server', () => {
  it('has a health check for load balancers, 404 elsewhere and 405 for other methods', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
  });

  it('logs one access line a request, without signatures or interaction tokens', async () => {
    const before = logLines.length;
    const interaction = (query: string) => ({ ...slash('cramp-cause', { query }), token: 'preview-token' });
    for (const query of ['cramp', 'dvt', 'statins']) await send(interaction(query));
    const body = JSON.stringify(interaction('thyroid'));
    await post(body, signed(body, impostor.privateKey));
    const lines = logLines.slice(before).map((line) => JSON.parse(line) as { msg: string; status?: number });
    expect(lines.filter((line) => line.msg === 'http').map((line) => line.status)).toEqual([200, 200, 200, 401]);
    const all = logLines.slice(before).join('\n');
    expect(all).not.toMatch(/[0-9a-f]{128}/);
    expect(all).not.toContain('preview-token');
  });

  it('answers a request sent on an idle keep-alive connection just as it closes, telling the client to close it', async () => {
    const local = createInteractionsEndpoint({
      publicKey: discord.hex,
      router,
      logger: createLogger({ level: 'silent' }),
      // Long enough for a loopback request sent right after close() begins; the test waits it out at the end.
      shutdownDrainMs: 250,
    });
    await new Promise<void>((resolve) => local.server.listen(0, '127.0.0.1', resolve));
    const port = (local.server.address() as AddressInfo).port;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = (query: string) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const body = JSON.stringify(slash('cramp-cause', { query }));
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            agent,
            path: '/interactions',
            method: 'POST',
            headers: { ...signed(body), 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    expect(await ask('dvt')).toEqual({ status: 200, connection: 'keep-alive' });
    const closed = local.close();
    // The same idle connection, after shutdown began: answered, and told to close.
    expect(await ask('thyroid')).toEqual({ status: 200, connection: 'close' });
    await closed;
    agent.destroy();
  });

  it('finishes a request in flight when it is closed, then stops', async () => {
    const local = createInteractionsEndpoint({ publicKey: discord.hex, router, logger: createLogger({ level: 'silent' }) });
    await new Promise<void>((resolve) => local.server.listen(0, '127.0.0.1', resolve));
    const port = (local.server.address() as AddressInfo).port;
    const body = JSON.stringify(slash('cramp-cause', { query: 'thyroid' }));
    // Half the body is sent; once the request has reached the server, the server is closed, then the rest is sent.
    const arrived = new Promise((resolve) => local.server.once('request', resolve));
    let rest = () => {};
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/interactions',
          method: 'POST',
          headers: { ...signed(body), 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      rest = () => req.end(body.slice(10));
    });
    await arrived;
    const closed = local.close();
    rest();
    expect(await answered).toBe(200);
    await closed;
  });
});

describe('a replayed request that carried a reading choice', () => {
  it('is refused, and the member’s later choice stands', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cramp-replay-'));
    const app = testApp({ preferencesPath: join(folder, 'cramp.sqlite') });
    const own = createInteractionsEndpoint({ publicKey: discord.hex, router: app.router, logger: createLogger({ level: 'silent' }) });
    await new Promise<void>((resolve) => own.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${String((own.server.address() as AddressInfo).port)}/interactions`;
    const deliver = async (body: string, headers: Record<string, string>) =>
      (await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })).status;
    try {
      const member = '1300000000000000081';
      const clinician = JSON.stringify(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: member }));
      const captured = signed(clinician);
      expect(await deliver(clinician, captured)).toBe(200);
      const general = JSON.stringify(slash('cramp-cause', { query: 'dvt', audience: 'general' }, { userId: member }));
      expect(await deliver(general, signed(general))).toBe(200);
      expect(await deliver(clinician, captured)).toBe(401);
      expect(await app.preferences.audienceOf(member)).toBe('general');
    } finally {
      await own.close();
      await app.preferences.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
