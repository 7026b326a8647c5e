/**
 * npm run bench: our bot against the smallest possible discord.js bot (the floor), side by side on the
 * loopback Discord, each figure measured in the same run as its comparison. Prints a table and writes
 * bench/results.json. Timing lives here, never in npm test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { InteractionResponseType, type APIInteraction } from 'discord-api-types/v10';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/log.js';
import { guildId } from '../tools/fake-discord/guilds.js';
import { slash, typing } from '../test/support/interactions.js';
import { repoRoot } from '../test/support/run-script.js';
import { rssMiB, shardOfGuilds, startBot, type RunningBot } from './bots.js';
import { startTestPostgres } from '../test/support/postgres.js';
import { benchHttp, benchHttpAgainstFloor } from './http.js';
import { benchReplayGuard } from './replay-guard.js';
import { benchSearch } from './search.js';
import { round, summarize } from './stats.js';

const GUILDS = 2500;
const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 600);
const WARM_UP = 100;
const BURST = 1000;
const BURST_ROUNDS = 3;

const lookups = ['blood clot', 'charley horse', 'dvt', 'water pills', 'calf pain when I walk', 'hypothyriodism'];
const prefixes = ['b', 'bl', 'blo', 'thr', 'thromb', 'hypo', 'clau', 'water p'];
/** Interactions arrive from the servers the bot is in, as they would in Discord. */
const inGuild = (interaction: APIInteraction, i: number): APIInteraction => ({ ...interaction, guild_id: guildId(i % GUILDS) });

/** Sends one interaction and resolves with the milliseconds until its callback reached Discord. */
function roundTrip(bot: RunningBot, interaction: APIInteraction): Promise<number> {
  const prefix = `/interactions/${interaction.id}/`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${bot.name}: no answer to ${interaction.id}`)), 5000);
    const started = performance.now();
    bot.fake.onArrival = (method, path) => {
      if (method !== 'POST' || !path.startsWith(prefix)) return;
      clearTimeout(timer);
      bot.fake.onArrival = undefined;
      resolve(performance.now() - started);
    };
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
  });
}

/** Round trips alternating between the bots, so both see the same machine state; warm-up discarded. */
async function alternatingRoundTrips(bots: RunningBot[], make: (i: number) => APIInteraction) {
  const samples = new Map(bots.map((bot) => [bot.name, [] as number[]]));
  for (let i = 0; i < ROUND_TRIPS + WARM_UP; i += 1) {
    for (const bot of i % 2 === 0 ? bots : [...bots].reverse()) {
      const ms = await roundTrip(bot, make(i));
      if (i >= WARM_UP) samples.get(bot.name)?.push(ms);
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, summarize(values)]));
}

/** Dispatches `count` interactions at once; resolves with the time until every one was answered. */
function burst(bot: RunningBot, count: number): Promise<{ ms: number; answered: number; duplicates: number }> {
  const seen = new Set<string>();
  let duplicates = 0;
  return new Promise((resolve) => {
    const started = performance.now();
    const finish = () => {
      bot.fake.onArrival = undefined;
      resolve({ ms: performance.now() - started, answered: seen.size, duplicates });
    };
    const timer = setTimeout(finish, 30_000);
    bot.fake.onArrival = (method, path) => {
      const id = /^\/interactions\/(\d+)\//.exec(path)?.[1];
      if (method !== 'POST' || !id) return;
      if (seen.has(id)) duplicates += 1;
      seen.add(id);
      if (seen.size === count) {
        clearTimeout(timer);
        finish();
      }
    };
    for (let i = 0; i < count; i += 1) {
      const interaction =
        i % 2 === 0
          ? slash('cramp-cause', { query: lookups[i % lookups.length]! })
          : typing('cramp-cause', { query: prefixes[i % prefixes.length]! }, 'query');
      bot.fake.dispatch('INTERACTION_CREATE', inGuild(interaction, i));
    }
  });
}

async function settledRss(bot: RunningBot): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    await sleep(700);
    samples.push(rssMiB(bot.process.pid ?? 0));
  }
  return summarize(samples).p50;
}

const ratio = (ours: number, floor: number) => round(ours / floor, 3);

/** A card and a list of choices exactly like the ones our bot sends, for the floor to send unchanged. */
async function floorReply() {
  const { router } = createApp({ logger: createLogger({ level: 'silent' }) });
  const card = await router.answer(slash('cramp-cause', { query: 'blood clot' }));
  const suggestions = await router.answer(typing('cramp-cause', { query: '' }, 'query'));
  const message = card?.type === InteractionResponseType.ChannelMessageWithSource ? card.data : undefined;
  const choices = suggestions?.type === InteractionResponseType.ApplicationCommandAutocompleteResult ? suggestions.data.choices : undefined;
  return { embed: message?.embeds?.[0], components: message?.components, choices };
}

async function main() {
  const machine = { node: process.version, cores: availableParallelism(), platform: `${process.platform} ${process.arch}` };
  console.log(`cramp-bot benchmark · Node ${machine.node} · ${String(machine.cores)} cores · ${machine.platform}`);
  const guilds = shardOfGuilds(GUILDS);

  const ours = await startBot('ours', 'dist/src/bin/gateway.js', guilds);
  const floor = await startBot('floor', 'bench/floor-bot.mjs', guilds, { FLOOR_REPLY: JSON.stringify(await floorReply()) });
  const bots = [ours, floor];
  try {
    const memoryReady = { ours: await settledRss(ours), floor: await settledRss(floor) };
    const command = await alternatingRoundTrips(bots, (i) => inGuild(slash('cramp-cause', { query: lookups[i % lookups.length]! }), i));
    const autocomplete = await alternatingRoundTrips(bots, (i) =>
      inGuild(typing('cramp-cause', { query: prefixes[i % prefixes.length]! }, 'query'), i),
    );
    const bursts: Record<string, { ms: number; answered: number; duplicates: number }[]> = { ours: [], floor: [] };
    for (let r = 0; r < BURST_ROUNDS; r += 1) {
      for (const bot of r % 2 === 0 ? bots : [...bots].reverse()) {
        bursts[bot.name]?.push(await burst(bot, BURST));
        await sleep(300);
      }
    }
    const memoryAfterBurst = { ours: await settledRss(ours), floor: await settledRss(floor) };
    const search = benchSearch();
    const replayGuard = await benchReplayGuard();
    const http = await benchHttp();
    const postgres = await startTestPostgres();
    const againstFloor = await benchHttpAgainstFloor(await postgres.database()).finally(() => postgres.destroy());

    const burstSummary = (name: string) => {
      const runs = bursts[name] ?? [];
      return {
        medianMs: round(summarize(runs.map((b) => b.ms)).p50, 1),
        answered: Math.min(...runs.map((b) => b.answered)),
        sent: BURST,
        duplicates: runs.reduce((sum, b) => sum + b.duplicates, 0),
      };
    };
    const results = {
      date: new Date().toISOString(),
      machine,
      guilds: GUILDS,
      roundTripMs: {
        command: { ours: command.ours, floor: command.floor, ratioP50: ratio(command.ours!.p50, command.floor!.p50) },
        autocomplete: {
          ours: autocomplete.ours,
          floor: autocomplete.floor,
          ratioP50: ratio(autocomplete.ours!.p50, autocomplete.floor!.p50),
        },
      },
      burst: { ours: burstSummary('ours'), floor: burstSummary('floor') },
      rssMiB: {
        afterReady: {
          ours: round(memoryReady.ours, 1),
          floor: round(memoryReady.floor, 1),
          ratio: ratio(memoryReady.ours, memoryReady.floor),
        },
        afterBurst: {
          ours: round(memoryAfterBurst.ours, 1),
          floor: round(memoryAfterBurst.floor, 1),
          ratio: ratio(memoryAfterBurst.ours, memoryAfterBurst.floor),
        },
      },
      startupToReadyMs: { ours: round(ours.startupMs, 0), floor: round(floor.startupMs, 0) },
      searchMicroseconds: search,
      replayGuardMicroseconds: replayGuard,
      httpEndpoint: http,
      httpAgainstFloor: againstFloor,
    };

    const f = (n: number | undefined, d = 2) => (n === undefined ? '-' : n.toFixed(d));
    const rows: [string, string, string, string][] = [
      [
        'interaction round trip, /cramp-cause p50 / p99 (ms)',
        `${f(command.ours?.p50)} / ${f(command.ours?.p99)}`,
        `${f(command.floor?.p50)} / ${f(command.floor?.p99)}`,
        `${f(results.roundTripMs.command.ratioP50)}×`,
      ],
      [
        'interaction round trip, autocomplete p50 / p99 (ms)',
        `${f(autocomplete.ours?.p50)} / ${f(autocomplete.ours?.p99)}`,
        `${f(autocomplete.floor?.p50)} / ${f(autocomplete.floor?.p99)}`,
        `${f(results.roundTripMs.autocomplete.ratioP50)}×`,
      ],
      [
        `burst of ${String(BURST)}: median time to answer all (ms)`,
        f(results.burst.ours.medianMs, 0),
        f(results.burst.floor.medianMs, 0),
        `${f(results.burst.ours.medianMs / results.burst.floor.medianMs)}×`,
      ],
      [
        'burst: fewest answered / duplicates',
        `${String(results.burst.ours.answered)} / ${String(results.burst.ours.duplicates)}`,
        `${String(results.burst.floor.answered)} / ${String(results.burst.floor.duplicates)}`,
        '',
      ],
      [
        `RSS after READY, ${String(GUILDS)} guilds (MiB)`,
        f(memoryReady.ours, 1),
        f(memoryReady.floor, 1),
        `${f(results.rssMiB.afterReady.ratio)}×`,
      ],
      ['RSS after the bursts (MiB)', f(memoryAfterBurst.ours, 1), f(memoryAfterBurst.floor, 1), `${f(results.rssMiB.afterBurst.ratio)}×`],
      ['start-up: process start to READY (ms)', f(ours.startupMs, 0), f(floor.startupMs, 0), `${f(ours.startupMs / floor.startupMs)}×`],
    ];
    console.log(`\n${'figure'.padEnd(54)}${'ours'.padEnd(18)}${'floor'.padEnd(18)}ours/floor`);
    for (const [label, a, b, c] of rows) console.log(`${label.padEnd(54)}${a.padEnd(18)}${b.padEnd(18)}${c}`);
    console.log(
      '\nsearch alone (µs)            causes   autocomplete p50 / p99   lookup p50 / p99   1,000 chars p50 / p99   index build (ms)',
    );
    for (const s of search) {
      console.log(
        `${s.catalogue.padEnd(29)}${String(s.causes).padEnd(9)}${`${f(s.autocomplete.p50, 1)} / ${f(s.autocomplete.p99, 1)}`.padEnd(25)}` +
          `${`${f(s.lookup.p50, 1)} / ${f(s.lookup.p99, 1)}`.padEnd(19)}${`${f(s.longLookup.p50, 1)} / ${f(s.longLookup.p99, 1)}`.padEnd(24)}${f(s.indexBuildMs, 1)}`,
      );
    }
    console.log(
      `\nreplay guard, per request: ${f(replayGuard.fillingMicroseconds)} µs while filling, ${f(replayGuard.fullMicroseconds)} µs once full (50,000)`,
    );
    console.log(
      `\nHTTP endpoint, signed autocomplete, ${String(http.clients)} concurrent clients: ${String(http.requestsPerSecond)} requests/s, ` +
        `p50 ${f(http.latencyMs.p50)} ms, p99 ${f(http.latencyMs.p99)} ms, ${String(http.failures)} failed of ${String(http.requests)}`,
    );
    console.log(`  RSS (MiB) before, after warm-up, then after each 10,000 requests: ${http.rssMiB.join(', ')}`);
    console.log(
      `\nHTTP endpoint against the floor (node:http, verify and reply), signed /cramp-cause, ${String(againstFloor.clients)} clients:`,
    );
    for (const [name, run] of Object.entries(againstFloor.runs)) {
      console.log(
        `  ${name.padEnd(14)} ${String(run.requestsPerSecond).padStart(6)} requests/s   p50 ${f(run.p50)} ms   p99 ${f(run.p99)} ms   ${String(run.failures)} failed`,
      );
    }
    console.log(`  ratios to the floor: ${JSON.stringify(againstFloor.ratios)}`);
    console.log('  (floorPostgres: the floor that also records each signature in PostgreSQL, batched as ours does)');
    mkdirSync(`${repoRoot}bench`, { recursive: true });
    writeFileSync(`${repoRoot}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten to bench/results.json');
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
  }
}

await main();
