import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { describeTuningSet } from '../support/eval.js';

const app = createApp({ logger: createLogger({ level: 'silent' }) });
const [english] = app.languages.all;

// The English set here; each other language's in languages.test.ts, so the two run side by side.
if (english) describeTuningSet(english.catalogue.locale.code, english, 'queries.tsv');
