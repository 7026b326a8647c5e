import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface TestPostgres {
  /** A fresh, empty database on this server, as a DATABASE_URL. */
  database(): Promise<string>;
  /** Stops the server (as an outage would) and starts it again, keeping the data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Pauses every process of the server (SIGSTOP), as a hung database would be: connections stay open, nothing answers. */
  freeze(): void;
  /** Lets a frozen server run again. */
  thaw(): void;
  /** Stops it for good and removes its folder. */
  destroy(): Promise<void>;
}

/**
 * A real PostgreSQL server in a temporary folder on a free loopback port, from the programs in
 * `pg_config --bindir`. PostgreSQL refuses to run as root, so as root (CI) it runs as the `postgres` user.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  const folder = mkdtempSync(join(tmpdir(), 'cramp-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(folder, uid, gid);
  }
  const pgRun = (program: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const port = await freePort();
  const data = join(folder, 'data');
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${String(port)} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = async () => {
    await pgRun('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', '-o', options, 'start']);
  };
  const stop = async () => {
    await pgRun('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
  };
  await start();
  const signalAll = (signal: NodeJS.Signals) => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    for (const pid of [postmaster, ...children]) process.kill(pid, signal);
  };
  let databases = 0;
  return {
    async database() {
      databases += 1;
      const name = `cramp_${String(databases)}`;
      const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${String(port)}/postgres` });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return `postgres://postgres@127.0.0.1:${String(port)}/${name}`;
    },
    stop,
    start,
    freeze: () => signalAll('SIGSTOP'),
    thaw: () => signalAll('SIGCONT'),
    async destroy() {
      await pgRun('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
