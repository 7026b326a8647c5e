import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, LOOPBACK_TOKEN } from '../../tools/fake-discord/fake-discord.js';
import { freePort } from '../support/postgres.js';
import { repoRoot } from '../support/run-script.js';
import { keyPair } from '../support/signing.js';

/**
 * A production install, as the Dockerfile makes one: the tracked files and a build, then `npm ci --omit=dev`
 * (no TypeScript, no tsx), and each program run with npm exactly as an operator would.
 */
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cramp-production-'));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of [...tracked, 'dist']) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(folder, file), { recursive: true });
  }
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
}, 600_000);
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** `npm run …` in its own process group, so a signal reaches the program npm started, as systemd or Docker send it. */
function npm(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn('npm', ['run', '--silent', ...args], {
    cwd: folder,
    detached: true,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
  });
}

const terminate = (child: ReturnType<typeof npm>) => {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
};

async function outputOf(child: ReturnType<typeof npm>, until?: string): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  if (until) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${until}" in:\n${output}`)), 30_000);
      child.stdout.on('data', () => {
        if (!output.includes(until)) return;
        clearTimeout(timer);
        resolve();
      });
    });
    terminate(child);
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output };
}

describe('a production install (npm ci --omit=dev on a built tree)', () => {
  it('has no dev dependency: neither TypeScript nor tsx', () => {
    expect(() => execFileSync('node', ['-e', "require.resolve('typescript')"], { cwd: folder, stdio: 'pipe' })).toThrow();
    expect(() => execFileSync('node', ['-e', "require.resolve('tsx')"], { cwd: folder, stdio: 'pipe' })).toThrow();
  });

  it('npm run preview answers from the compiled build', async () => {
    const { code, output } = await outputOf(npm(['preview', '--', '/cramp-cause query:blood clot']));
    expect(code).toBe(0);
    expect(output).toContain('Deep vein thrombosis (DVT)');
  });

  it('npm run deploy -- --dry-run prints every command', async () => {
    const { code, output } = await outputOf(npm(['deploy', '--', '--dry-run']));
    expect(code).toBe(0);
    expect((JSON.parse(output) as { name: string }[]).map((command) => command.name)).toEqual([
      'cramp-causes',
      'cramp-cause',
      'cramp-about',
      'cramp-settings',
    ]);
  });

  it('npm start connects to Discord and stops cleanly on SIGTERM', async () => {
    const fake = await FakeDiscord.start({ token: LOOPBACK_TOKEN });
    try {
      const { output } = await outputOf(
        npm(['start'], { DISCORD_TOKEN: LOOPBACK_TOKEN, DISCORD_API_URL: fake.apiUrl, CRAMP_DB_PATH: join(folder, 'var', 'bot.sqlite') }),
        'connected to Discord',
      );
      // npm itself ends by the signal; the bot says it finished what was in flight, and nothing failed.
      expect(output).toContain('shutting down after answering interactions in flight');
      expect(output).not.toMatch(/"level":"(error|fatal)"/);
      expect(output).not.toContain(LOOPBACK_TOKEN);
    } finally {
      await fake.close();
    }
  });

  it('npm run serve listens, answers its health check, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = npm(['serve'], {
      DISCORD_PUBLIC_KEY: keyPair().hex,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      CRAMP_DB_PATH: join(folder, 'var', 'http.sqlite'),
    });
    const running = outputOf(child);
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${String(port)}/healthz`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(200);
    terminate(child);
    const { output } = await running;
    expect(output).toContain('shutting down after answering requests in flight');
    expect(output).not.toMatch(/"level":"(error|fatal)"/);
  });
});
