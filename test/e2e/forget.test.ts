import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { runScript } from '../support/run-script.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function seeded() {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-forget-'));
  folders.push(folder);
  const path = join(folder, 'cramp.sqlite');
  return { path, store: () => openSqliteStore({ path, logger: createLogger({ level: 'silent' }) }) };
}

describe('npm run forget: an operator erases a member or a server without SQL', () => {
  it('--user erases a member’s reading view and country, and nobody else’s', async () => {
    const { path, store } = seeded();
    const before = store();
    await before.remember('1300000000000000071', 'clinician');
    await before.rememberCountry('1300000000000000071', 'NZ');
    await before.remember('1300000000000000072', 'general');
    await before.close();
    const result = await runScript('src/bin/forget.ts', ['--user', '1300000000000000071'], { env: { CRAMP_DB_PATH: path } });
    expect([result.code, result.stdout.trim()]).toEqual([0, 'erased everything stored about member 1300000000000000071']);
    const after = store();
    expect([await after.audienceOf('1300000000000000071'), await after.countryOf('1300000000000000071')]).toEqual([undefined, undefined]);
    expect(await after.audienceOf('1300000000000000072')).toBe('general');
    await after.close();
  });

  it('--server erases a server’s defaults', async () => {
    const { path, store } = seeded();
    const before = store();
    await before.saveServerSettings('1300000000000000002', { visibility: 'private', privateOnly: true });
    await before.close();
    const result = await runScript('src/bin/forget.ts', ['--server', '1300000000000000002'], { env: { CRAMP_DB_PATH: path } });
    expect(result.code).toBe(0);
    const after = store();
    expect(await after.serverSettings('1300000000000000002')).toEqual({});
    await after.close();
  });

  it.each([
    [[], /^forget: give exactly one of --user <id> or --server <id>$/],
    [['--user', '12', '--server', '34'], /^forget: give exactly one of/],
    [['--user', 'alice'], /^forget: "alice" is not a Discord id/],
    [['--everyone'], /^forget: Unknown option '--everyone'.*use --user <id> or --server <id>$/],
  ])('%j: one line, exit 1, nothing erased', async (args, line) => {
    const result = await runScript('src/bin/forget.ts', args);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)]);
  });
});
