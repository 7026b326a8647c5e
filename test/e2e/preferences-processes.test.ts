import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-prefs-'));
  folders.push(folder);
  return folder;
}

describe('the SQLite preference store shared by processes', () => {
  it('two processes writing the same file at once: every write lands and the file stays sound', async () => {
    const path = join(tempFolder(), 'shared.sqlite');
    const [a, b] = await Promise.all([
      runScript('test/support/preference-writer.ts', [path, 'a-', '300']),
      runScript('test/support/preference-writer.ts', [path, 'b-', '300']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.stdout, b.stdout]).toEqual(['600', '600']);
    expect(a.stderr + b.stderr).toBe('');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) AS n FROM audience_preferences').get()).toEqual({ n: 610 });
    db.close();
  });
});
