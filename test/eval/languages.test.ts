import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { describeTuningSet } from '../support/eval.js';

const app = createApp({ logger: createLogger({ level: 'silent' }) });

// Every language but English (english.test.ts), each read as a member with that Discord language.
for (const language of app.languages.all.slice(1)) {
  const { code } = language.catalogue.locale;
  describeTuningSet(code, language, `languages/${code}.queries.tsv`);
}
