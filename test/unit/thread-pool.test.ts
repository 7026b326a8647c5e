import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nodeArgsOfNpmScript, repoRoot } from '../support/run-script.js';

/** UV_THREADPOOL_SIZE as a process started with the preload sees it. */
async function poolSizeWith(env: NodeJS.ProcessEnv): Promise<string> {
  const preload = `${repoRoot}src/bin/thread-pool.cts`;
  const args = ['--require', 'tsx/cjs', '--require', preload, '-p', 'process.env.UV_THREADPOOL_SIZE'];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: repoRoot, env: { PATH: process.env.PATH, ...env } });
  return stdout.trim();
}

describe("the HTTP endpoint's thread pool, where signatures are checked", () => {
  it('npm run serve loads the preload before anything else', () => {
    expect(nodeArgsOfNpmScript('serve').slice(0, 2)).toEqual(['--require', `${repoRoot}dist/src/bin/thread-pool.cjs`]);
  });

  it('gets one thread per core the process may use', async () => {
    expect(await poolSizeWith({})).toBe(String(availableParallelism()));
  });

  it("keeps an operator's own setting", async () => {
    expect(await poolSizeWith({ UV_THREADPOOL_SIZE: '3' })).toBe('3');
  });
});
