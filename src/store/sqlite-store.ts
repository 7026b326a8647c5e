import { closeSync, mkdirSync, openSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { parseAudience, type Audience } from '../catalogue/schema.js';
import type { Logger } from '../log.js';
import { migrations } from './migrations.js';
import { parseCountryCode, settingsFromRow, type PreferenceStore, type ServerSettings, type StoredSettings } from './store.js';

export interface SqliteStoreOptions {
  path: string;
  logger: Logger;
  /** After a failure, how long to answer with defaults before trying the file again. */
  retryAfterMs?: number;
  /** Called for each call answered with the fallback because the file failed, for the metrics page. */
  onFailure?: () => void;
  /** Caps the file at this many pages (SQLite's max_page_count); tests use it to make a full disk. */
  maxPages?: number;
  now?: () => number;
}

interface Open {
  db: Database.Database;
  /** The file's identity when it was opened, to notice it being deleted or replaced underneath. */
  file: Pick<Stats, 'dev' | 'ino'>;
  get: Database.Statement<[string], { audience: string }>;
  upsert: Database.Statement<[string, string, string]>;
  remove: Database.Transaction<(userId: string) => void>;
  getCountry: Database.Statement<[string], { country: string }>;
  upsertCountry: Database.Statement<[string, string, string]>;
  getServer: Database.Statement<[string], StoredSettings>;
  upsertServer: Database.Statement<[string, string | null, string | null, string | null, number, string | null, string]>;
  removeServer: Database.Statement<[string]>;
}

/** Everything stored about one member, erased in one transaction. */
function forgetMember(db: Database.Database) {
  const statements = ['audience_preferences', 'member_countries'].map((table) => db.prepare(`DELETE FROM ${table} WHERE user_id = ?`));
  return db.transaction((userId: string) => {
    for (const statement of statements) statement.run(userId);
  });
}

function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock first, so two processes starting together migrate one after the other.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const step of migrations) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${String(step.version)}`);
    }
  }).immediate();
}

/**
 * Preferences in one SQLite file (WAL mode, so readers never wait for the writer and several processes
 * can share it). Any failure, at open or later, is logged once and the store answers "nothing saved"
 * until the file works again; it retries after `retryAfterMs`.
 */
export function openSqliteStore(options: SqliteStoreOptions): PreferenceStore {
  const { path, logger } = options;
  const retryAfterMs = options.retryAfterMs ?? 5_000;
  const now = options.now ?? Date.now;
  let open: Open | undefined;
  let retryAt = 0;
  let failing = false;
  let busy = false;
  /** While another process holds the write lock: until when no call tries, and how long the next wait is. */
  let lockedUntil = 0;
  let lockPause = 0;

  function connect(): Open {
    ensureFolder(dirname(path));
    // Members' ids are personal data: a new database file is readable by this user only (SQLite gives its
    // journal files the same mode). An existing file keeps the mode its operator chose.
    if (path !== ':memory:') createPrivately(path);
    // No busy wait at all: SQLite's waits block the event loop, so a held lock is waited out on timers instead.
    const db = new Database(path, { timeout: 0 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (options.maxPages !== undefined) db.pragma(`max_page_count = ${String(options.maxPages)}`);
      migrate(db);
      const { dev, ino } = statSync(path);
      return {
        db,
        file: { dev, ino },
        get: db.prepare('SELECT audience FROM audience_preferences WHERE user_id = ?'),
        upsert: db.prepare(
          `INSERT INTO audience_preferences (user_id, audience, chosen_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET audience = excluded.audience, chosen_at = excluded.chosen_at`,
        ),
        remove: forgetMember(db),
        getCountry: db.prepare('SELECT country FROM member_countries WHERE user_id = ?'),
        upsertCountry: db.prepare(
          `INSERT INTO member_countries (user_id, country, chosen_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET country = excluded.country, chosen_at = excluded.chosen_at`,
        ),
        getServer: db.prepare('SELECT audience, visibility, country, private_only, language FROM server_settings WHERE guild_id = ?'),
        upsertServer: db.prepare(
          `INSERT INTO server_settings (guild_id, audience, visibility, country, private_only, language, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET audience = excluded.audience, visibility = excluded.visibility,
             country = excluded.country, private_only = excluded.private_only, language = excluded.language,
             updated_at = excluded.updated_at`,
        ),
        removeServer: db.prepare('DELETE FROM server_settings WHERE guild_id = ?'),
      };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Runs `work` on the open database, opening it if due; on failure, logs once and returns `fallback`; when
   * another process holds the lock, returns BUSY for the caller to try again.
   * Only a successful write ends a failure: on a full disk reads still work, and announcing a recovery
   * on every read would flap.
   */
  function attempt<T>(fallback: T, writes: boolean, work: (store: Open) => T): T | typeof BUSY {
    if (open && !sameFile(open)) {
      logger.warn({ path }, 'the preferences file was deleted or replaced while open: reopening it');
      closeQuietly();
    }
    if (!open) {
      if (now() < retryAt) return fallback;
      try {
        open = connect();
      } catch (error) {
        // Two processes opening a new file together: one waits for the other's migration, it is not broken.
        return isBusy(error) ? BUSY : fail(error, fallback);
      }
    }
    try {
      const result = work(open);
      if (writes && (failing || busy)) {
        if (failing) logger.info({ path }, 'preferences are available again');
        failing = false;
        busy = false;
      }
      return result;
    } catch (error) {
      return isBusy(error) ? BUSY : fail(error, fallback);
    }
  }

  /**
   * `attempt`, tried again while another process holds the write lock: each wait is a timer, never a blocked
   * event loop, and after BUSY_BUDGET_MS the call gets the fallback and nothing is marked broken.
   */
  async function run<T>(fallback: T, writes: boolean, work: (store: Open) => T): Promise<T> {
    const giveUpAt = performance.now() + BUSY_BUDGET_MS;
    for (;;) {
      // Calls share what the last one learned: while the lock is known to be held, they wait rather than try.
      const wait = lockedUntil - performance.now();
      if (wait > 0) {
        if (performance.now() + wait > giveUpAt) break;
        await sleep(wait);
      }
      const result = attempt(fallback, writes, work);
      if (result !== BUSY) {
        lockPause = 0;
        return result;
      }
      lockPause = Math.min(Math.max(1, lockPause * 2), 20);
      lockedUntil = performance.now() + lockPause;
      if (lockedUntil > giveUpAt) break;
    }
    options.onFailure?.();
    if (!busy) logger.warn({ path }, 'preferences file busy (another process is writing): this change was not saved');
    busy = true;
    return fallback;
  }

  /** Checked at most once a second: a stat on every call would cost more than the call itself. */
  let checkedAt = -Infinity;
  function sameFile(current: Open): boolean {
    const at = performance.now();
    if (at - checkedAt < FILE_CHECK_INTERVAL_MS) return true;
    checkedAt = at;
    try {
      const { dev, ino } = statSync(path);
      return dev === current.file.dev && ino === current.file.ino;
    } catch {
      return false;
    }
  }

  function closeQuietly(): void {
    try {
      open?.db.close();
    } catch {
      // Closing a broken connection can fail too; it is being dropped either way.
    }
    open = undefined;
  }

  function fail<T>(error: unknown, fallback: T): T {
    // Only the database and the file system can fail here; anything else is a bug and must surface as one.
    if (!isStorageError(error)) throw error;
    options.onFailure?.();
    if (!failing) {
      const reason = error.message.includes(error.code) ? error.message : `${error.code}: ${error.message}`;
      logger.error({ path, reason }, 'preferences unavailable: answering with the default audience until the file works again');
    }
    failing = true;
    retryAt = now() + retryAfterMs;
    closeQuietly();
    return fallback;
  }

  // better-sqlite3 is synchronous; the interface is asynchronous so a networked store fits behind it too.
  return {
    audienceOf: (userId) => run<Audience | undefined>(undefined, false, ({ get }) => parseAudience(get.get(userId)?.audience)),
    remember: (userId, audience) =>
      run(false, true, ({ upsert }) => {
        upsert.run(userId, audience, new Date(now()).toISOString());
        return true;
      }),
    countryOf: (userId) => run<string | undefined>(undefined, false, ({ getCountry }) => parseCountryCode(getCountry.get(userId)?.country)),
    rememberCountry: (userId, country) =>
      run(false, true, ({ upsertCountry }) => {
        upsertCountry.run(userId, country, new Date(now()).toISOString());
        return true;
      }),
    forget: (userId) =>
      run(false, true, ({ remove }) => {
        remove(userId);
        return true;
      }),
    serverSettings: (guildId) => run<ServerSettings>({}, false, ({ getServer }) => settingsFromRow(getServer.get(guildId))),
    saveServerSettings: (guildId, settings) =>
      run(false, true, ({ upsertServer }) => {
        const { audience, visibility, country, privateOnly, language } = settings;
        upsertServer.run(
          guildId,
          audience ?? null,
          visibility ?? null,
          country ?? null,
          privateOnly ? 1 : 0,
          language ?? null,
          new Date(now()).toISOString(),
        );
        return true;
      }),
    forgetServer: (guildId) =>
      run(false, true, ({ removeServer }) => {
        removeServer.run(guildId);
        return true;
      }),
    close: () => {
      closeQuietly();
      return Promise.resolve();
    },
  };
}

/**
 * SQLite's own errors (SQLITE_…) and the file system's (ENOENT, EACCES…); anything else, a native module built
 * for another Node (ERR_DLOPEN_FAILED) or a bug, must surface rather than pass for an unusable file.
 */
function isStorageError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && /^(SQLITE_\w+|E[A-Z]+)$/.test(code);
}

/** How often the file's identity is checked, to notice it being deleted or replaced. */
const FILE_CHECK_INTERVAL_MS = 1_000;

/**
 * How long a call keeps trying, on timers, while another process holds the lock: long enough for another
 * process's migration or write even when a loaded machine pauses that process mid-write (50 ms lost one write
 * in 1,200 on a busy 2-core CI run), and under the router's 250 ms store budget, so the member's answer is
 * never the one waiting. Calls share one wait, so three hundred at once take no longer than one.
 */
const BUSY_BUDGET_MS = 200;

const BUSY = Symbol('busy');

const isBusy = (error: unknown) => isStorageError(error) && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');

/** Creates the file, empty and readable by this user only, unless it exists. */
function createPrivately(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Creates a folder and its missing parents one level at a time. `mkdirSync(…, { recursive: true })` can spin
 * forever on special file systems (a path under /proc); this fails at once with the real error.
 */
function ensureFolder(folder: string): void {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    try {
      if (!statSync(current).isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const level of missing.reverse()) mkdirSync(level, 0o700);
}
