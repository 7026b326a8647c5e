import { createApp, type AppOptions } from '../../src/app.js';
import { createLogger } from '../../src/log.js';

/** The app as the programs build it, with logs discarded unless a test passes its own logger. */
export function testApp(options: Partial<AppOptions> = {}) {
  return createApp({ logger: createLogger({ level: 'silent' }), ...options });
}
