import { createApp } from '../src/app.js';
import { createLogger } from '../src/log.js';
const app = createApp({ logger: createLogger({ level: 'silent' }) });
const lang = app.languages.pick(process.env.LOC ?? 'en-US');
for (const q of process.argv.slice(2)) {
  const a = lang.search.lookup(q);
  const r = a.result;
  console.log(q, '=>', a.safety?.kind ?? '', a.flags.map((f) => f.id).join(','), r.kind, r.kind === 'card' ? r.cause.id : r.kind === 'did-you-mean' ? r.candidates.map((c) => c.id).join('/') : r.kind === 'not-covered' ? r.entry.id : '', a.decidedBy);
}
