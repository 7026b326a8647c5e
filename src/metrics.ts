import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { droppedLogLines } from './log.js';

/** Why an answer did not reach Discord: the bot's main service-level signal. */
export type UndeliveredReason = 'expired' | 'deadline' | 'discord_error' | 'client_gone';

/**
 * What Prometheus scrapes from either program: interactions, their latency, answers that did not reach Discord,
 * store failures, shards and dropped logs; and the standard process and Node.js metrics under their usual names.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly interactions: Counter<'command' | 'kind' | 'outcome'>;
  readonly latency: Histogram<'kind'>;
  readonly undelivered: Counter<'reason'>;
  readonly storeFailures: Counter;
  readonly shardsReady: Gauge;
}

/** A registry of its own per app, so two apps in one process (tests) never share counters. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  // Unprefixed, so off-the-shelf Node.js dashboards (process_cpu_seconds_total, nodejs_heap_size_used_bytes…) match.
  collectDefaultMetrics({ register: registry });
  // Brought up to date when scraped; registered, so nothing here needs to keep it.
  let droppedSeen = 0;
  new Counter({
    name: 'cramp_log_lines_dropped_total',
    help: 'Log lines dropped because standard output was not being read',
    registers: [registry],
    collect() {
      const dropped = droppedLogLines();
      if (dropped > droppedSeen) this.inc(dropped - droppedSeen);
      droppedSeen = dropped;
    },
  });
  return {
    registry,
    interactions: new Counter({
      name: 'cramp_interactions_total',
      help: 'Interactions answered, by command (or button action), kind and outcome (answered, apology, ignored)',
      labelNames: ['command', 'kind', 'outcome'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'cramp_interaction_seconds',
      help: 'Time to compute an answer, store calls included',
      labelNames: ['kind'],
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 3],
      registers: [registry],
    }),
    undelivered: new Counter({
      name: 'cramp_answers_undelivered_total',
      help: 'Answers that did not reach Discord, by reason: expired (Discord no longer knew the interaction), deadline (past its 3 seconds), discord_error (Discord refused or failed), client_gone (the HTTP request was closed first)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    storeFailures: new Counter({
      name: 'cramp_store_failures_total',
      help: 'Store calls answered with defaults because the database failed',
      registers: [registry],
    }),
    shardsReady: new Gauge({ name: 'cramp_shards_ready', help: 'Gateway shards connected and ready', registers: [registry] }),
  };
}
