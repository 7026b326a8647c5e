/**
 * Preloaded by `npm run serve` (`node --require`), before any module: libuv reads UV_THREADPOOL_SIZE once, when
 * its thread pool first starts, and Node starts it while loading ES modules, so setting it any later does
 * nothing. The endpoint checks every signature on that pool; its default of four threads on a one- or two-core
 * machine leaves checks time-slicing against each other and against the event loop (measured on two cores:
 * higher p99 and lower throughput than with two threads). An operator's own setting is kept.
 */
import os = require('node:os');

process.env.UV_THREADPOOL_SIZE ??= String(os.availableParallelism());
