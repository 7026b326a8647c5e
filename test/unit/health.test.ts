import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/metrics.js';
import { createHealthServer } from '../../src/transports/health.js';

describe('the gateway bot’s health port', () => {
  it('tells alive from ready: /livez stays 200 while /readyz (and /healthz) say the shards are not connected', async () => {
    let ready = false;
    const server = createHealthServer(createMetrics(), () => ready);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const status = async (path: string) => (await fetch(`${base}${path}`)).status;
    try {
      expect([await status('/livez'), await status('/readyz'), await status('/healthz')]).toEqual([200, 503, 503]);
      ready = true;
      expect([await status('/livez'), await status('/readyz'), await status('/healthz')]).toEqual([200, 200, 200]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('metrics in the conventions of Prometheus and Node.js', () => {
  it('keeps the standard process and Node.js names, and counts as counters', async () => {
    const scraped = await createMetrics().registry.metrics();
    expect(scraped).toMatch(/^# TYPE process_cpu_seconds_total counter$/m);
    expect(scraped).toMatch(/^# TYPE nodejs_heap_size_used_bytes gauge$/m);
    expect(scraped).not.toContain('cramp_process_');
    for (const name of ['cramp_log_lines_dropped_total', 'cramp_answers_undelivered_total', 'cramp_interactions_total'])
      expect(scraped).toMatch(new RegExp(`^# TYPE ${name} counter$`, 'm'));
  });
});
