import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PermissionFlagsBits, type APIInteraction, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { PreferenceStore } from '../../src/store/store.js';
import { renderResponse } from '../../src/preview/render.js';
import { testApp } from '../support/app.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { pick, slash } from '../support/interactions.js';
import { buttonsOf, isPrivate, message } from '../support/messages.js';

const folders: string[] = [];
const stores: PreferenceStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The app with a real SQLite store in a fresh folder, answering as Discord would see it. */
function appWithStore() {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-members-'));
  folders.push(folder);
  const store = openSqliteStore({ path: join(folder, 'cramp.sqlite'), logger: createLogger({ level: 'silent' }) });
  stores.push(store);
  const app = testApp({ preferences: store });
  const answer = async (interaction: APIInteraction) => {
    const response = await app.router.answer(interaction);
    assertValidCallback(response);
    return message(response);
  };
  return { app, answer, store };
}

const button = (data: APIInteractionResponseCallbackData, label: string) => {
  const found = buttonsOf(data).find((b) => b.label === label);
  if (!found)
    throw new Error(
      `no "${label}" button among ${buttonsOf(data)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return found.customId;
};

const MEMBER = '1300000000000000021';
const NEWCOMER = '1300000000000000022';
const MODERATOR = { userId: '1300000000000000023', permissions: String(PermissionFlagsBits.ManageGuild) };

describe('sharing and following a card', () => {
  it('a private card can be shared: the same card, posted publicly, with no buttons meant for one member', async () => {
    const { answer } = appWithStore();
    const card = await answer(slash('cramp-cause', { query: 'dvt', private: true }, { userId: MEMBER }));
    expect(isPrivate(card)).toBe(true);
    expect(
      buttonsOf(card)
        .map((b) => b.label)
        .slice(0, 3),
    ).toEqual(['Clinical view', 'Share in channel', 'Forget my choices']);
    const shared = await answer(pick(button(card, 'Share in channel'), [], { userId: MEMBER }));
    expect(isPrivate(shared)).toBe(false);
    expect(shared.embeds).toEqual(card.embeds);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(shared).map((b) => b.label)).not.toContain('Forget my choices');
    expect(buttonsOf(shared).map((b) => b.label)).not.toContain('Share in channel');
  });

  it('"Forget my choices" is only on private replies', async () => {
    const { answer } = appWithStore();
    const publicCard = await answer(slash('cramp-cause', { query: 'dvt' }));
    expect(isPrivate(publicCard)).toBe(false);
    expect(buttonsOf(publicCard).map((b) => b.label)).not.toContain('Forget my choices');
  });

  it('related causes are buttons that open their cards, privately', async () => {
    const { answer } = appWithStore();
    const card = await answer(slash('cramp-cause', { query: 'dvt' }));
    const opened = await answer(pick(button(card, 'Peripheral artery disease (PAD)'), []));
    expect(opened.embeds?.[0]?.title).toBe('Peripheral artery disease (PAD)');
    expect(isPrivate(opened)).toBe(true);
  });

  it('a card from a looser match says it is the closest match, quoting the query only privately', async () => {
    const { answer } = appWithStore();
    const privately = await answer(slash('cramp-cause', { query: 'hypothyrodism', private: true }));
    expect(privately.content).toBe('Closest match for “hypothyrodism”:');
    expect(privately.embeds?.[0]?.author?.name).toMatch(/^Closest match · /);
    const publicly = await answer(slash('cramp-cause', { query: 'hypothyrodism' }));
    expect(publicly.content).toBeUndefined();
    expect(publicly.embeds?.[0]?.author?.name).toMatch(/^Closest match · /);
    expect((await answer(slash('cramp-cause', { query: 'hypothyroidism' }))).embeds?.[0]?.author?.name).not.toMatch(/Closest/);
  });
});

describe('/cramp-about', () => {
  it('answers privately with the source, its date and review status, the full disclaimer, what is stored and how to erase it', async () => {
    const { answer, app } = appWithStore();
    const about = await answer(slash('cramp-about'));
    expect(isPrivate(about)).toBe(true);
    const fields = Object.fromEntries((about.embeds?.[0]?.fields ?? []).map((field) => [field.name, field.value]));
    expect(fields.Source).toBe(app.catalogue.meta.source);
    expect(fields['How current']).toBe('Source updated 2025-02-25 · not yet clinically reviewed');
    expect(fields.Disclaimer).toBe(app.catalogue.meta.disclaimer);
    expect(fields['What is stored about you']).toMatch(/your Discord user id, the choice and when you made it/);
    expect(fields['How to erase it']).toMatch(/Forget my choices/);
    expect(about.embeds?.[0]?.title).toMatch(/^About cramp-bot \d+\.\d+\.\d+$/);
  });

  it('names whom to ask about one’s data when the operator set OPERATOR_CONTACT', async () => {
    const aboutFrom = async (app: ReturnType<typeof testApp>) => {
      const response = await app.router.answer(slash('cramp-about'));
      assertValidCallback(response);
      return message(response).embeds?.[0]?.fields?.find((field) => field.name === 'How to erase it')?.value;
    };
    expect(await aboutFrom(testApp({ operatorContact: 'privacy@example.org' }))).toContain(
      'Questions about your data: `privacy@example.org`, who runs this bot.',
    );
    expect(await aboutFrom(testApp())).not.toContain('Questions');
  });

  it('lets a member erase what is stored about them from there, with no card needed', async () => {
    const { answer, store } = appWithStore();
    await answer(slash('cramp-cause', { query: 'dvt', audience: 'clinician', country: 'NZ' }, { userId: MEMBER }));
    expect(await store.audienceOf(MEMBER)).toBe('clinician');
    const about = await answer(slash('cramp-about', {}, { userId: MEMBER }));
    const erased = await answer(pick(button(about, 'Forget my choices'), [], { userId: MEMBER }));
    expect(erased.content ?? '').toMatch(/^Done: your choices are erased/);
    expect([await store.audienceOf(MEMBER), await store.countryOf(MEMBER)]).toEqual([undefined, undefined]);
  });
});

describe('/cramp-settings: server defaults, set by moderators', () => {
  it('refuses a member without Manage Server, and changes nothing', async () => {
    const { answer, store } = appWithStore();
    const refused = await answer(slash('cramp-settings', { reading: 'clinician' }, { userId: MEMBER }));
    expect(isPrivate(refused)).toBe(true);
    expect(refused.content).toMatch(/Only members with the \*\*Manage Server\*\* permission/);
    expect(await store.serverSettings('1300000000000000002')).toEqual({});
  });

  it('a moderator’s default changes what a new member sees; a member’s own choice still wins', async () => {
    const { answer } = appWithStore();
    const saved = await answer(slash('cramp-settings', { reading: 'clinician', visibility: 'private' }, MODERATOR));
    expect(saved.embeds?.[0]?.title).toBe('Server settings saved');
    const newcomer = await answer(slash('cramp-cause', { query: 'dvt' }, { userId: NEWCOMER }));
    expect(newcomer.embeds?.[0]?.author?.name).toContain('Clinical view');
    expect(isPrivate(newcomer)).toBe(true);
    await answer(slash('cramp-causes', { audience: 'general' }, { userId: MEMBER }));
    const member = await answer(slash('cramp-cause', { query: 'dvt', private: false }, { userId: MEMBER }));
    expect(member.embeds?.[0]?.author?.name).toContain('Plain language');
    expect(isPrivate(member)).toBe(false);
  });

  it('shows the settings when given no option, and reset erases them', async () => {
    const { answer } = appWithStore();
    await answer(slash('cramp-settings', { visibility: 'public' }, MODERATOR));
    const shown = await answer(slash('cramp-settings', {}, MODERATOR));
    expect(shown.embeds?.[0]?.fields?.find((field) => field.name === '/cramp-causes list')?.value).toMatch(/^Public/);
    expect(isPrivate(await answer(slash('cramp-causes', {}, { userId: NEWCOMER })))).toBe(false);
    await answer(slash('cramp-settings', { reset: true }, MODERATOR));
    expect(isPrivate(await answer(slash('cramp-causes', {}, { userId: NEWCOMER })))).toBe(true);
  });

  it('private only: no member option, button or menu posts anything, and /cramp-settings and /cramp-about say so', async () => {
    const { answer, store } = appWithStore();
    const publicCard = await answer(slash('cramp-cause', { query: 'dvt', private: true }, { userId: MEMBER }));
    const oldShare = button(publicCard, 'Share in channel');
    const saved = await answer(slash('cramp-settings', { visibility: 'private-only', country: 'IE' }, MODERATOR));
    expect(saved.embeds?.[0]?.fields?.[1]).toEqual({
      name: 'Answers',
      value: 'Private only: only the member sees them, and members cannot post or share them',
    });
    expect(await store.serverSettings('1300000000000000002')).toEqual({ visibility: 'private', privateOnly: true, country: 'IE' });
    const card = await answer(slash('cramp-cause', { query: 'dvt', private: false }, { userId: MEMBER }));
    expect(isPrivate(card)).toBe(true);
    expect(buttonsOf(card).map((b) => b.label)).not.toContain('Share in channel');
    expect(isPrivate(await answer(slash('cramp-causes', { private: false }, { userId: MEMBER })))).toBe(true);
    // A card from before the change still carries the button: pressing it posts nothing, and says why.
    const shared = await answer(pick(oldShare, [], { userId: MEMBER }));
    expect(isPrivate(shared)).toBe(true);
    expect(shared.content).toMatch(/^This server’s moderators keep answers private, so nothing was posted/);
    const about = await answer(slash('cramp-about', {}, { userId: MEMBER }));
    expect(about.embeds?.[0]?.fields?.map((field) => field.name)).toContain('On this server');
    // Choosing another visibility ends it.
    await answer(slash('cramp-settings', { visibility: 'public' }, MODERATOR));
    expect(await store.serverSettings('1300000000000000002')).toEqual({ visibility: 'public', country: 'IE' });
    expect(isPrivate(await answer(slash('cramp-cause', { query: 'dvt' }, { userId: MEMBER })))).toBe(false);
  });

  it('the bot leaving a server erases that server’s settings', async () => {
    const { answer, app, store } = appWithStore();
    await answer(slash('cramp-settings', { reading: 'clinician' }, MODERATOR));
    expect(await store.serverSettings('1300000000000000002')).toEqual({ audience: 'clinician' });
    await app.router.serverLeft('1300000000000000002');
    expect(await store.serverSettings('1300000000000000002')).toEqual({});
  });
});

describe('help numbers for the member’s country', () => {
  const crisis = 'i want to end it all';
  const numbers = (data: APIInteractionResponseCallbackData) => data.embeds?.[0]?.description ?? '';

  it('a member’s chosen country is remembered for their next replies, and Forget my choices erases it', async () => {
    const { answer } = appWithStore();
    expect(numbers(await answer(slash('cramp-cause', { query: crisis, country: 'IE' }, { userId: MEMBER })))).toMatch(
      /Numbers for Ireland \(you chose\)/,
    );
    expect(numbers(await answer(slash('cramp-cause', { query: crisis }, { userId: MEMBER })))).toMatch(
      /call 112 or 999 now.*\(you chose\)/s,
    );
    const card = await answer(slash('cramp-cause', { query: 'dvt', private: true }, { userId: MEMBER }));
    await answer(pick(button(card, 'Forget my choices'), [], { userId: MEMBER }));
    expect(numbers(await answer(slash('cramp-cause', { query: crisis }, { userId: MEMBER })))).toMatch(
      /Numbers for the United Kingdom \(your Discord language\)/,
    );
  });

  it('a server’s country applies to members who did not choose, before their Discord language', async () => {
    const { answer, store } = appWithStore();
    const saved = await answer(slash('cramp-settings', { country: 'AU' }, MODERATOR));
    // The server's country, not the moderator's own.
    expect(await store.countryOf(MODERATOR.userId)).toBeUndefined();
    expect(saved.embeds?.[0]?.fields).toContainEqual({
      name: 'Help numbers',
      value: expect.stringMatching(/^Australia: emergency 000/) as unknown,
    });
    expect(numbers(await answer(slash('cramp-cause', { query: crisis }, { userId: NEWCOMER })))).toMatch(
      /call 000 now.*\(this server’s setting\)/s,
    );
    expect(numbers(await answer(slash('cramp-cause', { query: crisis, country: 'CA' }, { userId: NEWCOMER })))).toMatch(
      /Numbers for Canada/,
    );
  });
});

describe('on a phone: the preview at 40 columns', () => {
  const narrow = { color: false, width: 40 };

  it('the list of causes is at most 30 lines, with the danger signs after it', async () => {
    const { app } = appWithStore();
    const lines = renderResponse(await app.router.answer(slash('cramp-causes')), narrow).split('\n');
    const signsAt = lines.findIndex((line) => line.includes('Danger signs'));
    expect(signsAt).toBeGreaterThan(0);
    expect(signsAt).toBeLessThanOrEqual(30);
  });

  it('every do-not-miss card shows its urgent-care advice within its first 10 lines', async () => {
    const { app } = appWithStore();
    for (const cause of app.catalogue.causesIn('do-not-miss')) {
      const lines = renderResponse(await app.router.answer(slash('cramp-cause', { query: cause.id })), narrow).split('\n');
      expect(lines.slice(0, 10).some((line) => line.includes('🚨 Emergency'))).toBe(true);
    }
  });
});
