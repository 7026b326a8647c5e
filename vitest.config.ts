import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** The bot runs in e2e workers with the same Node flags as `npm start` (it silences one discord.js warning). */
const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
const npmStartFlags = manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));

/**
 * Two projects: `unit` runs in this process and stays fast (npm test); `e2e` starts child processes and
 * the loopback Discord (npm run test:e2e). CI runs both.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000, execArgv: npmStartFlags } },
    ],
  },
});
