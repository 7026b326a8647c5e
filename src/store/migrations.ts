/**
 * The database schema, one step per version; `PRAGMA user_version` records how far a file has come.
 * Append new steps, never edit one that has shipped.
 */
export const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE audience_preferences (
      user_id TEXT PRIMARY KEY,
      audience TEXT NOT NULL CHECK (audience IN ('clinician', 'general')),
      chosen_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID`,
  },
  {
    version: 2,
    sql: `CREATE TABLE server_settings (
      guild_id TEXT PRIMARY KEY,
      audience TEXT CHECK (audience IN ('clinician', 'general')),
      visibility TEXT CHECK (visibility IN ('private', 'public')),
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID`,
  },
  {
    version: 3,
    sql: `CREATE TABLE member_countries (
      user_id TEXT PRIMARY KEY,
      country TEXT NOT NULL CHECK (length(country) = 2),
      chosen_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    ALTER TABLE server_settings ADD COLUMN country TEXT CHECK (country IS NULL OR length(country) = 2);
    ALTER TABLE server_settings ADD COLUMN private_only INTEGER NOT NULL DEFAULT 0 CHECK (private_only IN (0, 1))`,
  },
  {
    version: 4,
    sql: `ALTER TABLE server_settings ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) BETWEEN 2 AND 5)`,
  },
];
