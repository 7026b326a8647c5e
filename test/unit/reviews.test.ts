import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import raw from '../../data/catalogue.json' with { type: 'json' };
import { CatalogueError, loadCatalogue, parseCatalogue, parseTranslation, type Catalogue } from '../../src/catalogue/catalogue.js';
import { loadLanguageFiles, type LanguageFile } from '../../src/catalogue/languages.js';
import { runReview } from '../../src/review/review.js';
import { testApp } from '../support/app.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { slash } from '../support/interactions.js';
import { message } from '../support/messages.js';

const reviewer = ['--name', 'Dr Ada Example', '--role', 'general practitioner', '--body', 'GMC', '--number', '7654321'];
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the catalogue and an empty sign-off file in a folder of their own, and `npm run review` over them. */
function workspace(languages?: () => readonly LanguageFile[]) {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-review-'));
  folders.push(folder);
  const catalogueFile = join(folder, 'catalogue.json');
  const reviewsFile = join(folder, 'reviews.json');
  writeFileSync(catalogueFile, JSON.stringify(raw));
  writeFileSync(reviewsFile, JSON.stringify({ records: [] }));
  const review = (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runReview(argv, {
      catalogueFile,
      reviewsFile,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      today: () => '2026-12-04',
      ...(languages ? { languages } : {}),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const load = () =>
    parseCatalogue(JSON.parse(readFileSync(catalogueFile, 'utf8')), catalogueFile, JSON.parse(readFileSync(reviewsFile, 'utf8')));
  const edit = (change: (catalogue: typeof raw) => void) => {
    const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as typeof raw;
    change(catalogue);
    writeFileSync(catalogueFile, JSON.stringify(catalogue));
  };
  return { review, load, edit, reviewsFile, catalogueFile };
}

/** The footer of the card a member gets for `query`. */
async function cardFooter(catalogue: Catalogue, query: string) {
  const response = await testApp({ catalogue }).router.answer(slash('cramp-cause', { query }));
  assertValidCallback(response);
  return message(response).embeds?.at(-1)?.footer?.text ?? '';
}

describe('clinical sign-off, item by item', () => {
  it('a signed card says who reviewed it; an edit turns it back to "not yet clinically reviewed" and review lists it; a new sign-off restores it', async () => {
    const { review, load, edit } = workspace();
    expect(await cardFooter(load(), 'hypothyroidism')).toContain('not yet clinically reviewed');

    expect(review('--sign', 'disclaimer', 'cause:hypothyroidism', ...reviewer).code).toBe(0);
    expect(await cardFooter(load(), 'hypothyroidism')).toContain(
      'Source updated 2025-02-25 · reviewed by general practitioner on 2026-12-04',
    );

    edit((catalogue) => {
      const cause = catalogue.causes.find((candidate) => candidate.id === 'hypothyroidism');
      if (cause) cause.summary = `${cause.summary} Edited after the review.`;
    });
    expect(await cardFooter(load(), 'hypothyroidism')).toContain('not yet clinically reviewed');
    const listed = review();
    expect(listed.out).toContain('changed since Dr Ada Example (general practitioner) signed it on 2026-12-04: cause:hypothyroidism');
    expect(listed.out).toMatch(/^\+.*Edited after the review\./m);
    expect(review('--check')).toMatchObject({
      code: 1,
      err: expect.stringContaining('cause:hypothyroidism was signed by Dr Ada Example') as unknown,
    });

    expect(review('--sign', 'cause:hypothyroidism', ...reviewer, '--date', '2026-12-05').code).toBe(0);
    expect(await cardFooter(load(), 'hypothyroidism')).toContain('reviewed by general practitioner on 2026-12-05');
    expect(review('--check').code).toBe(0);
    // Four catalogues indexed and five reviews run: about 0.4 s alone, several seconds on a busy machine.
  }, 30_000);

  it('a record whose hash is not the hash of its text is refused by the schema, naming it forged', () => {
    const { review, reviewsFile, load } = workspace();
    review('--sign', 'cause:sarcoidosis', ...reviewer);
    const file = JSON.parse(readFileSync(reviewsFile, 'utf8')) as { records: { text: string }[] };
    const [record] = file.records;
    if (record) record.text = record.text.replace('Sarcoidosis', 'Sarcoidosis, reviewed');
    writeFileSync(reviewsFile, JSON.stringify(file));
    expect(() => load()).toThrow(CatalogueError);
    expect(() => load()).toThrow(
      /records\[0\]\.hash: its hash is not the hash of the text it claims to sign \(a forged or hand-edited record\)/,
    );
  });

  it('refuses a sign-off of an item the catalogue does not have, or without a reviewer', () => {
    const { review } = workspace();
    expect(review('--sign', 'cause:scurvy', ...reviewer)).toMatchObject({
      code: 2,
      err: expect.stringContaining('no item "cause:scurvy"') as unknown,
    });
    expect(review('--sign', 'cause:sarcoidosis', '--name', 'Dr Ada Example')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--role') as unknown,
    });
  });

  it('shows an item exactly as it would be signed, so a sign-off never covers text the reviewer did not see', () => {
    const { review } = workspace();
    const shown = review('--show', 'red-flag:chest-or-breathing');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out)).toMatchObject({ id: 'chest-or-breathing', level: 'emergency' });
  });
});

describe('a translation is signed on its own', () => {
  const spanish = () => loadLanguageFiles().find((file) => file.code === 'es');

  it('signing the Spanish text of a cause reviews it in Spanish only; editing the translation makes --check fail', () => {
    let edited = false;
    const files = () =>
      loadLanguageFiles().map((file) =>
        edited && file.code === 'es' && file.catalogue
          ? {
              ...file,
              catalogue: {
                ...file.catalogue,
                causes: {
                  ...file.catalogue.causes,
                  sarcoidosis: { ...file.catalogue.causes.sarcoidosis!, summary: 'Un resumen cambiado.' },
                },
              },
            }
          : file,
      );
    const { review, reviewsFile, catalogueFile } = workspace(files);
    expect(review('--language', 'es', '--sign', 'cause:sarcoidosis', ...reviewer).out).toBe(
      'signed cause:sarcoidosis in es as it now reads, by Dr Ada Example (general practitioner) on 2026-12-04',
    );
    const reviews = JSON.parse(readFileSync(reviewsFile, 'utf8')) as unknown;
    const base = JSON.parse(readFileSync(catalogueFile, 'utf8')) as unknown;
    const file = spanish();
    if (!file) throw new Error('no Spanish file');
    expect(parseTranslation(base, file, reviews).reviews.status('cause:sarcoidosis').state).toBe('reviewed');
    expect(parseCatalogue(base, catalogueFile, reviews).reviews.status('cause:sarcoidosis').state).toBe('unreviewed');
    expect(review('--check').code).toBe(0);
    edited = true;
    const check = review('--check');
    expect(check.code).toBe(1);
    expect(check.err).toContain('cause:sarcoidosis (es) was signed by Dr Ada Example but has changed since');
  });

  it('refuses a language with no catalogue, listing those there are', () => {
    const { review } = workspace();
    const result = review('--language', 'ja');
    expect(result.code).toBe(2);
    expect(result.err).toContain('languages with one: en, de, es, fr, pt-BR');
  });
});

describe('the shipped catalogue', () => {
  const catalogue = loadCatalogue();

  it('has no sign-off that no longer matches its text (an edit must renew or remove the record in the same change)', () => {
    const stale = [...catalogue.reviews.items].filter(([, item]) => item.status.state === 'changed').map(([key]) => key);
    expect(stale).toEqual([]);
  });

  it('says "not yet clinically reviewed" on every kind of reply: card, list, note, help, and /cramp-about', async () => {
    const app = testApp({ catalogue });
    const text = async (interaction: ReturnType<typeof slash>) => {
      const response = await app.router.answer(interaction);
      assertValidCallback(response);
      return JSON.stringify(message(response));
    };
    for (const interaction of [
      slash('cramp-cause', { query: 'dvt' }),
      slash('cramp-causes'),
      slash('cramp-cause', { query: 'period cramps' }),
      slash('cramp-cause', { query: 'xyzzy' }),
      slash('cramp-cause', { query: 'i want to die' }),
      slash('cramp-about'),
    ])
      expect(await text(interaction)).toContain('not yet clinically reviewed');
  });
});
