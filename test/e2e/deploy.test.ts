import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDeploy } from '../../src/deploy/deploy.js';
import { planCommands, sameCommand } from '../../src/deploy/diff.js';
import { testApp } from '../support/app.js';
import { assertValidCommandsPut } from '../support/discord-spec.js';
import { FakeDiscord } from '../../tools/fake-discord/fake-discord.js';
import { TEST_TOKEN } from '../support/harness.js';

const APP = '1300000000000000001';
const GUILD = '1300000000000000002';
const { definitions } = testApp();

async function deploy(args: string[], env: NodeJS.ProcessEnv, timeoutMs?: number) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDeploy(args, {
    definitions,
    env,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}

describe('deploy --dry-run', () => {
  it('prints the exact JSON array it would PUT, valid for Discord, with no token', async () => {
    const { code, out } = await deploy(['--dry-run'], {});
    expect(code).toBe(0);
    const body = JSON.parse(out) as unknown;
    expect(body).toEqual(definitions);
    assertValidCommandsPut(body);
    expect((body as { name: string }[]).map((c) => c.name)).toEqual(['cramp-causes', 'cramp-cause', 'cramp-about', 'cramp-settings']);
    // Installable by members as well as servers, usable in DMs; the settings only in servers, for moderators.
    for (const command of body as Record<string, unknown>[]) {
      if (command.name === 'cramp-settings') {
        expect(command).toMatchObject({ integration_types: [0], contexts: [0], default_member_permissions: '32' });
      } else {
        expect(command).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
      }
    }
  });

  it('with --clear prints an empty array', async () => {
    expect(JSON.parse((await deploy(['--dry-run', '--clear'], {})).out)).toEqual([]);
  });

  it('refuses unknown flags and contradictory ones', async () => {
    expect((await deploy(['--force'], {})).code).toBe(2);
    expect((await deploy(['--guild', GUILD, '--global'], {})).code).toBe(2);
  });
});

describe('the plan: what a deploy adds, changes and removes', () => {
  it('sees Discord’s echo of our own definitions, with its defaults filled in, as unchanged', () => {
    const echoed = definitions.map((d, i) => ({
      ...d,
      id: String(i),
      application_id: APP,
      version: '1',
      type: 1,
      nsfw: false,
      default_member_permissions: d.default_member_permissions ?? null,
      name_localizations: d.name_localizations ?? null,
      description_localizations: d.description_localizations ?? null,
      options: d.options?.map((o) => ({ ...o, description_localizations: o.description_localizations ?? null })),
    }));
    expect(planCommands(definitions, echoed)).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: ['cramp-causes', 'cramp-cause', 'cramp-about', 'cramp-settings'],
    });
  });

  it('finds a new, an edited and a stale command', () => {
    const edited = { ...definitions[1]!, description: 'old text' };
    expect(planCommands(definitions, [edited, ...definitions.slice(2), { name: 'cramp-old' }])).toEqual({
      added: ['cramp-causes'],
      changed: ['cramp-cause'],
      removed: ['cramp-old'],
      unchanged: ['cramp-about', 'cramp-settings'],
    });
    expect(sameCommand(definitions[0], { ...definitions[0], options: [] })).toBe(false);
  });

  it('tells commands apart by type as well as name: a message command named like a slash command is another command', () => {
    const messageCommand = { name: 'cramp-cause', type: 3 };
    expect(planCommands(definitions, [...definitions, messageCommand])).toMatchObject({
      added: [],
      changed: [],
      removed: ['cramp-cause'],
    });
  });
});

describe('deploy against the loopback Discord', () => {
  let fake: FakeDiscord;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN, applicationId: APP });
    env = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: fake.apiUrl };
  });
  afterEach(async () => {
    // Every registration the loopback Discord received must be one Discord's own schema accepts.
    for (const put of fake.requestsTo('PUT', /\/commands$/)) assertValidCommandsPut(put.body);
    await fake.close();
  });

  const puts = (path: RegExp) => fake.requestsTo('PUT', path);

  it('registers to one server: the PUT body is what the dry run prints, and a second run writes nothing', async () => {
    const first = await deploy(['--guild', GUILD], env);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('+ /cramp-causes  (new)');
    expect(first.out).toContain(`Registered 4 commands for server ${GUILD}.`);
    const [put] = puts(/\/guilds\/\d+\/commands$/);
    expect(put?.body).toEqual(JSON.parse((await deploy(['--dry-run'], {})).out));
    expect(put?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    assertValidCommandsPut(put?.body);

    const second = await deploy([], { ...env, DISCORD_GUILD_ID: GUILD });
    expect(second.code).toBe(0);
    expect(second.out).toContain('= /cramp-cause  (unchanged)');
    expect(second.out).toContain('Nothing to change');
    expect(puts(/\/guilds\/\d+\/commands$/)).toHaveLength(1);
  });

  it('uploads a field Discord has not got yet: registered before user install, the commands are changed, not unchanged', async () => {
    const before = definitions.map((definition) => ({ ...definition, integration_types: undefined, contexts: undefined }));
    fake.commands.set(`guild:${APP}:${GUILD}`, before);
    const result = await deploy(['--guild', GUILD], env);
    expect(result.out).toContain('~ /cramp-cause  (changed)');
    expect(puts(/\/guilds\/\d+\/commands$/)[0]?.body).toEqual(definitions);
  });

  it('registers globally without a server id, and --clear removes the commands', async () => {
    expect((await deploy([], env)).out).toContain('Registered 4 commands for all servers (global).');
    expect(fake.commands.get(`global:${APP}`)).toHaveLength(4);
    const cleared = await deploy(['--clear'], env);
    expect(cleared.out).toContain('- /cramp-causes  (removed)');
    expect(fake.commands.get(`global:${APP}`)).toEqual([]);
  });

  it('waits out a 429 on the PUT and delivers once', async () => {
    fake.failNext('PUT', /\/commands$/, { status: 429, retryAfter: 0.2 });
    const result = await deploy([], env);
    expect(result.code).toBe(0);
    const attempts = puts(/^\/applications\/\d+\/commands$/);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(150);
  });

  it('ends a bad token with one clear line and exit 1', async () => {
    const result = await deploy([], { ...env, DISCORD_TOKEN: 'wrong-token-value' });
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual([
      'deploy: nothing was changed: Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token in the Developer Portal and update .env.',
    ]);
    expect(puts(/commands$/)).toHaveLength(0);
  });

  it('names the application when Discord does not know it', async () => {
    fake.failNext('GET', /\/commands$/, { status: 404, code: 10002 });
    const result = await deploy(['--guild', GUILD], env);
    expect(result.code).toBe(1);
    expect(result.errLines).toHaveLength(1);
    expect(result.err).toMatch(
      /404 .* application 1300000000000000001 in server 1300000000000000002: check DISCORD_APPLICATION_ID, and that the bot was invited/,
    );
  });

  it('says when the API cannot be reached', async () => {
    await fake.close();
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const unreachable = { ...env, DISCORD_API_URL: 'http://127.0.0.1:9/api' };
    const result = await deploy([], unreachable);
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual([
      expect.stringMatching(
        /^deploy: nothing was changed: could not reach the Discord API at http:\/\/127\.0\.0\.1:9\/api: .*ECONNREFUSED/,
      ),
    ]);
  });

  it('a 429 with a long retry is reported within a second, not waited out in silence', async () => {
    fake.failNext('GET', /\/commands$/, { status: 429, retryAfter: 60 });
    const started = Date.now();
    const result = await deploy([], env);
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual(['deploy: nothing was changed: Discord is rate limiting this application: try again in 60 s.']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a 500 says Discord answered 500, not that it could not be reached', async () => {
    fake.failNext('GET', /\/commands$/, { status: 500 }, 5);
    const result = await deploy([], env);
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual([expect.stringMatching(/^deploy: nothing was changed: Discord answered 500 /)]);
  });

  it('a write Discord refuses: the plan is said as a plan, and the error says nothing was changed', async () => {
    fake.failNext('PUT', /\/commands$/, { status: 403, code: 50001 });
    const result = await deploy([], env);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/To do:\n\+ \/cramp-causes {2}\(new\)/);
    expect(result.out).not.toContain('Registered');
    expect(result.errLines).toEqual([expect.stringMatching(/^deploy: nothing was changed: Discord answered 403 /)]);
  });

  it('a write Discord never answers: it says the commands may or may not have changed, and how to check', async () => {
    fake.failNext('PUT', /\/commands$/, { hang: true }, 3);
    const result = await deploy([], env, 300);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Reading the commands Discord has for all servers (global)…');
    expect(result.errLines).toEqual([
      'deploy: Discord did not answer in time, so the commands may or may not have changed; run npm run deploy again to see what it has',
    ]);
  });

  it('an answer that is not a list of commands is said plainly', async () => {
    fake.failNext('GET', /\/commands$/, { body: { hello: 'world' } });
    const result = await deploy([], env);
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual([expect.stringMatching(/^deploy: Discord answered with something that is not a list of commands/)]);
  });

  it('--guild with an empty id is an error, never a global registration', async () => {
    const result = await deploy(['--guild', ''], env);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual(['deploy: --guild needs a server id; use --global to register everywhere']);
    expect(puts(/commands$/)).toHaveLength(0);
  });

  it('--clear with nothing registered says there is nothing to remove', async () => {
    const result = await deploy(['--clear'], env);
    expect(result.out).toContain('Nothing to remove: no commands are registered for all servers (global).');
  });
});
