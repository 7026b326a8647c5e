import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttp } from '../../src/app.js';
import { parseEnv, ServeEnvSchema } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { startBotOnFakeDiscord } from '../support/harness.js';
import { slash } from '../support/interactions.js';
import { freePort } from '../support/postgres.js';
import { keyPair, signatureHeaders } from '../support/signing.js';

describe('Prometheus metrics', () => {
  it('the HTTP endpoint serves /metrics: interactions by command, kind and outcome, and their latency', async () => {
    const discord = keyPair();
    const folder = mkdtempSync(join(tmpdir(), 'cramp-metrics-'));
    const env = parseEnv(ServeEnvSchema, { DISCORD_PUBLIC_KEY: discord.hex, CRAMP_DB_PATH: join(folder, 'cramp.sqlite') });
    const http = createHttp({ env, logger: createLogger({ level: 'silent' }) });
    await new Promise<void>((resolve) => http.endpoint.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${String((http.endpoint.server.address() as AddressInfo).port)}`;
    try {
      const body = JSON.stringify(slash('cramp-cause', { query: 'dvt' }));
      expect(
        (await fetch(`${base}/interactions`, { method: 'POST', body, headers: signatureHeaders(body, discord.privateKey) })).status,
      ).toBe(200);
      const scraped = await (await fetch(`${base}/metrics`)).text();
      expect(scraped).toContain('cramp_interactions_total{command="cramp-cause",kind="command",outcome="answered"} 1');
      expect(scraped).toMatch(/^cramp_interaction_seconds_count\{kind="command"\} 1$/m);
      expect(scraped).toContain('cramp_store_failures_total 0');
    } finally {
      await http.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the HTTP endpoint, with METRICS_PORT, keeps /metrics off the public port and serves it with /livez and /readyz', async () => {
    const discord = keyPair();
    const METRICS_PORT = await freePort();
    const env = parseEnv(ServeEnvSchema, { DISCORD_PUBLIC_KEY: discord.hex, METRICS_PORT: String(METRICS_PORT) });
    const http = createHttp({ env, logger: createLogger({ level: 'silent' }) });
    await new Promise<void>((resolve) => http.endpoint.server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => http.health?.listen(METRICS_PORT, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${String((http.endpoint.server.address() as AddressInfo).port)}`;
    const metricsBase = `http://127.0.0.1:${String(METRICS_PORT)}`;
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      expect((await fetch(`${metricsBase}/livez`)).status).toBe(200);
      expect((await fetch(`${metricsBase}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${metricsBase}/metrics`)).text()).toContain('cramp_answers_undelivered_total');
    } finally {
      await http.stop();
    }
  });

  it('the gateway bot, with METRICS_PORT, serves /healthz and /metrics with its ready shards', async () => {
    const METRICS_PORT = await freePort();
    const harness = await startBotOnFakeDiscord({ env: { METRICS_PORT } });
    try {
      await harness.fake.interact(slash('cramp-causes'));
      const base = `http://127.0.0.1:${String(METRICS_PORT)}`;
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${base}/livez`)).json()).toEqual({ status: 'alive' });
      const scraped = await (await fetch(`${base}/metrics`)).text();
      expect(scraped).toMatch(/^cramp_shards_ready 1$/m);
      expect(scraped).toContain('cramp_interactions_total{command="cramp-causes",kind="command",outcome="answered"} 1');
    } finally {
      await harness.stop();
    }
  });
});
