import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageFlags, type APIInteraction, type APIInteractionResponse } from 'discord-api-types/v10';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { testApp } from '../support/app.js';
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { PreferenceStore } from '../../src/store/store.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { pick, slash } from '../support/interactions.js';

const catalogue = loadCatalogue();
const folders: string[] = [];
const stores: PreferenceStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-prefs-'));
  folders.push(folder);
  return folder;
}

function open(path: string, extra: { retryAfterMs?: number; maxPages?: number; now?: () => number } = {}) {
  const lines: { level: string; msg: string; reason?: string }[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
  const store = openSqliteStore({ path, logger, ...extra });
  stores.push(store);
  return { store, lines };
}

const ALICE = '1300000000000000011';
const BOB = '1300000000000000012';

describe('the SQLite preference store', () => {
  it('creates its database file readable by its own user only: members’ ids are personal data', async () => {
    const path = join(tempFolder(), 'new', 'cramp.sqlite');
    const { store } = open(path);
    expect(await store.remember(ALICE, 'clinician')).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
  });

  it('creates its folder and file on first use, and keeps choices across a reopen', async () => {
    const path = join(tempFolder(), 'nested', 'var', 'cramp.sqlite');
    const first = open(path).store;
    expect(await first.audienceOf(ALICE)).toBeUndefined();
    expect(await first.remember(ALICE, 'general')).toBe(true);
    await first.close();
    expect(await open(path).store.audienceOf(ALICE)).toBe('general');
  });

  it('stores only the user id, each choice and when it was made, in WAL mode, at schema version 4', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    const { store } = open(path, { now: () => Date.parse('2026-11-27T12:00:00Z') });
    await store.remember(ALICE, 'general');
    await store.rememberCountry(ALICE, 'NZ');
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT * FROM audience_preferences').all()).toEqual([
      { user_id: ALICE, audience: 'general', chosen_at: '2026-11-27T12:00:00.000Z' },
    ]);
    expect(db.prepare('SELECT * FROM member_countries').all()).toEqual([
      { user_id: ALICE, country: 'NZ', chosen_at: '2026-11-27T12:00:00.000Z' },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('erases a member completely', async () => {
    const { store } = open(join(tempFolder(), 'cramp.sqlite'));
    await store.remember(ALICE, 'general');
    await store.remember(BOB, 'clinician');
    await store.rememberCountry(ALICE, 'IE');
    await store.rememberCountry(BOB, 'CA');
    expect(await store.forget(ALICE)).toBe(true);
    expect(await store.audienceOf(ALICE)).toBeUndefined();
    expect(await store.countryOf(ALICE)).toBeUndefined();
    expect(await store.audienceOf(BOB)).toBe('clinician');
    expect(await store.countryOf(BOB)).toBe('CA');
  });
});

describe('when the database cannot be used, the bot answers with the default and recovers', () => {
  it('another process migrating or writing the file briefly: the call waits on timers and the choice lands', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    // A second connection (as another process would) creates the file and holds its write lock for 15 ms,
    // so this store cannot even switch the new file to WAL at first.
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => {
      other.exec('ROLLBACK');
      other.close();
    }, 15);
    const { store, lines } = open(path);
    expect(await store.remember(ALICE, 'clinician')).toBe(true);
    expect(await store.audienceOf(ALICE)).toBe('clinician');
    expect(lines).toEqual([]);
  });

  it('a lock held past the budget: that call is not saved, nothing is marked broken, the next call works', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    const { store, lines } = open(path);
    expect(await store.remember(ALICE, 'general')).toBe(true);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    expect(await store.remember(BOB, 'clinician')).toBe(false);
    // Readers are not held up by the writer (WAL).
    expect(await store.audienceOf(ALICE)).toBe('general');
    other.exec('ROLLBACK');
    other.close();
    expect(await store.remember(BOB, 'clinician')).toBe(true);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['warn', 'preferences file busy (another process is writing): this change was not saved'],
    ]);
  });

  it('300 members choosing at once while another process holds the lock: every answer comes well within the deadline', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    const { store } = open(path);
    expect(await store.remember(ALICE, 'general')).toBe(true);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      const took = await Promise.all(
        Array.from({ length: 300 }, (_, i) => store.remember(`user-${String(i)}`, 'clinician').then(() => performance.now() - started)),
      );
      // Discord's deadline is 3 seconds; each call's own budget is 200 ms, so none may wait on the others.
      expect(Math.max(...took)).toBeLessThan(1_000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.remember(BOB, 'clinician')).toBe(true);
  });

  it('a folder that cannot be created: one error line however many calls, then recovery', async () => {
    const folder = tempFolder();
    const blocker = join(folder, 'var');
    writeFileSync(blocker, 'a file where the folder should be');
    let clock = 1_000;
    const { store, lines } = open(join(blocker, 'cramp.sqlite'), { retryAfterMs: 5_000, now: () => clock });
    for (let i = 0; i < 20; i += 1) {
      expect(await store.audienceOf(ALICE)).toBeUndefined();
      expect(await store.remember(ALICE, 'general')).toBe(false);
    }
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(lines[0]?.msg).toMatch(/^preferences unavailable: answering with the default audience/);
    expect(lines[0]?.reason).toMatch(/EEXIST|ENOTDIR/);

    rmSync(blocker);
    expect(await store.remember(ALICE, 'general')).toBe(false); // still waiting out the retry delay
    clock += 5_000;
    expect(await store.remember(ALICE, 'general')).toBe(true);
    expect(await store.audienceOf(ALICE)).toBe('general');
    expect(lines.at(-1)?.msg).toBe('preferences are available again');
  });

  it('a corrupt file: falls back, and recovers once the file is replaced', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    writeFileSync(path, 'this is not a database '.repeat(200));
    let clock = 0;
    const { store, lines } = open(path, { retryAfterMs: 1_000, now: () => clock });
    expect(await store.audienceOf(ALICE)).toBeUndefined();
    expect(await store.remember(ALICE, 'general')).toBe(false);
    expect(lines.filter((l) => l.level === 'error').map((l) => l.reason)).toEqual([expect.stringMatching(/SQLITE_NOTADB/)]);
    rmSync(path);
    clock += 1_000;
    expect(await store.remember(ALICE, 'general')).toBe(true);
  });

  it('a full disk: the write fails, reads still fall back cleanly, and it recovers when there is room', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    let clock = 0;
    const { store, lines } = open(path, { maxPages: 5, retryAfterMs: 60_000, now: () => clock });
    let saved = 0;
    for (let i = 0; i < 500 && (await store.remember(`user-${String(i)}`, 'general')); i += 1) saved += 1;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(500);
    expect(lines.filter((l) => l.level === 'error').map((l) => l.reason)).toEqual([expect.stringMatching(/SQLITE_FULL/)]);
    expect(await store.audienceOf('user-0')).toBeUndefined();
    // Still full after the retry delay: reads work again, writes still fail, and nothing more is logged.
    for (let i = 0; i < 5; i += 1) {
      clock += 60_000;
      expect(await store.audienceOf('user-0')).toBe('general');
      expect(await store.remember('user-999', 'general')).toBe(false);
    }
    expect(lines.map((l) => l.msg)).toEqual(['preferences unavailable: answering with the default audience until the file works again']);
    // Room again: a store without the cap on the same file reads what was saved before the disk filled.
    const roomy = open(path).store;
    expect(await roomy.audienceOf('user-0')).toBe('general');
  });
});

describe('what members see', () => {
  function routerWith(store: PreferenceStore) {
    const router = testApp({ catalogue, preferences: store }).router;
    return async (interaction: APIInteraction): Promise<APIInteractionResponse> => {
      const response = await router.answer(interaction);
      assertValidCallback(response);
      return response;
    };
  }
  const data = (response: APIInteractionResponse) =>
    'data' in response && response.data && 'embeds' in response.data ? response.data : {};
  const description = (response: APIInteractionResponse) =>
    // The explanation: the card's description after its emergency line.
    'embeds' in data(response)
      ? (data(response) as { embeds?: { description?: string }[] }).embeds?.[0]?.description?.split('\n\n').at(-1)
      : undefined;
  const dvt = catalogue.cause('deep-vein-thrombosis')!;

  it('a member who never chose reads plain language; a choice is used for their next replies, not others’', async () => {
    const answer = routerWith(open(join(tempFolder(), 'cramp.sqlite')).store);
    expect(description(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: ALICE })))).toBe(dvt.explanation.general);
    await answer(slash('cramp-causes', { audience: 'clinician' }, { userId: ALICE }));
    expect(description(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: ALICE })))).toBe(dvt.explanation.clinician);
    expect(description(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: BOB })))).toBe(dvt.explanation.general);
    // An explicit option still wins over the saved choice, and becomes the new one.
    expect(description(await answer(slash('cramp-cause', { query: 'dvt', audience: 'general' }, { userId: ALICE })))).toBe(
      dvt.explanation.general,
    );
    expect(description(await answer(pick('open:clinician', ['deep-vein-thrombosis'], { userId: ALICE })))).toBe(dvt.explanation.general);
  });

  it('the card’s language button answers only the member who pressed it, and remembers their choice', async () => {
    const answer = routerWith(open(join(tempFolder(), 'cramp.sqlite')).store);
    const card = await answer(slash('cramp-cause', { query: 'dvt' }, { userId: ALICE }));
    const buttons =
      ('components' in data(card)
        ? (data(card) as { components: { components: { label: string; custom_id: string }[] }[] }).components[0]?.components
        : []) ?? [];
    // A public card: no "Forget" or "Share" there, since others read it too.
    expect(buttons.map((b) => b.label)).toEqual(['Clinical view']);
    const pressed = await answer(pick(buttons[0]!.custom_id, [], { userId: BOB }));
    expect(pressed).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    expect(description(pressed)).toBe(dvt.explanation.clinician);
    expect(description(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: BOB })))).toBe(dvt.explanation.clinician);
    expect(description(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: ALICE })))).toBe(dvt.explanation.general);
  });

  it('"Forget my choices" erases the member, and says so only when it worked', async () => {
    const path = join(tempFolder(), 'cramp.sqlite');
    const answer = routerWith(open(path).store);
    await answer(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: ALICE }));
    const erased = await answer(pick('forget', [], { userId: ALICE }));
    expect(erased).toMatchObject({
      data: { flags: MessageFlags.Ephemeral, content: expect.stringMatching(/^Done: your choices are erased/) as unknown },
    });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM audience_preferences WHERE user_id = ?').get(ALICE)).toEqual({ n: 0 });
    db.close();

    const blocked = join(tempFolder(), 'file');
    writeFileSync(blocked, '');
    const broken = routerWith(open(join(blocked, 'cramp.sqlite')).store);
    expect(await broken(pick('cramp-cause:forget', [], { userId: ALICE }))).toMatchObject({
      data: { content: expect.stringMatching(/could not be erased/) as unknown },
    });
    // And with the database unusable, questions are still answered, in the default language.
    expect(description(await broken(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: ALICE })))).toBe(
      dvt.explanation.clinician,
    );
    expect(description(await broken(slash('cramp-cause', { query: 'dvt' }, { userId: ALICE })))).toBe(dvt.explanation.general);
  });
});
