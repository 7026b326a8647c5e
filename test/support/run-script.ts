import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The Node flags `npm start` passes (package.json), so child processes here run exactly as it does. */
export function nodeFlagsOfNpmStart(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

export interface ScriptResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's TypeScript entry points in its own Node process, as `npm run` would,
 * from `cwd` (a folder without .env by default) and with exactly the environment given.
 */
export function runScript(
  script: string,
  args: string[],
  /** `stdoutLines`: read only that many lines of standard output, then close it, as `| head -n` does. */
  options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; stdoutLines?: number } = {},
): Promise<ScriptResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'cramp-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlagsOfNpmStart(), '--import', 'tsx', `${repoRoot}/${script}`, ...args], {
      cwd: options.cwd ?? repoRoot + 'test',
      env: { PATH: process.env.PATH, NO_COLOR: '1', CRAMP_DB_PATH: join(scratch, 'cramp.sqlite'), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (options.stdoutLines !== undefined && stdout.split('\n').length > options.stdoutLines) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr });
    });
    // The child may stop reading (or exit) before taking all of its input; that is not the test's failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
