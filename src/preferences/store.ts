import type { Audience } from '../catalogue/schema.js';

/**
 * Where each member's last chosen audience is kept. Asynchronous so a networked database fits behind it.
 * Never rejects: a store that cannot work answers "nothing saved" and reports writes as not done.
 */
export interface PreferenceStore {
  audienceOf(userId: string): Promise<Audience | undefined>;
  /** Resolves to whether it was saved. */
  remember(userId: string, audience: Audience): Promise<boolean>;
  /** Erases everything stored about the member; resolves to whether it could. */
  forget(userId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** For the preview and for tests that do not care: remembers nothing. */
export const noPreferences: PreferenceStore = {
  audienceOf: () => Promise.resolve(undefined),
  remember: () => Promise.resolve(false),
  forget: () => Promise.resolve(true),
  close: () => Promise.resolve(),
};
