import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What follows `node` in an npm script of package.json, its project paths made absolute, so a child process
 * here (a test, a benchmark) runs a built program exactly as `npm run` would from any folder.
 */
export function nodeArgsOfNpmScript(name: 'start' | 'serve'): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<typeof name, string> };
  const [node, ...args] = manifest.scripts[name].split(/\s+/);
  if (node !== 'node') throw new Error(`npm run ${name} no longer starts with node: update ${import.meta.url}`);
  return args.map((word) => (/^(\.\/)?dist\//.test(word) ? join(repoRoot, word) : word));
}

/** The Node flags `npm start` passes, for running the TypeScript entry point as it would run the built one. */
export const nodeFlagsOfNpmStart = (): string[] => nodeArgsOfNpmScript('start').filter((word) => word.startsWith('--'));

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
