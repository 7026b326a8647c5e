import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AudienceSchema, type Audience } from '../catalogue/schema.js';
import type { Logger } from '../log.js';
import { migrations } from './migrations.js';
import type { PreferenceStore, ServerSettings } from './store.js';

export interface SqliteStoreOptions {
  path: string;
  logger: Logger;
  /** After a failure, how long to answer with defaults before trying the file again. */
  retryAfterMs?: number;
  /** Caps the file at this many pages (SQLite's max_page_count); tests use it to make a full disk. */
  maxPages?: number;
  now?: () => number;
}

interface Open {
  db: Database.Database;
  get: Database.Statement<[string], { audience: string }>;
  upsert: Database.Statement<[string, string, string]>;
  remove: Database.Statement<[string]>;
  getServer: Database.Statement<[string], { audience: string | null; visibility: string | null }>;
  upsertServer: Database.Statement<[string, string | null, string | null, string]>;
  removeServer: Database.Statement<[string]>;
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

  function connect(): Open {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: 5_000 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (options.maxPages !== undefined) db.pragma(`max_page_count = ${String(options.maxPages)}`);
      migrate(db);
      return {
        db,
        get: db.prepare('SELECT audience FROM audience_preferences WHERE user_id = ?'),
        upsert: db.prepare(
          `INSERT INTO audience_preferences (user_id, audience, chosen_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET audience = excluded.audience, chosen_at = excluded.chosen_at`,
        ),
        remove: db.prepare('DELETE FROM audience_preferences WHERE user_id = ?'),
        getServer: db.prepare('SELECT audience, visibility FROM server_settings WHERE guild_id = ?'),
        upsertServer: db.prepare(
          `INSERT INTO server_settings (guild_id, audience, visibility, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET audience = excluded.audience, visibility = excluded.visibility, updated_at = excluded.updated_at`,
        ),
        removeServer: db.prepare('DELETE FROM server_settings WHERE guild_id = ?'),
      };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Runs `work` on the open database, opening it if due; on failure, logs once and returns `fallback`.
   * Only a successful write ends a failure: on a full disk reads still work, and announcing a recovery
   * on every read would flap.
   */
  function attempt<T>(fallback: T, writes: boolean, work: (store: Open) => T): T {
    if (!open) {
      if (now() < retryAt) return fallback;
      try {
        open = connect();
      } catch (error) {
        return fail(error, fallback);
      }
    }
    try {
      const result = work(open);
      if (writes && failing) {
        failing = false;
        logger.info({ path }, 'preferences are available again');
      }
      return result;
    } catch (error) {
      return fail(error, fallback);
    }
  }

  function fail<T>(error: unknown, fallback: T): T {
    // Only the database and the file system can fail here; anything else is a bug and must surface as one.
    if (!isStorageError(error)) throw error;
    if (!failing) {
      const reason = error.message.includes(error.code) ? error.message : `${error.code}: ${error.message}`;
      logger.error({ path, reason }, 'preferences unavailable: answering with the default audience until the file works again');
    }
    failing = true;
    retryAt = now() + retryAfterMs;
    try {
      open?.db.close();
    } catch {
      // Closing a broken connection can fail too; it is being dropped either way.
    }
    open = undefined;
    return fallback;
  }

  // better-sqlite3 is synchronous; the interface is asynchronous so a networked store fits behind it too.
  return {
    audienceOf: (userId) =>
      settled(() =>
        attempt<Audience | undefined>(undefined, false, ({ get }) => {
          const parsed = AudienceSchema.safeParse(get.get(userId)?.audience);
          return parsed.success ? parsed.data : undefined;
        }),
      ),
    remember: (userId, audience) =>
      settled(() =>
        attempt(false, true, ({ upsert }) => {
          upsert.run(userId, audience, new Date(now()).toISOString());
          return true;
        }),
      ),
    forget: (userId) =>
      settled(() =>
        attempt(false, true, ({ remove }) => {
          remove.run(userId);
          return true;
        }),
      ),
    serverSettings: (guildId) =>
      settled(() =>
        attempt<ServerSettings>({}, false, ({ getServer }) => {
          const row = getServer.get(guildId);
          const audience = AudienceSchema.safeParse(row?.audience);
          const visibility = row?.visibility === 'private' || row?.visibility === 'public' ? row.visibility : undefined;
          return { ...(audience.success ? { audience: audience.data } : {}), ...(visibility ? { visibility } : {}) };
        }),
      ),
    saveServerSettings: (guildId, settings) =>
      settled(() =>
        attempt(false, true, ({ upsertServer }) => {
          upsertServer.run(guildId, settings.audience ?? null, settings.visibility ?? null, new Date(now()).toISOString());
          return true;
        }),
      ),
    forgetServer: (guildId) =>
      settled(() =>
        attempt(false, true, ({ removeServer }) => {
          removeServer.run(guildId);
          return true;
        }),
      ),
    close: () =>
      settled(() => {
        open?.db.close();
        open = undefined;
      }),
  };
}

/** better-sqlite3's errors and the file system's carry a string code; a programming error does not. */
function isStorageError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Runs synchronous work as a promise, so a thrown bug becomes a rejection rather than a synchronous throw. */
function settled<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(work());
  });
}
