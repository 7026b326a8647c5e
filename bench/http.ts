import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIInteraction } from 'discord-api-types/v10';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/log.js';
import { slash, typing } from '../test/support/interactions.js';
import { startTestPostgres } from '../test/support/postgres.js';
import { nodeArgsOfNpmScript, repoRoot } from '../test/support/run-script.js';
import { rssMiB } from './bots.js';
import { encodeRequests, sendAll, type LoadResult, type SignedRequest } from './load.js';
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

/** Distinct signed autocomplete requests, made before the clock starts so signing costs the load nothing. */
function signedRequests(count: number, privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): SignedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify(typing('cramp-cause', { query: prefixes[i % prefixes.length]! }, 'query'));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
  });
}

/** Signed autocomplete requests against `npm run serve` on loopback: throughput, tail latency, memory under traffic. */
export async function benchHttp() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const server = await startServer(nodeArgsOfNpmScript('serve'), {
    DISCORD_PUBLIC_KEY: hex,
    LOG_LEVEL: 'info',
    CRAMP_DB_PATH: join(mkdtempSync(join(tmpdir(), 'cramp-bench-')), 'db.sqlite'),
  });
  const { port } = server;
  try {
    const { pid } = server;
    const requests = encodeRequests(signedRequests(WARM_UP + PHASES * PHASE, privateKey));
    const rss = [rssMiB(pid)];
    await sendAll(port, requests.slice(0, WARM_UP), CLIENTS);
    const phases = [];
    for (let phase = 0; phase < PHASES; phase += 1) {
      await sleep(300);
      rss.push(rssMiB(pid));
      const start = WARM_UP + phase * PHASE;
      phases.push(await sendAll(port, requests.slice(start, start + PHASE), CLIENTS));
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
    await server.stop();
  }
}

/** Signed `/cramp-cause` requests from many members: every one reads the store for the member's view. */
function signedCommands(count: number, privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): SignedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const queries = ['blood clot', 'dvt', 'charley horse', 'water pills', 'statins', 'calf pain when I walk'];
  return Array.from({ length: count }, (_, i) => {
    const userId = (1300000000000100000n + BigInt(i % 5000)).toString();
    const body = JSON.stringify(slash('cramp-cause', { query: queries[i % queries.length]! }, { userId }));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
  });
}

/**
 * Starts a server script on a free port and resolves once it says it listens. Its output goes to a file, as it
 * would to a log collector: the load generator must not spend its own CPU reading the server's access log.
 */
async function startServer(args: string[], env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const logPath = join(mkdtempSync(join(tmpdir(), 'cramp-bench-log-')), 'stdout.log');
  const log = openSync(logPath, 'w');
  const child = spawn(process.execPath, args, {
    cwd: `${repoRoot}bench`,
    env: { PATH: process.env.PATH, HTTP_PORT: String(port), ...env },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${String(code)}`))),
  );
  exited.catch(() => undefined);
  const listening = async () => {
    while (!readFileSync(logPath, 'utf8').includes('listening for Discord interactions')) await sleep(20);
  };
  await Promise.race([listening(), exited]);
  return {
    port,
    pid: child.pid ?? 0,
    async stop() {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

const ROUNDS = 5;
const PER_ROUND = 8_000;

/**
 * The endpoint against the floor in one run, with SQLite and with PostgreSQL: the same signed `/cramp-cause`
 * requests at 50 concurrent clients. A second floor also records each signature in PostgreSQL, to show what
 * the shared replay guard's round trip costs by itself. All four servers run at once and take turns, in a
 * rotating order, for five rounds of 8,000 requests each (warm-up discarded), so a slower or busier moment of
 * the machine falls on all of them alike. `databaseUrl`: a PostgreSQL to use (the bench starts one).
 */
export async function benchHttpAgainstFloor(databaseUrl: string) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const signed = signedCommands(WARM_UP + ROUNDS * PER_ROUND, privateKey);
  const sample = JSON.parse(signed[0]!.body) as APIInteraction;
  const requests = encodeRequests(signed);
  const floorReply = JSON.stringify(await createApp({ logger: createLogger({ level: 'silent' }) }).router.answer(sample));
  // Ours runs as `npm run serve` runs it (with its thread-pool preload).
  const serve = nodeArgsOfNpmScript('serve');
  const definitions: [Name, string[], NodeJS.ProcessEnv][] = [
    ['floor', [`${repoRoot}bench/floor-http.mjs`], { DISCORD_PUBLIC_KEY: hex, FLOOR_REPLY: floorReply }],
    [
      'floorPostgres',
      [`${repoRoot}bench/floor-http-postgres.mjs`],
      { DISCORD_PUBLIC_KEY: hex, FLOOR_REPLY: floorReply, DATABASE_URL: databaseUrl },
    ],
    [
      'sqlite',
      serve,
      { DISCORD_PUBLIC_KEY: hex, LOG_LEVEL: 'info', CRAMP_DB_PATH: join(mkdtempSync(join(tmpdir(), 'cramp-bench-')), 'db.sqlite') },
    ],
    ['postgres', serve, { DISCORD_PUBLIC_KEY: hex, LOG_LEVEL: 'info', DATABASE_URL: databaseUrl }],
  ];
  const servers: { name: Name; port: number; stop(): Promise<void> }[] = [];
  try {
    for (const [name, args, env] of definitions) servers.push({ name, ...(await startServer(args, env)) });
    // Each server sees every request once: a signature sent twice to one server is (rightly) refused.
    for (const server of servers) await sendAll(server.port, requests.slice(0, WARM_UP), CLIENTS);
    const measured = new Map<Name, LoadResult>(servers.map((server) => [server.name, { latencies: [], seconds: 0, failures: 0 }]));
    for (let round = 0; round < ROUNDS; round += 1) {
      const slice = requests.slice(WARM_UP + round * PER_ROUND, WARM_UP + (round + 1) * PER_ROUND);
      for (let turn = 0; turn < servers.length; turn += 1) {
        const server = servers[(round + turn) % servers.length]!;
        const result = await sendAll(server.port, slice, CLIENTS);
        const total = measured.get(server.name)!;
        total.latencies.push(...result.latencies);
        total.seconds += result.seconds;
        total.failures += result.failures;
      }
    }
    const runs = Object.fromEntries(
      [...measured].map(([name, total]) => {
        const latency = summarize(total.latencies);
        const figures = {
          requestsPerSecond: round((ROUNDS * PER_ROUND) / total.seconds, 0),
          p50: round(latency.p50),
          p99: round(latency.p99),
          failures: total.failures,
        };
        return [name, figures];
      }),
    ) as Record<Name, { requestsPerSecond: number; p50: number; p99: number; failures: number }>;
    const ratio = (ours: number, floor: number) => round(ours / floor, 2);
    const { floor, floorPostgres, sqlite, postgres } = runs;
    return {
      clients: CLIENTS,
      requests: ROUNDS * PER_ROUND,
      runs,
      ratios: {
        sqliteThroughput: ratio(sqlite.requestsPerSecond, floor.requestsPerSecond),
        postgresThroughput: ratio(postgres.requestsPerSecond, floor.requestsPerSecond),
        sqliteP99: ratio(sqlite.p99, floor.p99),
        postgresP99: ratio(postgres.p99, floor.p99),
        floorPostgresThroughput: ratio(floorPostgres.requestsPerSecond, floor.requestsPerSecond),
        floorPostgresP99: ratio(floorPostgres.p99, floor.p99),
      },
    };
  } finally {
    for (const server of servers) await server.stop();
  }
}

type Name = 'floor' | 'floorPostgres' | 'sqlite' | 'postgres';

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const postgres = await startTestPostgres();
  try {
    console.log(JSON.stringify(await benchHttpAgainstFloor(await postgres.database()), null, 2));
  } finally {
    await postgres.destroy();
  }
}
