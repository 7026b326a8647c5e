import { parseAudience, type Audience } from '../catalogue/schema.js';

export type Visibility = 'private' | 'public';

/** What a server's moderators chose for members who have not chosen for themselves. */
export interface ServerSettings {
  readonly audience?: Audience;
  readonly visibility?: Visibility;
  /** For help numbers: an ISO 3166 code, which the safety data may or may not list. */
  readonly country?: string;
  /** Answers are private and members cannot post or share them: set by moderators, no member option overrides it. */
  readonly privateOnly?: true;
  /** The language of replies for members whose Discord language the bot does not have: a language code ("es", "pt-BR"). */
  readonly language?: string;
}

/** A server's settings as either database keeps them: two nullable text columns. */
export interface StoredSettings {
  readonly audience: string | null;
  readonly visibility: string | null;
  readonly country: string | null;
  /** SQLite keeps 0 or 1, PostgreSQL a boolean; a row from a batch may have neither. */
  readonly private_only?: number | boolean | null;
  readonly language?: string | null;
}

/** Reads stored settings back, keeping only values this version knows (a missing row is no settings). */
export function settingsFromRow(row: StoredSettings | undefined): ServerSettings {
  const audience = parseAudience(row?.audience);
  const visibility = row?.visibility;
  const country = parseCountryCode(row?.country);
  const language = parseLanguageCode(row?.language);
  return {
    ...(audience ? { audience } : {}),
    ...(visibility === 'private' || visibility === 'public' ? { visibility } : {}),
    ...(country ? { country } : {}),
    ...(row?.private_only ? { privateOnly: true as const } : {}),
    ...(language ? { language } : {}),
  };
}

/** A language tag such as "es" or "pt-BR", or undefined; whether the bot has that language is the router's to check. */
export const parseLanguageCode = (value: unknown) =>
  typeof value === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(value) ? value : undefined;

/** A two-letter country code, or undefined: a stored row must never choose anything else. */
export const parseCountryCode = (value: unknown) => (typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? value : undefined);

/**
 * Where each member's last chosen audience and country are kept, and each server's defaults. Asynchronous so a networked database fits behind it.
 * Never rejects: a store that cannot work answers "nothing saved" and reports writes as not done.
 */
export interface PreferenceStore {
  audienceOf(userId: string): Promise<Audience | undefined>;
  /** Resolves to whether it was saved. */
  remember(userId: string, audience: Audience): Promise<boolean>;
  /** The country the member chose for help numbers. */
  countryOf(userId: string): Promise<string | undefined>;
  rememberCountry(userId: string, country: string): Promise<boolean>;
  /** Erases everything stored about the member; resolves to whether it could. */
  forget(userId: string): Promise<boolean>;
  serverSettings(guildId: string): Promise<ServerSettings>;
  /** Replaces the server's settings (an empty object keeps a row with neither); resolves to whether it was saved. */
  saveServerSettings(guildId: string, settings: ServerSettings): Promise<boolean>;
  /** Erases the server's settings: on request, or when the bot leaves the server. */
  forgetServer(guildId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** For the preview and for tests that do not care: remembers nothing. */
export const noPreferences: PreferenceStore = {
  audienceOf: () => Promise.resolve(undefined),
  remember: () => Promise.resolve(false),
  countryOf: () => Promise.resolve(undefined),
  rememberCountry: () => Promise.resolve(false),
  forget: () => Promise.resolve(true),
  serverSettings: () => Promise.resolve({}),
  saveServerSettings: () => Promise.resolve(false),
  forgetServer: () => Promise.resolve(true),
  close: () => Promise.resolve(),
};
