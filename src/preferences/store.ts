import type { Audience } from '../catalogue/schema.js';

/** Where each member's last chosen audience is kept. Reads and writes never throw: a store that cannot work answers "nothing saved". */
export interface PreferenceStore {
  audienceOf(userId: string): Audience | undefined;
  /** Returns whether it was saved. */
  remember(userId: string, audience: Audience): boolean;
  /** Erases everything stored about the member; returns whether it could. */
  forget(userId: string): boolean;
  close(): void;
}

/** For the preview and for tests that do not care: remembers nothing. */
export const noPreferences: PreferenceStore = {
  audienceOf: () => undefined,
  remember: () => false,
  forget: () => true,
  close: () => undefined,
};
