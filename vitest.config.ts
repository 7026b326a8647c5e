import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` runs in worker threads and stays fast (npm test); `eval` scores the tuning sets (npm run
 * test:eval); `e2e` starts child processes, the loopback Discord and PostgreSQL (npm run test:e2e); `install` checks a
 * production install. CI runs all four.
 */
export default defineConfig({
  test: {
    // Transformed modules kept on disk (in node_modules, so a new install starts afresh): a second run skips most of
    // the TypeScript transform, about 1 s of `npm test` on two cores.
    experimental: { fsModuleCache: true },
    projects: [
      // Unit tests share one module graph per worker thread (no test depends on module state): importing zod and
      // the catalogues once per worker instead of once per file halves `npm test`. One worker per core, not
      // Vitest's default of one fewer: on two cores that is 8.5 to 9.5 s against 9.5 to 11.5 s. Each project has
      // its own group order, as projects with different worker counts may not share one; a shuffled run
      // (--sequence.shuffle) drops them, so CI runs this project on its own.
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      // The tuning sets scored against their goals (npm run test:eval): pure like the unit tests, but seconds of work,
      // so npm test stays under 10 s. CI runs it on the main line.
      {
        test: {
          name: 'eval',
          include: ['test/eval/**/*.test.ts'],
          // Scoring the English set takes 2 to 3 s alone and more on a busy machine: past Vitest's 5 s default.
          testTimeout: 60_000,
          pool: 'threads',
          isolate: false,
          maxWorkers: '100%',
          sequence: { groupOrder: 3 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          sequence: { groupOrder: 1 },
        },
      },
      // Slow (it installs the production dependencies from scratch): CI runs it; locally, npm run test:install.
      {
        test: {
          name: 'install',
          include: ['test/install/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
