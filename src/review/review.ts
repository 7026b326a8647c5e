import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { CatalogueError, parseCatalogue, parseTranslation } from '../catalogue/catalogue.js';
import { loadLanguageFiles, type LanguageFile } from '../catalogue/languages.js';
import { ReviewerSchema, ReviewsSchema, signOff, type Reviewer, type ReviewItemKey, type ReviewsFile } from '../catalogue/reviews.js';

const usage = `Clinical sign-off of the catalogue, item by item.

  npm run review                                   what is unreviewed, and what changed since it was signed (with the changes)
  npm run review -- --show <item>                  an item's text exactly as it would be signed
  npm run review -- --sign <item> [<item> …] --name "<name>" --role "<role>" [--body <registration body> --number <number>] [--date YYYY-MM-DD]
  npm run review -- --sign <item> … --reviewer reviewer.json     the same, with the reviewer's details in a file
  npm run review -- --check                        exit 1 when a sign-off no longer matches its text, in any language (CI runs this)
  --language <code>                                a translation (es, pt-BR, fr, de, …) instead of English: each is signed on its own

Items: cause:<id>, red-flag:<id>, not-covered:<id>, medicines, disclaimer.`;

export interface ReviewIO {
  /** data/catalogue.json and data/reviews.json, read from disk each run so an edit is seen at once. */
  readonly catalogueFile: string;
  readonly reviewsFile: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Today, as YYYY-MM-DD, for a sign-off without --date. */
  readonly today: () => string;
  /** The language files (default: data/languages), for --language and --check. */
  readonly languages?: () => readonly LanguageFile[];
}

/** Exit codes: 0 done, 1 something to fix (a stale sign-off with --check, a bad catalogue), 2 bad arguments. */
export function runReview(argv: readonly string[], io: ReviewIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sign: { type: 'boolean', default: false },
        show: { type: 'string' },
        check: { type: 'boolean', default: false },
        name: { type: 'string' },
        role: { type: 'string' },
        body: { type: 'string' },
        number: { type: 'string' },
        date: { type: 'string' },
        reviewer: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`review: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  let file: ReviewsFile;
  let catalogue;
  let translations;
  const language = values.language ?? 'en';
  try {
    file = ReviewsSchema.parse(JSON.parse(readFileSync(io.reviewsFile, 'utf8')));
    const base: unknown = JSON.parse(readFileSync(io.catalogueFile, 'utf8'));
    const files = (io.languages ?? loadLanguageFiles)().filter((candidate) => candidate.catalogue && candidate.code !== 'en');
    const chosen = files.find((candidate) => candidate.code === language);
    if (language !== 'en' && !chosen) {
      io.err(`review: no catalogue in "${language}"; languages with one: en, ${files.map((candidate) => candidate.code).join(', ')}`);
      return 2;
    }
    catalogue = chosen ? parseTranslation(base, chosen, file) : parseCatalogue(base, io.catalogueFile, file);
    translations = values.check && !values.language ? files.map((candidate) => parseTranslation(base, candidate, file)) : [];
  } catch (error) {
    io.err(`review: ${error instanceof CatalogueError || error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { items } = catalogue.reviews;

  if (values.show !== undefined) {
    const item = items.get(values.show as ReviewItemKey);
    if (!item) return unknownItem(io, values.show);
    io.out(item.text);
    return 0;
  }

  if (values.sign) {
    const keys = positionals as ReviewItemKey[];
    if (keys.length === 0) {
      io.err('review: name the items to sign, e.g. --sign cause:muscle-overuse red-flag:chest-or-breathing');
      return 2;
    }
    const unknown = keys.find((key) => !items.has(key));
    if (unknown !== undefined) return unknownItem(io, unknown);
    const reviewer = readReviewer(values, io);
    if (!reviewer) return 2;
    const date = values.date ?? io.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      io.err('review: --date must be YYYY-MM-DD');
      return 2;
    }
    const records = keys.map((key) => signOff(key, items.get(key)?.text ?? '', reviewer, date, language));
    const next = ReviewsSchema.parse({ ...file, records: [...file.records, ...records] });
    writeFileSync(io.reviewsFile, `${JSON.stringify(next, null, 2)}\n`);
    const where = language === 'en' ? '' : ` in ${language}`;
    for (const key of keys) io.out(`signed ${key}${where} as it now reads, by ${reviewer.name} (${reviewer.role}) on ${date}`);
    return 0;
  }

  // Items signed once and edited since, each with the latest sign-off (whose text the diff starts from).
  const changed = [...items].flatMap(([key, item]) =>
    item.status.state === 'changed' ? [{ key, text: item.text, record: item.status.record }] : [],
  );
  if (values.check) {
    // Without --language, every language's sign-offs are checked: a translation edited after it was signed is stale too.
    const stale = [catalogue, ...translations].flatMap((checked) =>
      [...checked.reviews.items].flatMap(([key, item]) =>
        item.status.state === 'changed'
          ? [{ key: checked === catalogue ? key : `${key} (${checked.locale.code})`, record: item.status.record }]
          : [],
      ),
    );
    if (stale.length === 0) {
      io.out(`every sign-off matches its text (${String(catalogue.reviews.records.length)} records)`);
      return 0;
    }
    for (const { key, record } of stale) io.err(`review: ${key} was signed by ${record.reviewer.name} but has changed since`);
    io.err('review: renew these sign-offs (npm run review -- --sign …) or remove their records, in the same change');
    return 1;
  }

  const unreviewed = [...items].filter(([, item]) => item.status.state === 'unreviewed');
  const reviewed = items.size - unreviewed.length - changed.length;
  io.out(
    `${String(reviewed)} of ${String(items.size)} items signed as they stand; ${String(changed.length)} changed since signed; ${String(unreviewed.length)} never signed`,
  );
  for (const { key, text, record } of changed) {
    io.out(`\nchanged since ${record.reviewer.name} (${record.reviewer.role}) signed it on ${record.date}: ${key}`);
    io.out(createTwoFilesPatch(`${key} as signed`, `${key} now`, record.text, text, record.date, 'now').trimEnd());
  }
  if (unreviewed.length > 0) io.out(`\nnever signed:\n${unreviewed.map(([key]) => `  ${key}`).join('\n')}`);
  return 0;
}

function unknownItem(io: ReviewIO, key: string): number {
  io.err(`review: the catalogue has no item "${key}"; run npm run review to list them`);
  return 2;
}

/** The reviewer from --reviewer <file.json>, else from --name, --role, --body and --number. */
function readReviewer(
  values: { name?: string; role?: string; body?: string; number?: string; reviewer?: string },
  io: ReviewIO,
): Reviewer | undefined {
  let input: unknown;
  try {
    input = values.reviewer
      ? JSON.parse(readFileSync(values.reviewer, 'utf8'))
      : {
          name: values.name,
          role: values.role,
          ...(values.body !== undefined || values.number !== undefined
            ? { registration: { body: values.body, number: values.number } }
            : {}),
        };
  } catch (error) {
    io.err(`review: cannot read ${values.reviewer ?? 'the reviewer'}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const result = ReviewerSchema.safeParse(input);
  if (!result.success) {
    const [first] = result.error.issues;
    io.err(
      `review: the reviewer needs ${first ? `${first.path.join('.') || 'a name and role'} (${first.message})` : 'a name and a role'}: --name "<name>" --role "<role>"`,
    );
    return undefined;
  }
  return result.data;
}
