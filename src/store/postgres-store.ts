import DataLoader from 'dataloader';
import pg from 'pg';
import { parseAudience } from '../catalogue/schema.js';
import type { Logger } from '../log.js';
import { inTime } from './in-time.js';
import { memoryReplayGuard, type ReplayGuard } from './replay-guard.js';
import { parseCountryCode, settingsFromRow, type PreferenceStore, type StoredSettings } from './store.js';

/**
 * The PostgreSQL schema, one step per version; `cramp_migrations` records which have run. Append new steps,
 * never change what one does. Every instance migrates at first use, one at a time (an advisory lock). Each step
 * can run again harmlessly (IF NOT EXISTS), so a table dropped by hand is recreated by running them all again.
 */
const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE IF NOT EXISTS audience_preferences (
      user_id TEXT PRIMARY KEY,
      audience TEXT NOT NULL CHECK (audience IN ('clinician', 'general')),
      chosen_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE IF NOT EXISTS server_settings (
      guild_id TEXT PRIMARY KEY,
      audience TEXT CHECK (audience IN ('clinician', 'general')),
      visibility TEXT CHECK (visibility IN ('private', 'public')),
      updated_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE IF NOT EXISTS seen_signatures (
      signature TEXT PRIMARY KEY,
      valid_until TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX IF NOT EXISTS seen_signatures_valid_until ON seen_signatures (valid_until);`,
  },
  {
    // Every request records its signature: without WAL that costs no log writes (and no flush), and a table
    // emptied by a crash only forgets signatures that would expire within five minutes anyway.
    version: 2,
    sql: 'ALTER TABLE seen_signatures SET UNLOGGED',
  },
  {
    version: 3,
    sql: `CREATE TABLE IF NOT EXISTS member_countries (
      user_id TEXT PRIMARY KEY,
      country TEXT NOT NULL CHECK (length(country) = 2),
      chosen_at TIMESTAMPTZ NOT NULL
    );
    ALTER TABLE server_settings ADD COLUMN IF NOT EXISTS country TEXT CHECK (country IS NULL OR length(country) = 2);
    ALTER TABLE server_settings ADD COLUMN IF NOT EXISTS private_only BOOLEAN NOT NULL DEFAULT false;`,
  },
  {
    version: 4,
    sql: `ALTER TABLE server_settings ADD COLUMN IF NOT EXISTS language TEXT
      CHECK (language IS NULL OR length(language) BETWEEN 2 AND 5);`,
  },
];

/** The tables the steps create: when one is missing although its step is recorded, every step runs again. */
const TABLES = ['audience_preferences', 'server_settings', 'seen_signatures', 'member_countries'];
/** PostgreSQL's code for a table that does not exist. */
const UNDEFINED_TABLE = '42P01';

/** Any number will do, as long as every instance uses the same one. */
const MIGRATION_LOCK = 4_242_031;
/** How long without a failure before an outage counts as over (and a new one would be logged again). */
const RECOVERY_QUIET_MS = 2_000;
/** Expired signatures are deleted after this many new ones. */
const PRUNE_EVERY = 500;
/** The most keys in one batched statement. */
const MAX_BATCH = 500;
/** How long an answer waits for the shared replay check; the router gives the store's reads 250 ms. */
const REPLAY_BUDGET_MS = 500;
/** Batched statements running at once; more keys wait for one to finish and go in the next. */
const MAX_BATCHES_IN_FLIGHT = 2;

export interface PostgresStoreOptions {
  /** DATABASE_URL; never logged. */
  connectionString: string;
  logger: Logger;
  /** The longest one statement may run, on the server and as seen by the client. */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Called for each failed call, for the metrics page. */
  onFailure?: () => void;
}

export interface PostgresStore extends PreferenceStore {
  /** Shared by every instance: a request seen by one is refused by all. */
  readonly replayGuard: ReplayGuard;
  /**
   * At start: connects, logs in and migrates, or rejects with a DatabaseStartError that names the problem (never
   * the URL). A database wrong from the start is the operator's to fix; one that fails later is an outage.
   */
  verify(): Promise<void>;
}

/** The database in DATABASE_URL cannot be used at start: unreachable, a wrong role, password or name. */
export class DatabaseStartError extends Error {
  override readonly name = 'DatabaseStartError';
}

/**
 * Whether a failure came from the database or the way to it, whatever its class: down, unreachable or slow, but
 * also refusing (read-only after a failover, a full disk, a wrong role or database, a dropped table). Each is
 * answered with the defaults, like an outage; only an error that is not the database's surfaces as a bug.
 */
function isDatabaseFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // A SQLSTATE (five characters, as PostgreSQL sends them) or a system error code (ECONNREFUSED…).
  if (typeof code === 'string' && (/^[0-9A-Z]{5}$/.test(code) || /^E[A-Z]+$/.test(code))) return true;
  return /timeout|terminated|Connection ended|not queryable|closed/i.test(error.message);
}

/**
 * Members' choices, server settings and the replay guard in PostgreSQL, for several instances behind a load
 * balancer. Calls are bounded by a statement timeout; an outage is logged once, answered with defaults, and
 * ends by itself with the first call that works.
 */
export function openPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const { logger } = options;
  const timeout = options.statementTimeoutMs ?? 1_000;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    // Enough connections for a busy instance; PostgreSQL's own limit (100 by default) is shared by all of them.
    max: 20,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 1_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: timeout,
    query_timeout: timeout + 500,
  });
  // An idle connection dropped by the server is an outage like any other, not a crash.
  pool.on('error', (error) => fail(error));
  let migrated: Promise<void> | undefined;
  let down = false;
  let lastFailure = 0;

  function fail(error: unknown): void {
    options.onFailure?.();
    lastFailure = Date.now();
    const code = (error as { code?: unknown } | undefined)?.code;
    // A table dropped under a running bot: the next call migrates again, which recreates it.
    if (code === UNDEFINED_TABLE) migrated = undefined;
    if (!down) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) },
        'preferences database unavailable: answering with defaults until it is back',
      );
    }
    down = true;
  }

  function migrate(): Promise<void> {
    migrated ??= (async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await client.query('CREATE TABLE IF NOT EXISTS cramp_migrations (version INTEGER PRIMARY KEY)');
        const done = new Set(
          (await client.query<{ version: number }>('SELECT version FROM cramp_migrations')).rows.map((row) => row.version),
        );
        for (const step of migrations) {
          if (done.has(step.version)) continue;
          await client.query(step.sql);
          await client.query('INSERT INTO cramp_migrations (version) VALUES ($1)', [step.version]);
        }
        const missing = (
          await client.query<{ name: string }>('SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NULL', [TABLES])
        ).rows.map((row) => row.name);
        if (missing.length > 0) {
          for (const step of migrations) await client.query(step.sql);
          logger.warn({ tables: missing }, 'recreated missing tables in the preferences database');
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      migrated = undefined;
      throw error;
    });
    return migrated;
  }

  /** Runs one query; on an outage, logs once and returns the fallback. */
  async function attempt<T>(fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      await migrate();
      const result = await work();
      // A server shutting down answers a few last queries between failures: an outage ends once it has been quiet a while.
      if (down && Date.now() - lastFailure >= RECOVERY_QUIET_MS) {
        logger.info('preferences database is available again');
        down = false;
      }
      return result;
    } catch (error) {
      if (!isDatabaseFailure(error)) throw error;
      fail(error);
      return fallback;
    }
  }

  let sincePrune = 0;
  let inFlight = 0;
  const queued: (() => void)[] = [];
  const dispatchWhenFree = (dispatch: () => void) => {
    if (inFlight < MAX_BATCHES_IN_FLIGHT) setImmediate(dispatch);
    else queued.push(dispatch);
  };

  /**
   * Every lookup and replay check made in one turn of the event loop goes to PostgreSQL as one statement: one
   * round trip per batch of interactions instead of three per interaction. At most a few batches are in flight;
   * while they are, new keys wait and join the next one, so batches grow with the load (and cost nothing
   * extra when it is light). Each key resolves to `{ row }` (found; for a signature: recorded before, so a
   * replay), `{}` (not there; for a signature: recorded now), or undefined during an outage. Only rows that say
   * something come back: most requests are first seen, and most members and servers have nothing stored.
   */
  const batch = new DataLoader<BatchKey, Recorded>(
    async (keys) => {
      inFlight += 1;
      try {
        return await lookUp(keys);
      } finally {
        inFlight -= 1;
        queued.shift()?.();
      }
    },
    { cache: false, batchScheduleFn: dispatchWhenFree, maxBatchSize: MAX_BATCH },
  );

  function lookUp(keys: readonly BatchKey[]): Promise<Recorded[]> {
    return attempt<Recorded[]>(
      keys.map(() => undefined),
      async () => {
        const ids = (kind: BatchKey['kind']) => keys.filter((key) => key.kind === kind).map((key) => key.id);
        const signatures = keys.filter((key) => key.kind === 'signature');
        const { rows } = await pool.query<StoredSettings & { key: string }>({
          name: 'cramp-batch',
          text: `WITH recorded AS (
                     INSERT INTO seen_signatures (signature, valid_until)
                     SELECT signature, to_timestamp(until / 1000.0) FROM unnest($3::text[], $4::float8[]) AS entry (signature, until)
                     ON CONFLICT DO NOTHING RETURNING signature)
                   SELECT 'signature:' || signature AS key, NULL AS audience, NULL AS visibility, NULL AS country,
                       NULL::boolean AS private_only, NULL AS language
                     FROM unnest($3::text[]) AS signature WHERE signature NOT IN (SELECT signature FROM recorded)
                   UNION ALL
                   SELECT 'member:' || user_id, audience, NULL, NULL, NULL, NULL FROM audience_preferences WHERE user_id = ANY($1)
                   UNION ALL
                   SELECT 'country:' || user_id, NULL, NULL, country, NULL, NULL FROM member_countries WHERE user_id = ANY($5)
                   UNION ALL
                   SELECT 'server:' || guild_id, audience, visibility, country, private_only, language FROM server_settings
                     WHERE guild_id = ANY($2)`,
          values: [ids('member'), ids('server'), signatures.map((key) => key.id), signatures.map((key) => key.validUntil), ids('country')],
        });
        sincePrune += signatures.length;
        if (sincePrune >= PRUNE_EVERY) {
          sincePrune = 0;
          // Not awaited: pruning must not hold up the answers in this batch.
          void attempt(undefined, () => pool.query('DELETE FROM seen_signatures WHERE valid_until < now()')).catch((error: unknown) =>
            logger.error({ err: error }, 'could not prune old signatures'),
          );
        }
        const found = new Map(rows.map((row) => [row.key, row]));
        return keys.map((key) => {
          const row = found.size === 0 ? undefined : found.get(`${key.kind}:${key.id}`);
          return row ? { row } : NOTHING_STORED;
        });
      },
    );
  }

  const localGuard = memoryReplayGuard();

  /**
   * Members' choices made in one turn of the event loop are stored by one statement, as lookups are read: a busy
   * moment sends one statement where it would send one per member, so no choice waits for a connection until its
   * timeout and is lost. Within a turn, a member's last choice wins.
   */
  let nextChoices: PendingChoices | undefined;
  /** Settles once every choice made so far has been stored or has failed. */
  let choicesInFlight: Promise<void> = Promise.resolve();
  function choose(table: keyof Omit<PendingChoices, 'stored'>, userId: string, value: string): Promise<boolean> {
    if (!nextChoices) {
      const pending: PendingChoices = {
        audiences: new Map(),
        countries: new Map(),
        stored: new Promise<void>((resolve) => setImmediate(resolve)).then(() => storeChoices(pending)),
      };
      nextChoices = pending;
      // Settled to nothing, so a long-running bot keeps no chain of every result before.
      choicesInFlight = Promise.allSettled([choicesInFlight, pending.stored]).then(() => undefined);
    }
    nextChoices[table].set(userId, value);
    return nextChoices.stored;
  }
  function storeChoices(pending: PendingChoices): Promise<boolean> {
    if (nextChoices === pending) nextChoices = undefined;
    return attempt(false, async () => {
      await pool.query(
        `WITH audience AS (
             INSERT INTO audience_preferences (user_id, audience, chosen_at)
             SELECT user_id, audience, now() FROM unnest($1::text[], $2::text[]) AS entry (user_id, audience)
             ON CONFLICT (user_id) DO UPDATE SET audience = excluded.audience, chosen_at = excluded.chosen_at)
         INSERT INTO member_countries (user_id, country, chosen_at)
           SELECT user_id, country, now() FROM unnest($3::text[], $4::text[]) AS entry (user_id, country)
           ON CONFLICT (user_id) DO UPDATE SET country = excluded.country, chosen_at = excluded.chosen_at`,
        [[...pending.audiences.keys()], [...pending.audiences.values()], [...pending.countries.keys()], [...pending.countries.values()]],
      );
      return true;
    });
  }

  return {
    audienceOf: async (userId) => parseAudience((await batch.load({ kind: 'member', id: userId }))?.row?.audience),
    remember: (userId, audience) => choose('audiences', userId, audience),
    countryOf: async (userId) => parseCountryCode((await batch.load({ kind: 'country', id: userId }))?.row?.country),
    rememberCountry: (userId, country) => choose('countries', userId, country),
    forget: async (userId) => {
      // A choice made before the erasure must not land after it and outlive it.
      await choicesInFlight;
      return attempt(false, async () => {
        // One statement, so a member is never left half erased.
        await pool.query(
          `WITH audience AS (DELETE FROM audience_preferences WHERE user_id = $1)
           DELETE FROM member_countries WHERE user_id = $1`,
          [userId],
        );
        return true;
      });
    },
    serverSettings: async (guildId) => settingsFromRow((await batch.load({ kind: 'server', id: guildId }))?.row),
    saveServerSettings: (guildId, settings) =>
      attempt(false, async () => {
        await pool.query(
          `INSERT INTO server_settings (guild_id, audience, visibility, country, private_only, language, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, now())
           ON CONFLICT (guild_id) DO UPDATE SET audience = excluded.audience, visibility = excluded.visibility,
             country = excluded.country, private_only = excluded.private_only, language = excluded.language,
             updated_at = excluded.updated_at`,
          [
            guildId,
            settings.audience ?? null,
            settings.visibility ?? null,
            settings.country ?? null,
            settings.privateOnly ?? false,
            settings.language ?? null,
          ],
        );
        return true;
      }),
    forgetServer: (guildId) =>
      attempt(false, async () => {
        await pool.query('DELETE FROM server_settings WHERE guild_id = $1', [guildId]);
        return true;
      }),
    async verify() {
      try {
        await migrate();
        await pool.query('SELECT 1');
      } catch (error) {
        const code = (error as { code?: unknown } | undefined)?.code;
        const reason = error instanceof Error ? error.message : String(error);
        throw new DatabaseStartError(typeof code === 'string' && !reason.includes(code) ? `${code}: ${reason}` : reason);
      }
    },
    replayGuard: {
      // Every instance sees every signature; with the database down, each instance still refuses what it has seen.
      async firstSeen(signature, validUntil) {
        // The local check first also keeps one signature from appearing twice in a batch.
        if (!(await localGuard.firstSeen(signature, validUntil))) return false;
        // A slow database must not hold the answer: past the budget the local check stands, as in an outage.
        const recorded = await inTime(batch.load({ kind: 'signature', id: signature, validUntil }), REPLAY_BUDGET_MS, undefined);
        return recorded?.row === undefined;
      },
    },
    close: () => pool.end(),
  };
}

/** Choices waiting for the next statement (see `choose`), by member; `stored` settles when it has run. */
interface PendingChoices {
  readonly audiences: Map<string, string>;
  readonly countries: Map<string, string>;
  readonly stored: Promise<boolean>;
}

/** What a batch returns per key (see `batch`). */
type Recorded = { readonly row?: StoredSettings } | undefined;
const NOTHING_STORED: Recorded = Object.freeze({});

type BatchKey =
  { kind: 'member' | 'country' | 'server'; id: string; validUntil?: never } | { kind: 'signature'; id: string; validUntil: number };
