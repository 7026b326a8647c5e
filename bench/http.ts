import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { typing } from '../test/support/interactions.js';
import { repoRoot } from '../test/support/run-script.js';
import { rssMiB } from './bots.js';
import { round, summarize } from './stats.js';

const CLIENTS = 50;
const WARM_UP = 2000;
const PHASE = 10_000;
const PHASES = 8;
const prefixes = ['b', 'bl', 'blo', 'blood', 'thr', 'thromb', 'hypo', 'clau', 'water p', 'dvt', 'char', 'trombosis'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

interface Signed {
  body: string;
  headers: Record<string, string>;
}

/** Distinct signed autocomplete requests, made before the clock starts so signing costs the load nothing. */
function signedRequests(count: number, privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): Signed[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify(typing('cramp-cause', { query: prefixes[i % prefixes.length]! }, 'query'));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
  });
}

/** Sends every request with `CLIENTS` at a time over kept-alive connections; latencies in ms. */
async function load(port: number, requests: Signed[]): Promise<{ latencies: number[]; seconds: number; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests.length) {
      const { body, headers } = requests[next++]!;
      const sent = performance.now();
      const status = await new Promise<number>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/interactions', method: 'POST', agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(0));
        req.end(body);
      });
      latencies.push(performance.now() - sent);
      if (status !== 200) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  agent.destroy();
  return { latencies, seconds: (performance.now() - started) / 1000, failures };
}

/** Signed autocomplete requests against `npm run serve` on loopback: throughput, tail latency, memory under traffic. */
export async function benchHttp() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const port = await freePort();
  const server = spawn(process.execPath, [`${repoRoot}/dist/src/bin/http.js`], {
    cwd: `${repoRoot}bench`,
    env: {
      PATH: process.env.PATH,
      DISCORD_PUBLIC_KEY: hex,
      HTTP_PORT: String(port),
      LOG_LEVEL: 'info',
      CRAMP_DB_PATH: join(mkdtempSync(join(tmpdir(), 'cramp-bench-')), 'db.sqlite'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('listening for Discord interactions')) resolve();
    });
  });
  server.stdout.on('data', () => undefined);
  try {
    const pid = server.pid ?? 0;
    const requests = signedRequests(WARM_UP + PHASES * PHASE, privateKey);
    const rss = [rssMiB(pid)];
    await load(port, requests.slice(0, WARM_UP));
    const phases = [];
    for (let phase = 0; phase < PHASES; phase += 1) {
      await sleep(300);
      rss.push(rssMiB(pid));
      const start = WARM_UP + phase * PHASE;
      phases.push(await load(port, requests.slice(start, start + PHASE)));
    }
    await sleep(300);
    rss.push(rssMiB(pid));
    const latencies = summarize(phases.flatMap((phase) => phase.latencies));
    return {
      clients: CLIENTS,
      requests: PHASES * PHASE,
      failures: phases.reduce((sum, phase) => sum + phase.failures, 0),
      requestsPerSecond: round((PHASES * PHASE) / phases.reduce((sum, phase) => sum + phase.seconds, 0), 0),
      latencyMs: { p50: round(latencies.p50), p99: round(latencies.p99) },
      /** Before any request, after the warm-up, then after each further 10,000 requests. */
      rssMiB: rss.map((value) => round(value, 1)),
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) console.log(JSON.stringify(await benchHttp(), null, 2));
