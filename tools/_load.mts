import { loadLanguageFiles } from '../src/catalogue/languages.js';
import { loadCatalogues } from '../src/catalogue/catalogue.js';
import { createLanguages } from '../src/search/languages.js';
const files = loadLanguageFiles();
const catalogues = loadCatalogues(files);
const languages = createLanguages(catalogues, files);
console.log(languages.all.map((l) => l.catalogue.locale.code));
const es = languages.pick(process.env.LOC ?? 'es-ES');
for (const q of process.argv.slice(2)) {
  const a = es.search.lookup(q);
  const r = a.result;
  console.log(
    q,
    '=>',
    a.safety?.kind ?? '',
    a.flags.map((f) => f.id).join(','),
    r.kind,
    r.kind === 'card'
      ? r.cause.name
      : r.kind === 'did-you-mean'
        ? r.candidates.map((c) => c.id).join('/')
        : r.kind === 'not-covered'
          ? r.entry.id
          : '',
    a.decidedBy,
  );
}
