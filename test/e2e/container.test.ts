import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/postgres.js';
import { nodeArgsOfNpmScript, repoRoot } from '../support/run-script.js';
import { keyPair, signatureHeaders } from '../support/signing.js';

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
/** The JSON array of a Dockerfile instruction in exec form ("CMD", "ENTRYPOINT"). */
const execForm = (instruction: string) => {
  const line = read('Dockerfile')
    .split('\n')
    .find((candidate) => candidate.startsWith(`${instruction} `));
  return JSON.parse(line?.slice(instruction.length + 1) ?? 'null') as string[] | null;
};
/** The systemd unit's command, as words. */
const execStart = () =>
  (
    read('tools/hosting/cramp-bot.service')
      .split('\n')
      .find((line) => line.startsWith('ExecStart='))
      ?.slice('ExecStart='.length) ?? ''
  ).split(/\s+/);
/** An npm script's arguments after `node`, as written in package.json. */
const scriptArgs = (name: 'start' | 'serve') => nodeArgsOfNpmScript(name).map((word) => word.replace(repoRoot, ''));

describe('the container image and the systemd unit', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(repoRoot, 'tools/build-if-needed.mjs')], { cwd: repoRoot, stdio: 'ignore' });
  }, 120_000);

  it('run node itself, in exec form, with the flags of npm run serve and npm start, under an init', () => {
    expect(execForm('ENTRYPOINT')).toEqual(['/usr/bin/tini', '--']);
    const [program, ...args] = execForm('CMD') ?? [];
    expect(program).toBe('node');
    expect(args.map((word) => word.replace(/^\.\//, ''))).toEqual(scriptArgs('serve').map((word) => word.replace(/^\.\//, '')));
    const [unitProgram, ...unitArgs] = execStart();
    expect(unitProgram).toBe('/usr/bin/node');
    expect(unitArgs).toEqual(scriptArgs('start'));
  });

  it('keep the host’s modules, secrets and members’ data out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', 'dist', '.env', 'var', '*.sqlite']) expect(ignored).toContain(entry);
  });

  it('the image’s command, sent SIGTERM to its own process only: the answer in flight is finished, then exit 0', async () => {
    const [, ...args] = execForm('CMD') ?? [];
    const discord = keyPair();
    const port = await freePort();
    const scratch = mkdtempSync(join(tmpdir(), 'cramp-image-'));
    // Not a process group of its own, and no npm: the signal goes to this one process, as tini sends it.
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, DISCORD_PUBLIC_KEY: discord.hex, HTTP_PORT: String(port), CRAMP_DB_PATH: join(scratch, 'db.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = once(child, 'exit') as Promise<[number | null]>;
    try {
      await expect.poll(() => output, { timeout: 10_000 }).toContain('listening for Discord interactions');
      const body = JSON.stringify({
        id: '1300000000000000001',
        application_id: '1',
        type: 1,
        token: 'in-flight',
        version: 1,
      });
      const headers = Object.entries({ ...signatureHeaders(body, discord.privateKey), 'content-length': String(Buffer.byteLength(body)) })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
      // "Expect: 100-continue" makes the server say when it has the request, so SIGTERM lands with it in flight.
      socket.write(`POST /interactions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n${headers}\r\n`);
      await expect.poll(() => received).toContain('100 Continue');
      child.kill('SIGTERM');
      await expect.poll(() => output).toContain('shutting down after answering requests in flight');
      socket.write(body);
      await expect.poll(() => received).toMatch(/HTTP\/1\.1 200[\s\S]*\{"type":1\}/);
      const deadline = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('still running 15 s after SIGTERM')), 15_000).unref(),
      );
      socket.end();
      const [code] = await Promise.race([exited, deadline]);
      expect(code).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!analyze)('the systemd unit scores "OK" in systemd-analyze security', () => {
    const report = spawnSync('systemd-analyze', ['security', '--offline=true', join(repoRoot, 'tools/hosting/cramp-bot.service')], {
      encoding: 'utf8',
    });
    const overall = /Overall exposure level for cramp-bot\.service: ([\d.]+) (\w+)/.exec(report.stdout);
    expect(overall?.[2]).toMatch(/^(OK|SAFE)$/);
    expect(report.stdout).toMatch(/✓ UMask=/);
  });
});
