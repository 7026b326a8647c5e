import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { CommandLineError, parseCommandLine } from '../../src/preview/parse-command.js';
import { previewInteraction } from '../../src/preview/preview.js';
import { renderResponse } from '../../src/preview/render.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { slash } from '../support/interactions.js';

const { router, definitions } = testApp();
const plain = { color: false, width: 80 };

describe('reading a command as typed in Discord', () => {
  it('splits options at the names the command has, so values keep their spaces and colons', () => {
    expect(parseCommandLine('/cramp-cause query:pain: when walking audience:general private:true', definitions)).toEqual({
      name: 'cramp-cause',
      options: [
        { type: 3, name: 'query', value: 'pain: when walking' },
        { type: 3, name: 'audience', value: 'general' },
        { type: 5, name: 'private', value: true },
      ],
      last: 'private',
    });
  });

  it('accepts a choice by its value or the name Discord shows', () => {
    expect(parseCommandLine('/cramp-causes tier:Do not miss', definitions).options).toEqual([
      { type: 3, name: 'tier', value: 'do-not-miss' },
    ]);
  });

  it.each([
    ['/cramp-remedies', /unknown command "\/cramp-remedies"/],
    ['/cramp-cause', /needs query:<value>/],
    ['/cramp-cause blood clot', /write options as name:value/],
    ['/cramp-causes tier:sometimes', /tier: choose one of most-likely, other-likely, do-not-miss, rare/],
    ['/cramp-cause query:x private:maybe', /private: expected true or false/],
    ['/cramp-cause query:x query:y', /query: given twice/],
  ])('explains what is wrong with %s', (line, message) => {
    expect(() => parseCommandLine(line, definitions)).toThrow(CommandLineError);
    expect(() => parseCommandLine(line, definitions)).toThrow(message);
  });
});

describe('the preview runs the bot’s own handlers', () => {
  it('gives the same body the bot sends for the same command', async () => {
    const previewed = await previewInteraction(router, definitions, { line: '/cramp-cause query:blood clot audience:general' });
    expect(previewed).toEqual(await router.answer(slash('cramp-cause', { query: 'blood clot', audience: 'general' })));
    assertValidCallback(previewed);
  });

  it('previews autocomplete for the last option written, and a pick in the list’s menu', async () => {
    const suggestions = await previewInteraction(router, definitions, { line: '/cramp-cause query:thromb', autocomplete: true });
    expect(suggestions).toMatchObject({ type: 8, data: { choices: [{ value: 'deep-vein-thrombosis' }] } });
    const picked = await previewInteraction(router, definitions, { line: '/cramp-causes audience:general', pick: 'sarcoidosis' });
    expect(picked).toMatchObject({ type: 4, data: { flags: 64, embeds: [{ title: 'Sarcoidosis' }] } });
  });

  it('renders a card as a member reads it: tier, title, care advice, disclaimer', async () => {
    const text = renderResponse(await router.answer(slash('cramp-cause', { query: 'PAD' })), plain);
    expect(text).toContain('┃ Leg cramps · Do not miss · Plain language');
    expect(text).toContain('┃ Peripheral artery disease (PAD)');
    expect(text).toContain('🚨 Emergency: Call an emergency number');
    expect(text).toContain('NHS: Peripheral arterial disease');
    expect(text).toContain('<https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/>');
    expect(text).toContain('Source updated 2025-02-25');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(82);
  });

  it('renders a private reply as private, and user text without its escapes', async () => {
    const text = renderResponse(await router.answer(slash('cramp-cause', { query: '**nothing** here zzz' })), plain);
    expect(text).toMatch(/^\(only you can see this\)\nNo cause in the leg cramps catalogue matches “\*\*nothing\*\* here zzz”/);
    const hostile = renderResponse(await router.answer(slash('cramp-cause', { query: '[x](https://e.example) `c` <@1> zzq' })), {
      color: false,
      width: 200,
    });
    expect(hostile).toContain('“[x](https://e.example) `c` <@1> zzq”');
  });

  it('renders the card’s buttons and the list’s menu', async () => {
    expect(renderResponse(await router.answer(slash('cramp-cause', { query: 'dvt', private: true })), plain)).toMatch(
      /\n\[ Clinical view \] \[ Share in channel \] \[ Forget my choices \]\n\[ Poor circulation \] \[ Peripheral artery disease \(PAD\) \]$/,
    );
    expect(renderResponse(await router.answer(slash('cramp-causes', { tier: 'rare' })), plain)).toMatch(
      /\n\[▾ Open the card of a cause… \(3 choices\)\]$/,
    );
  });
});
