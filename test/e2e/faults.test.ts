import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayOpcodes, type APIInteraction } from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/interactions/command.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { FakeDiscord } from '../../tools/fake-discord/fake-discord.js';
import { startBotOnFakeDiscord, TEST_TOKEN } from '../support/harness.js';
import { slash } from '../support/interactions.js';
import { repoRoot, runScript } from '../support/run-script.js';

let harness: Awaited<ReturnType<typeof startBotOnFakeDiscord>> | undefined;

async function start(options: Parameters<typeof startBotOnFakeDiscord>[0] = {}) {
  harness = await startBotOnFakeDiscord(options);
  return harness;
}

afterEach(async () => {
  if (!harness) return;
  for (const request of harness.fake.requestsTo('POST', /\/callback$/)) if (request.status !== 0) assertValidCallback(request.body);
  await harness.stop();
  harness = undefined;
});

const callbacksFor = (h: NonNullable<typeof harness>, interaction: APIInteraction) =>
  h.fake.requestsTo('POST', new RegExp(`^/interactions/${interaction.id}/`));

/** After each fault, an ordinary question must still be answered. */
async function stillAnswers(h: NonNullable<typeof harness>) {
  const callback = await h.fake.interact(slash('cramp-cause', { query: 'dvt' }), 10_000);
  expect(callback.status).toBe(204);
  expect(callback.body).toMatchObject({ type: 4, data: { embeds: [{ title: 'Deep vein thrombosis (DVT)' }] } });
}

const opsReceived = (h: NonNullable<typeof harness>, op: GatewayOpcodes) => h.fake.gatewayReceived.filter((p) => p.op === op).length;

describe('gateway drops', () => {
  it('a resumable close: the bot resumes its session, with no new IDENTIFY', async () => {
    const h = await start();
    h.fake.drop('resumable');
    await h.fake.waitForSessions(1);
    await expect.poll(() => opsReceived(h, GatewayOpcodes.Resume), { timeout: 10_000 }).toBe(1);
    expect(opsReceived(h, GatewayOpcodes.Identify)).toBe(1);
    await stillAnswers(h);
  });

  it('a non-resumable close: the bot identifies again', async () => {
    const h = await start();
    h.fake.drop('non-resumable');
    await expect.poll(() => opsReceived(h, GatewayOpcodes.Identify), { timeout: 15_000 }).toBe(2);
    await h.fake.waitForSessions(1);
    await stillAnswers(h);
  });
});

describe('Discord errors on the interaction callback', () => {
  it('429: waited out and delivered exactly once', async () => {
    const h = await start();
    h.fake.failNext('POST', /\/callback$/, { status: 429, retryAfter: 0.1 });
    const interaction = slash('cramp-causes');
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect.poll(() => callbacksFor(h, interaction).map((r) => r.status), { timeout: 5000 }).toEqual([429, 204]);
    await h.settled(interaction.id);
    expect(callbacksFor(h, interaction).filter((r) => r.status === 204)).toHaveLength(1);
    await stillAnswers(h);
  });

  it('500 on every attempt: logged, the process stays up', async () => {
    const h = await start();
    h.fake.failNext('POST', /\/callback$/, { status: 500 }, 10);
    const interaction = slash('cramp-cause', { query: 'sarcoid' });
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect
      .poll(() => h.logs().find((l) => l.msg === 'could not deliver the answer to Discord'), { timeout: 10_000 })
      .toMatchObject({
        level: 'error',
        interactionId: interaction.id,
        status: 500,
      });
    // discord.js retried the 500 before giving up; none of the attempts reached the member.
    expect(callbacksFor(h, interaction).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    h.fake.clearFaults();
    await stillAnswers(h);
  });

  it('a callback that hangs: discord.js gives up on it at its timeout and retries, answered once', async () => {
    const h = await start({ clients: { rest: { timeout: 300 } } });
    h.fake.failNext('POST', /\/callback$/, { hang: true });
    const interaction = slash('cramp-cause', { query: 'amyloid' });
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect.poll(() => callbacksFor(h, interaction).map((r) => r.status), { timeout: 5000 }).toEqual([0, 204]);
    await stillAnswers(h);
  });

  it('an interaction Discord has already expired (10062): a warning, no crash', async () => {
    const h = await start();
    h.fake.failNext('POST', /\/callback$/, { status: 404, code: 10062 });
    const interaction = slash('cramp-cause', { query: 'thyroid' });
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect
      .poll(() => h.logs().find((l) => l.msg === 'interaction expired before it could be answered'), { timeout: 5000 })
      .toMatchObject({
        level: 'warn',
        code: 10062,
      });
    expect(callbacksFor(h, interaction)).toHaveLength(1);
    expect(await h.app.metrics.registry.getSingleMetricAsString('cramp_answers_undelivered_total')).toMatch(
      /^cramp_answers_undelivered_total\{reason="expired"\} 1$/m,
    );
    await stillAnswers(h);
  });
});

describe('a handler that throws', () => {
  it('gets the member a private apology and an error log with the interaction id', async () => {
    const broken: SlashCommand = {
      definition: () => ({ name: 'cramp-cause', description: 'fails on purpose' }),
      execute: () => {
        throw new Error('handler bug');
      },
    };
    const h = await start({ commands: [broken] });
    const interaction = slash('cramp-cause', { query: 'dvt' });
    const callback = await h.fake.interact(interaction);
    expect(callback.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/^Sorry, something went wrong/) as unknown },
    });
    expect(h.logs().find((l) => l.msg === 'handler failed; the member got an apology')).toMatchObject({
      level: 'error',
      interactionId: interaction.id,
      err: { message: 'handler bug' },
    });
  });
});

describe('never waiting past Discord’s deadline in silence', () => {
  it('a callback answered 429 with a long retry is dropped at once, with one warning, and later questions are answered', async () => {
    const h = await start();
    h.fake.failNext('POST', /\/callback$/, { status: 429, retryAfter: 60 });
    const interaction = slash('cramp-cause', { query: 'statins' });
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect
      .poll(() => h.logs().find((l) => l.interactionId === interaction.id && l.level === 'warn'))
      .toMatchObject({
        msg: 'dropped the answer: Discord could not take it before the 3-second deadline',
        status: 429,
      });
    await stillAnswers(h);
  });

  it('a callback that hangs is given up at the 3-second deadline, not at the 60-second REST timeout', async () => {
    const h = await start({ clients: { rest: { timeout: 60_000 } } });
    h.fake.failNext('POST', /\/callback$/, { hang: true });
    const interaction = slash('cramp-cause', { query: 'amyloid' });
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    await expect
      .poll(() => h.logs().find((l) => l.interactionId === interaction.id && l.level === 'warn'), { timeout: 6_000 })
      .toMatchObject({ msg: 'dropped the answer: Discord could not take it before the 3-second deadline' });
  });

  it('an interaction of a type the bot does not know gets no callback and one accurate warning', async () => {
    const h = await start();
    const unknown = { ...slash('cramp-cause', { query: 'dvt' }), type: 99 } as unknown as APIInteraction;
    h.fake.dispatch('INTERACTION_CREATE', unknown);
    await stillAnswers(h);
    expect(callbacksFor(h, unknown)).toEqual([]);
    expect(h.logs().filter((l) => l.interactionId === unknown.id)).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'ignored an interaction of a type this bot does not answer' }),
    ]);
  });

  it('a login answered 429 with a 60-second retry: one line saying so, exit 1, within seconds', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      fake.failNext('GET', /^\/gateway\/bot$/, { status: 429, retryAfter: 60 });
      const started = Date.now();
      const result = await runScript('src/bin/gateway.ts', [], { env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl } });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^cramp-bot: Discord is rate limiting the login at .*: try again in 60 s$/),
      ]);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await fake.close();
    }
  });
});

describe('another process holding the SQLite write lock', () => {
  it('answers go on at once with the default view, and nothing is marked broken for other members', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cramp-lock-'));
    const CRAMP_DB_PATH = join(folder, 'cramp.sqlite');
    const h = await start({ env: { CRAMP_DB_PATH } });
    await h.fake.interact(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: '1300000000000000051' }));
    const holder = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}test/support/lock-holder.ts`, CRAMP_DB_PATH], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      for (const userId of ['1300000000000000052', '1300000000000000053', '1300000000000000054']) {
        const interaction = slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId });
        const callback = await h.fake.interact(interaction);
        expect(callback.body).toMatchObject({ data: { embeds: [{ title: 'Deep vein thrombosis (DVT)' }] } });
        await h.settled(interaction.id);
        const answered = h.logs().find((l) => l.interactionId === interaction.id && l.msg === 'answered');
        // Before, each waited out SQLite's 5-second busy timeout.
        expect(answered?.ms).toBeLessThan(1_000);
      }
      // Reads are not blocked by a writer (WAL): the first member's saved choice is still read.
      const reader = await h.fake.interact(slash('cramp-cause', { query: 'dvt' }, { userId: '1300000000000000051' }));
      expect(reader.body).toMatchObject({ data: { embeds: [{ author: { name: expect.stringContaining('Clinical view') as unknown } }] } });
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('close', resolve));
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('logs when standard output is not being read', () => {
  it('the log buffer is bounded: lines are dropped and counted, memory does not grow with them', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}test/support/log-flood.ts`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pause();
    let report = '';
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')));
    await new Promise((resolve) => child.on('exit', resolve));
    const { dropped, rssMiB } = JSON.parse(report) as { dropped: number; rssMiB: number };
    // 100 MB of log lines were written; the buffer holds at most 4 MiB of them.
    expect(dropped).toBeGreaterThan(50_000);
    expect(rssMiB).toBeLessThan(150);
  });
});

describe('a malformed interaction from the gateway', () => {
  it('is logged once, as one error line, and the bot goes on answering', async () => {
    const h = await start();
    const malformed = { id: '1400000000000009999', type: 2, token: 't', application_id: '1', version: 1 };
    h.fake.dispatch('INTERACTION_CREATE', malformed);
    await stillAnswers(h);
    await expect.poll(() => h.logs().filter((l) => l.interactionId === malformed.id).length).toBeGreaterThan(0);
    expect(h.logs().filter((l) => l.interactionId === malformed.id && l.level === 'error')).toHaveLength(1);
  });
});
