import { describe, expect, it } from 'vitest';
import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  Locale,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { CommandOptions } from '../../src/interactions/options.js';
import { testApp } from '../support/app.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { pick, slash, typing } from '../support/interactions.js';
import { buttonsOf, isPrivate, message } from '../support/messages.js';

const catalogue = loadCatalogue();
const app = testApp({ catalogue });
const router = app.router;

/** Answers an interaction and checks the body against Discord's schema before the test looks at it. */
async function answer(interaction: APIInteraction): Promise<APIInteractionResponse> {
  const response = await router.answer(interaction);
  assertValidCallback(response);
  return response;
}

function choices(response: APIInteractionResponse) {
  if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
    throw new Error(`expected choices, got type ${response.type}`);
  return response.data.choices ?? [];
}

const dvt = catalogue.cause('deep-vein-thrombosis')!;
const shortDisclaimer = catalogue.meta.shortDisclaimer;
describe('/cramp-cause', () => {
  it('answers "blood clot" with the DVT card: red do-not-miss tier, urgent care, references, disclaimer', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'blood clot' })));
    const card = data.embeds?.[0];
    expect(card?.title).toBe('Deep vein thrombosis (DVT)');
    expect(card?.color).toBe(catalogue.tier('do-not-miss').color);
    expect(card?.author?.name).toContain('Do not miss');
    // Urgent care first, above the explanation; the tier is in the header and no field repeats it.
    expect(card?.description).toBe(`🚨 **Emergency:** ${dvt.seekCare.emergency ?? ''}\n\n${dvt.explanation.general}`);
    const field = (name: string) => card?.fields?.find((f) => f.name.includes(name))?.value;
    expect(card?.fields?.map((f) => f.name)).toEqual(['Get help today', 'References']);
    expect(field('Get help today')).toMatch(/a leg is swollen, sore, warm or red/);
    expect(field('References')).toContain('https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/');
    // Related causes are buttons that open their cards.
    expect(buttonsOf(data)).toContainEqual({ label: 'Peripheral artery disease (PAD)', customId: 'card:peripheral-artery-disease' });
    expect(card?.footer?.text).toContain(shortDisclaimer.general);
    expect(card?.footer?.text).toContain('Source updated 2025-02-25 · not yet clinically reviewed');
    expect(isPrivate(data)).toBe(false);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('writes for a clinician when asked, and privately when asked', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'DVT', audience: 'clinician', private: true })));
    expect(data.embeds?.[0]?.description).toContain(dvt.explanation.clinician);
    expect(data.embeds?.[0]?.footer?.text).toContain(shortDisclaimer.clinician);
    expect(data.embeds?.[0]?.author?.name).toContain('Clinical view');
    expect(isPrivate(data)).toBe(true);
  });

  it('gives a cause with no emergency line its same-day and routine advice only', async () => {
    const card = message(await answer(slash('cramp-cause', { query: 'charley horse' }))).embeds?.[0];
    expect(card?.title).toBe('Muscle strain or overuse');
    expect(card?.fields?.map((f) => f.name).slice(0, 2)).toEqual(['Get help today', 'See a doctor or pharmacist']);
  });

  it('offers the other causes a query also names as buttons under the card', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'vitamin d deficiency and low sodium' })));
    expect(data.embeds?.[0]?.title).toBe('Nutritional deficiencies');
    expect(buttonsOf(data)).toContainEqual({ label: 'Dehydration or electrolyte imbalance', customId: 'card:dehydration-electrolytes' });
  });

  it('answers an emergency with the advice first, its title saying what to do, then the related card', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'chest pain' })));
    expect(data.embeds?.map((embed) => embed.title)).toEqual(['🚨 Get emergency help now', 'Deep vein thrombosis (DVT)']);
    expect(data.embeds?.[0]?.description).toMatch(
      /^\*\*Chest pain, breathlessness or coughing up blood\.\*\* Call an emergency number now/,
    );
    expect(data.embeds?.at(-1)?.footer?.text).toContain(shortDisclaimer.general);
  });

  it('puts urgent advice above a question or a note too, never a line of text over it', async () => {
    const asked = message(await answer(slash('cramp-cause', { query: 'face drooping and slurred speech, he has hidradenitis' })));
    expect(asked.content).toBeUndefined();
    expect(asked.embeds?.map((embed) => embed.title)).toEqual(['🚨 Get emergency help now', undefined]);
    expect(asked.embeds?.[1]?.description).toMatch(/^\*\*Did you mean one of these\?\*\*/);
    expect(asked.embeds?.[1]?.footer?.text).toContain(shortDisclaimer.general);
    expect(buttonsOf(asked).map((button) => button.label)).toContain('Neurological disorders');
    expect(isPrivate(asked)).toBe(true);
    const noted = message(await answer(slash('cramp-cause', { query: 'chest pain and my knee hurts' })));
    expect(noted.content).toBeUndefined();
    expect(noted.embeds?.[0]?.title).toBe('🚨 Get emergency help now');
    expect(noted.embeds?.[1]?.description).toMatch(/not a leg\s+muscle cramp/);
    // with no urgent sign, a question is a line of text as before
    expect(message(await answer(slash('cramp-cause', { query: 'vein problems' }))).content).toMatch(/^\*\*Did you mean/);
  });

  it('answers a crisis privately, help first, with numbers for the member’s country, even where answers are public', async () => {
    const crisis = message(await answer(slash('cramp-cause', { query: 'honestly they would all be better off without me' })));
    expect(isPrivate(crisis)).toBe(true);
    expect(crisis.embeds).toHaveLength(1);
    expect(crisis.embeds?.[0]?.description).toMatch(
      /call 999 now.*Samaritans 116 123.*Numbers for the United Kingdom \(your Discord language\)/s,
    );
    expect(crisis.embeds?.[0]?.footer?.text).toContain(shortDisclaimer.general);
    const american = message(await answer(slash('cramp-cause', { query: 'kms' }, { locale: Locale.EnglishUS })));
    expect(american.embeds?.[0]?.description).toMatch(/call 911 now.*988/s);
    const chosen = message(await answer(slash('cramp-cause', { query: 'kms', country: 'AU' }, { locale: Locale.EnglishUS })));
    expect(chosen.embeds?.[0]?.description).toMatch(/call 000 now.*Lifeline 13 11 14.*Numbers for Australia \(you chose\)/s);
    const unknown = message(await answer(slash('cramp-cause', { query: 'kms' }, { locale: Locale.Finnish })));
    expect(unknown.embeds?.[0]?.description).toMatch(/local emergency number.*findahelpline\.com.*We do not know your country/s);
    // Other urgent advice comes privately too, first, whatever the member or the server chose for answers.
    expect(isPrivate(message(await answer(slash('cramp-cause', { query: 'chest pain' }))))).toBe(true);
    expect(isPrivate(message(await answer(slash('cramp-cause', { query: 'chest pain', private: false }))))).toBe(true);
  });

  it('sends an overdose to emergency care even when the member feels well, and offers the cramp answer only as a button', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'took 20 paracetamol last night and my calf cramps' })));
    expect(isPrivate(data)).toBe(true);
    expect(data.embeds?.[0]?.title).toBe('🚨 Get emergency help now');
    expect(data.embeds?.[0]?.description).toMatch(/emergency even if you feel fine: call 999.*paracetamol/s);
    expect(data.embeds).toHaveLength(1);
    expect(buttonsOf(data).map((button) => button.label)).toContain('Muscle strain or overuse');
  });

  it('offers only help while a member types a crisis, so a tapped suggestion cannot skip the safety pass', async () => {
    const offered = choices(await answer(typing('cramp-cause', { query: 'i want to end it all' }, 'query')));
    expect(offered).toHaveLength(1);
    const tapped = message(await answer(slash('cramp-cause', { query: String(offered[0]?.value) })));
    expect(isPrivate(tapped)).toBe(true);
    expect(tapped.embeds?.[0]?.description).toMatch(/Samaritans/);
  });

  it('reads a disclosure at the end of a long message', async () => {
    const long = `${'my calves cramp every night after work and it is getting worse. '.repeat(12)}i have been saving up my pills`;
    expect(long.length).toBeGreaterThan(700);
    const data = message(await answer(slash('cramp-cause', { query: long })));
    expect(isPrivate(data)).toBe(true);
    expect(data.embeds?.[0]?.description).toMatch(/Samaritans/);
  });

  it('names the other signs a member described, in their own words, as urgent advice is always private', async () => {
    const query = 'chest pain and my left leg is swollen';
    const field = async (values: Record<string, string | boolean>) =>
      message(await answer(slash('cramp-cause', { query, ...values }))).embeds?.[0]?.fields?.[0];
    expect(await field({ private: true })).toEqual({
      name: 'You also described',
      value: 'One swollen, painful, warm or red leg (you wrote “left leg swollen”)',
    });
    expect((await field({ private: false }))?.value).toBe('One swollen, painful, warm or red leg (you wrote “left leg swollen”)');
  });

  it("names a medicine's class on the medication card, and says not to stop it without advice", async () => {
    const card = message(await answer(slash('cramp-cause', { query: 'atorvastatin' }))).embeds?.[0];
    expect(card?.title).toBe('Medication side effects');
    expect(card?.fields?.[0]?.name).toBe('About Atorvastatin');
    expect(card?.fields?.[0]?.value).toMatch(/Statin.*Do not stop a prescribed medicine without advice/s);
  });

  it('answers something not covered with a private note, never a card for the nearest spelling', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'cirrhosis' })));
    expect(data.embeds).toBeUndefined();
    expect(data.content).toMatch(/^Liver cirrhosis is a real cause of muscle cramps, but this catalogue does not cover it yet/);
    expect(data.content).toContain(`-# ${shortDisclaimer.general}`);
    expect(isPrivate(data)).toBe(true);
  });

  it('asks "Did you mean …?" with buttons that open the cards, when it is not sure', async () => {
    const data = message(await answer(slash('cramp-cause', { query: 'vein problems' })));
    expect(data.embeds).toBeUndefined();
    expect(data.content).toMatch(/^\*\*Did you mean one of these\?\*\*/);
    expect(isPrivate(data)).toBe(true);
    const buttons = data.components?.[0]?.type === ComponentType.ActionRow ? data.components[0].components : [];
    expect(buttons.map((button) => ('label' in button ? button.label : ''))[0]).toBe('Deep vein thrombosis (DVT)');
    const opened = message(await answer(pick(buttons[0] && 'custom_id' in buttons[0] ? buttons[0].custom_id : '', [])));
    expect(opened.embeds?.[0]?.title).toBe('Deep vein thrombosis (DVT)');
    expect(isPrivate(opened)).toBe(true);
  });

  it('treats an id picked from autocomplete as an exact hit', async () => {
    for (const cause of catalogue.causes) {
      expect(message(await answer(slash('cramp-cause', { query: cause.id }))).embeds?.[0]?.title).toBe(cause.name);
    }
  });

  it('answers a query with no match privately, quoting it without markdown or mentions', async () => {
    const data = message(await answer(slash('cramp-cause', { query: '**boom** <@123456789012345678> @everyone _x_ `code` xyzzy' })));
    expect(isPrivate(data)).toBe(true);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('\\*\\*boom\\*\\*');
    expect(data.content).toContain('\\<@\u200b123456789012345678\\>');
    expect(data.content).toContain('@\u200beveryone');
    expect(data.content).toContain('/cramp-causes');
    expect(data.embeds).toBeUndefined();
  });

  it('carries the disclaimer even on short private notes', async () => {
    for (const interaction of [
      slash('cramp-cause', { query: 'xyzzy' }),
      slash('cramp-cause', { query: ' ' }),
      slash('cramp-causes', { tier: 'x' }),
      pick('cramp-causes:open:general', ['gone']),
    ]) {
      expect(message(await answer(interaction)).content).toContain(`\n-# ${shortDisclaimer.general} Full text: /cramp-about`);
    }
  });

  it('answers an empty or blank query with how to use it, not an error', async () => {
    for (const query of ['', '   ', '\n\t']) {
      const data = message(await answer(slash('cramp-cause', { query })));
      expect(isPrivate(data)).toBe(true);
      expect(data.content).toMatch(/Type what you want to look up/);
    }
  });

  it('cuts a query longer than Discord allows instead of refusing it', async () => {
    const data = message(await answer(slash('cramp-cause', { query: `blood clot ${'x'.repeat(10_000)}` })));
    expect(data.embeds?.[0]?.title).toBe('Deep vein thrombosis (DVT)');
    const noMatch = message(await answer(slash('cramp-cause', { query: 'q'.repeat(10_000) })));
    expect(noMatch.content).toContain(`“${'q'.repeat(99)}…”`);
    expect(noMatch.content!.length).toBeLessThanOrEqual(2000);
  });

  it('cuts a long query between characters, never through an emoji', () => {
    const definition = app.definitions.find((command) => command.name === 'cramp-cause');
    const query = `${'a'.repeat(999)}😀 my calf cramps`;
    const cut = new CommandOptions([{ type: ApplicationCommandOptionType.String, name: 'query', value: query }], definition).string(
      'query',
    );
    expect(cut).toBe('a'.repeat(999));
  });

  it('survives unicode: emoji, right-to-left text, zero-width characters', async () => {
    for (const query of ['🦵💥', 'تشنج', 'blood\u200bclot', '\u202Eclot', 'ＤＶＴ']) {
      // A card or a private note, valid for Discord either way (the helper checks the schema).
      const data = message(await answer(slash('cramp-cause', { query })));
      expect(data.embeds?.length ?? data.content?.length).toBeGreaterThan(0);
    }
    expect(message(await answer(slash('cramp-cause', { query: 'ＤＶＴ' }))).embeds?.[0]?.title).toBe('Deep vein thrombosis (DVT)');
  });
});

describe('/cramp-cause autocomplete', () => {
  it('lists the whole catalogue in tier order for an empty input, names with their tier', async () => {
    const list = choices(await answer(typing('cramp-cause', { query: '' }, 'query')));
    expect(list.map((c) => c.value)).toEqual(catalogue.causes.map((c) => c.id));
    expect(list[0]?.name).toBe('Muscle strain or overuse · Single most likely');
  });

  it('suggests the best match first while typing', async () => {
    expect(choices(await answer(typing('cramp-cause', { query: 'thromb' }, 'query')))[0]?.value).toBe('deep-vein-thrombosis');
    expect(choices(await answer(typing('cramp-cause', { query: 'clau' }, 'query')))[0]?.value).toBe('peripheral-artery-disease');
  });

  it('keeps within Discord limits: at most 25 choices, names and values at most 100 characters', async () => {
    for (const query of ['', 'e', 'a'.repeat(500), '💥']) {
      const list = choices(await answer(typing('cramp-cause', { query }, 'query')));
      expect(list.length).toBeLessThanOrEqual(25);
      for (const choice of list) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(String(choice.value).length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('offers nothing for an option it does not complete', async () => {
    expect(choices(await answer(typing('cramp-cause', { query: 'dvt', audience: 'gen' }, 'audience')))).toEqual([]);
  });
});

describe('/cramp-causes', () => {
  it('lists every cause in one compact embed, by tier, do-not-miss marked, privately by default', async () => {
    const data = message(await answer(slash('cramp-causes')));
    expect(data.embeds).toHaveLength(2);
    const description = data.embeds?.[0]?.description ?? '';
    expect(description.split('\n\n').map((block) => block.split('\n')[0])).toEqual([
      '**Single most likely**',
      '**Other likely**',
      '**🚨 Do not miss**',
      '**Rare**',
    ]);
    for (const cause of catalogue.causes) expect(description).toContain(cause.name);
    expect(data.embeds?.[0]?.footer?.text).toContain(shortDisclaimer.general);
    expect(isPrivate(data)).toBe(true);
  });

  it('shows every danger sign under the list, the emergencies first', async () => {
    const signs = message(await answer(slash('cramp-causes'))).embeds?.[1];
    expect(signs?.title).toBe('Danger signs');
    expect(signs?.description).toMatch(/^🚨 \*\*Call an emergency number now\*\* for: .*\n\n⚠️ \*\*Get medical help today\*\* for: /s);
    for (const flag of catalogue.redFlags) expect(signs?.description).toContain(flag.sign);
  });

  it('posts the list to the channel on request', async () => {
    expect(isPrivate(message(await answer(slash('cramp-causes', { private: false }))))).toBe(false);
  });

  it('offers a select menu that opens any cause', async () => {
    const data = message(await answer(slash('cramp-causes', { audience: 'clinician' })));
    const row = data.components?.[0];
    const menu = row && 'components' in row ? row.components[0] : undefined;
    expect(menu).toMatchObject({ type: 3, custom_id: 'open:clinician' });
    expect(menu && 'options' in menu ? menu.options.map((o) => o.value) : []).toEqual(catalogue.causes.map((c) => c.id));
  });

  it('narrows to one tier, in its colour', async () => {
    const data = message(await answer(slash('cramp-causes', { tier: 'rare' })));
    expect(data.embeds?.[0]?.description).toBe('**Rare**\nHypothyroidism · Sarcoidosis · Amyloidosis');
    expect(data.embeds?.[0]?.color).toBe(catalogue.tier('rare').color);
  });

  it('quotes a hostile tier value capped in UTF-16 code units, so the note stays within Discord’s 2,000', async () => {
    const data = message(await answer(slash('cramp-causes', { tier: `x${'\u0301'.repeat(9_000)}` })));
    expect(data.content?.length).toBeLessThanOrEqual(2000);
    // One "character" of 9,001 code units: longer than the whole budget, so it is left out, not split.
    expect(data.content).toMatch(/^There is no tier “…”/);
  });

  it('answers a tier that does not exist with the tiers that do', async () => {
    const data = message(await answer(slash('cramp-causes', { tier: 'common' })));
    expect(isPrivate(data)).toBe(true);
    expect(data.content).toContain('`do-not-miss`');
  });
});

describe('the select menu under /cramp-causes', () => {
  it('opens the picked cause as a card only the member who picked sees, in the list’s language', async () => {
    const data = message(await answer(pick('cramp-causes:open:clinician', ['peripheral-artery-disease'])));
    expect(isPrivate(data)).toBe(true);
    expect(data.embeds?.[0]?.title).toBe('Peripheral artery disease (PAD)');
    expect(data.embeds?.[0]?.description).toContain(catalogue.cause('peripheral-artery-disease')?.explanation.clinician);
  });

  it('explains when the picked cause has left the catalogue since the list was posted', async () => {
    const data = message(await answer(pick('cramp-causes:open:clinician', ['gout'])));
    expect(isPrivate(data)).toBe(true);
    expect(data.content).toMatch(/no longer in the catalogue/);
  });
});
