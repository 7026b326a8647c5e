import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { droppedLogLines } from './log.js';

/** What Prometheus scrapes from either program: interactions, their latency, store failures, shards and dropped logs. */
export interface Metrics {
  readonly registry: Registry;
  readonly interactions: Counter<'command' | 'kind' | 'outcome'>;
  readonly latency: Histogram<'kind'>;
  readonly storeFailures: Counter;
  readonly shardsReady: Gauge;
}

/** A registry of its own per app, so two apps in one process (tests) never share counters. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cramp_' });
  // Read when scraped; registered, so nothing here needs to keep it.
  new Gauge({
    name: 'cramp_log_lines_dropped_total',
    help: 'Log lines dropped because standard output was not being read',
    registers: [registry],
    collect() {
      this.set(droppedLogLines());
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
    storeFailures: new Counter({
      name: 'cramp_store_failures_total',
      help: 'Store calls answered with defaults because the database failed',
      registers: [registry],
    }),
    shardsReady: new Gauge({ name: 'cramp_shards_ready', help: 'Gateway shards connected and ready', registers: [registry] }),
  };
}
