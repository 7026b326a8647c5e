import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, type APIInteraction, type APIInteractionResponse } from 'discord-api-types/v10';
import pg from 'pg';
import { createLogger } from '../../src/log.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { pick, slash } from '../support/interactions.js';
import { freePort, startTestPostgres, type TestPostgres } from '../support/postgres.js';
import { repoRoot, runScript } from '../support/run-script.js';
import { keyPair, signatureHeaders } from '../support/signing.js';

const discord = keyPair();
let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server.destroy();
});

interface Instance {
  readonly name: string;
  readonly base: string;
  readonly child: ChildProcess;
  output: string;
}

/** `npm run serve` as its own process, on its own port, sharing one PostgreSQL. */
async function serve(name: string, databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/bin/http.ts`], {
    cwd: `${repoRoot}test`,
    env: {
      PATH: process.env.PATH,
      DISCORD_PUBLIC_KEY: discord.hex,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const instance: Instance = { name, base: `http://127.0.0.1:${String(port)}`, child, output: '' };
  child.stdout.on('data', (chunk: Buffer) => (instance.output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (instance.output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${instance.output}`)), 15_000);
    const check = () => {
      if (!instance.output.includes('listening for Discord interactions')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', check);
  });
  return instance;
}

async function stopAll(instances: readonly Instance[]) {
  await Promise.all(
    instances.map(async (instance) => {
      instance.child.kill('SIGTERM');
      if (instance.child.exitCode === null) await once(instance.child, 'exit');
    }),
  );
}

/** Posts a signed interaction; the same `body` and `headers` can be sent again, as a replay would be. */
function signed(interaction: APIInteraction) {
  const body = JSON.stringify(interaction);
  return { body, headers: signatureHeaders(body, discord.privateKey) };
}

async function post(instance: Instance, request: { body: string; headers: Record<string, string> }) {
  const response = await fetch(`${instance.base}/interactions`, { method: 'POST', ...request });
  return { status: response.status, json: (await response.json()) as APIInteractionResponse & { error?: string } };
}

const ask = (instance: Instance, interaction: APIInteraction) => post(instance, signed(interaction));
const viewOf = (response: { json: APIInteractionResponse }) =>
  response.json.type === InteractionResponseType.ChannelMessageWithSource ? response.json.data.embeds?.[0]?.author?.name : undefined;

describe('the PostgreSQL store', () => {
  it('keeps choices (reading view and country) and server settings, and several instances can migrate the same database at once', async () => {
    const url = await server.database();
    const logger = createLogger({ level: 'silent' });
    const [a, b] = [openPostgresStore({ connectionString: url, logger }), openPostgresStore({ connectionString: url, logger })];
    try {
      const [saved, alsoSaved] = await Promise.all([
        a.remember('1300000000000000061', 'clinician'),
        b.remember('1300000000000000062', 'general'),
      ]);
      expect([saved, alsoSaved]).toEqual([true, true]);
      expect(await b.audienceOf('1300000000000000061')).toBe('clinician');
      expect(await a.rememberCountry('1300000000000000061', 'BR')).toBe(true);
      expect(await b.countryOf('1300000000000000061')).toBe('BR');
      expect(await a.saveServerSettings('1300000000000000002', { visibility: 'private', privateOnly: true, country: 'SE' })).toBe(true);
      expect(await b.serverSettings('1300000000000000002')).toEqual({ visibility: 'private', privateOnly: true, country: 'SE' });
      expect(await b.forget('1300000000000000061')).toBe(true);
      expect(await a.audienceOf('1300000000000000061')).toBeUndefined();
      expect(await a.countryOf('1300000000000000061')).toBeUndefined();
      // An operator's erasure, through npm run forget with the same DATABASE_URL.
      await a.remember('1300000000000000062', 'clinician');
      const forgot = await runScript('src/bin/forget.ts', ['--user', '1300000000000000062'], { env: { DATABASE_URL: url } });
      expect([forgot.code, forgot.stdout.trim()]).toEqual([0, 'erased everything stored about member 1300000000000000062']);
      expect(await b.audienceOf('1300000000000000062')).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('300 members choosing at once through one store, some changing their mind in the same moment: every last choice kept', async () => {
    const url = await server.database();
    const store = openPostgresStore({ connectionString: url, logger: createLogger({ level: 'silent' }) });
    const ids = Array.from({ length: 300 }, (_, i) => (1300000000000002000n + BigInt(i)).toString());
    try {
      const saved = await Promise.all(
        ids.flatMap((userId, i) => [
          store.remember(userId, 'general'),
          store.rememberCountry(userId, 'SE'),
          ...(i % 10 === 0 ? [store.remember(userId, 'clinician'), store.rememberCountry(userId, 'BR')] : []),
        ]),
      );
      expect(saved.every(Boolean)).toBe(true);
      const kept = await Promise.all(ids.map(async (userId) => [await store.audienceOf(userId), await store.countryOf(userId)]));
      expect(kept).toEqual(ids.map((_, i) => (i % 10 === 0 ? ['clinician', 'BR'] : ['general', 'SE'])));
    } finally {
      await store.close();
    }
  });

  it('a choice and Forget sent in the same moment: the member is erased, the choice does not land after it', async () => {
    const url = await server.database();
    const store = openPostgresStore({ connectionString: url, logger: createLogger({ level: 'silent' }) });
    try {
      const [chosen, erased] = await Promise.all([store.remember('1300000000000000066', 'clinician'), store.forget('1300000000000000066')]);
      expect([chosen, erased]).toEqual([true, true]);
      expect(await store.audienceOf('1300000000000000066')).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('a database that refuses (read-only, as after a failover onto a standby): defaults, one log line naming why', async () => {
    const url = await server.database();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = new URL(url).pathname.slice(1);
    await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    await admin.end();
    const lines: { level: string; msg: string; code?: string }[] = [];
    const store = openPostgresStore({
      connectionString: url,
      logger: createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) }),
    });
    try {
      for (let i = 0; i < 3; i += 1) {
        expect(await store.remember('1300000000000000065', 'general')).toBe(false);
        expect(await store.audienceOf('1300000000000000065')).toBeUndefined();
        expect(await store.serverSettings('1300000000000000002')).toEqual({});
      }
      // The replay guard falls back to this instance's memory: a request is still told apart from a replay.
      expect(await store.replayGuard.firstSeen('sig-read-only', Date.now() + 60_000)).toBe(true);
      expect(await store.replayGuard.firstSeen('sig-read-only', Date.now() + 60_000)).toBe(false);
      expect(lines.filter((line) => line.level === 'error').map((line) => line.code)).toEqual(['25006']);
    } finally {
      await store.close();
    }
  });

  it('a table dropped by hand: recreated by the next call while running, and at the next start', async () => {
    const url = await server.database();
    const lines: { level: string; msg: string; tables?: string[] }[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let store = openPostgresStore({ connectionString: url, logger });
    try {
      expect(await store.remember('1300000000000000071', 'clinician')).toBe(true);
      await admin.query('DROP TABLE audience_preferences');
      // The call that meets the missing table answers with the default; the next one finds it recreated.
      await store.remember('1300000000000000071', 'general');
      await expect.poll(() => store.remember('1300000000000000071', 'general')).toBe(true);
      expect(await store.audienceOf('1300000000000000071')).toBe('general');
      await store.close();
      await admin.query('DROP TABLE member_countries');
      store = openPostgresStore({ connectionString: url, logger });
      await store.verify();
      expect(await store.rememberCountry('1300000000000000071', 'NZ')).toBe(true);
      expect(
        lines.filter((line) => line.msg === 'recreated missing tables in the preferences database').map((line) => line.tables),
      ).toEqual([['audience_preferences'], ['member_countries']]);
    } finally {
      await store.close();
      await admin.end();
    }
  });

  it('a database name that does not exist stops npm run serve at start, with one line naming why', async () => {
    const url = new URL(await server.database());
    url.pathname = '/no_such_database';
    const result = await runScript('src/bin/http.ts', [], { env: { DISCORD_PUBLIC_KEY: discord.hex, DATABASE_URL: url.toString() } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^cramp-bot serve: cannot use the database in DATABASE_URL: 3D000: database "no_such_database" does not exist$/,
    );
  });

  it('an outage: answered with defaults at once, one log line, and it recovers by itself', async () => {
    const url = await server.database();
    const lines: { level: string; msg: string }[] = [];
    const store = openPostgresStore({
      connectionString: url,
      logger: createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) }),
    });
    try {
      expect(await store.remember('1300000000000000063', 'clinician')).toBe(true);
      await server.stop();
      for (let i = 0; i < 5; i += 1) {
        expect(await store.audienceOf('1300000000000000063')).toBeUndefined();
        expect(await store.remember('1300000000000000064', 'general')).toBe(false);
      }
      expect(lines.filter((line) => line.level === 'error')).toHaveLength(1);
      await server.start();
      await expect.poll(() => store.audienceOf('1300000000000000063'), { timeout: 10_000 }).toBe('clinician');
      // Recovery is announced once the database has answered for a little while without failing.
      await expect
        .poll(async () => (await store.audienceOf('1300000000000000063')) && lines.at(-1)?.msg, { timeout: 10_000 })
        .toBe('preferences database is available again');
      expect(lines.filter((line) => line.level === 'error')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});

describe('three `npm run serve` instances and one PostgreSQL', () => {
  let instances: Instance[] = [];
  let url: string;
  beforeAll(async () => {
    url = await server.database();
    instances = await Promise.all(['A', 'B', 'C'].map((name) => serve(name, url)));
  });
  afterAll(async () => {
    await stopAll(instances);
  });
  const [member, other] = ['1300000000000000071', '1300000000000000072'];
  const instance = (index: number) => instances[index]!;
  /** A write past the store's 250 ms budget answers with the defaults and still lands: waits until all have. */
  const allStored = async (ids: readonly string[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Only these members: other tests (in any order) leave members of their own.
    const saved = async () =>
      Number(
        (await client.query<{ n: string }>('SELECT count(*) AS n FROM audience_preferences WHERE user_id = ANY($1)', [ids])).rows[0]?.n,
      );
    try {
      await expect.poll(saved, { timeout: 10_000 }).toBe(ids.length);
    } finally {
      await client.end();
    }
  };

  it('a choice made through A is used through B; Forget through C erases it for all', async () => {
    await ask(instance(0), slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: member }));
    expect(viewOf(await ask(instance(1), slash('cramp-cause', { query: 'dvt' }, { userId: member })))).toContain('Clinical view');
    expect(viewOf(await ask(instance(1), slash('cramp-cause', { query: 'dvt' }, { userId: other })))).toContain('Plain language');
    const erased = await ask(instance(2), pick('forget', [], { userId: member }));
    expect(erased.json).toMatchObject({ data: { content: expect.stringMatching(/^Done: your choices are erased/) as unknown } });
    for (const index of [0, 1, 2]) {
      expect(viewOf(await ask(instance(index), slash('cramp-cause', { query: 'dvt' }, { userId: member })))).toContain('Plain language');
    }
  });

  it('a request replayed to another instance is refused', async () => {
    const request = signed(slash('cramp-cause', { query: 'statins' }));
    expect((await post(instance(0), request)).status).toBe(200);
    expect(await post(instance(1), request)).toEqual({ status: 401, json: { error: 'replayed request' } });
    expect(await post(instance(2), request)).toEqual({ status: 401, json: { error: 'replayed request' } });
  });

  it('300 members choosing through the three instances, 60 at a time: none lost', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => (1300000000000001000n + BigInt(i)).toString());
    // Sixty in flight at once, as a busy moment brings them: enough to race the instances against each other, not
    // so many that two shared cores time statements out (an overload answers with the defaults by design).
    const answers: Awaited<ReturnType<typeof ask>>[] = [];
    for (let from = 0; from < ids.length; from += 60) {
      answers.push(
        ...(await Promise.all(
          ids
            .slice(from, from + 60)
            .map((userId, i) =>
              ask(
                instance((from + i) % 3),
                slash('cramp-cause', { query: 'dvt', audience: (from + i) % 2 ? 'clinician' : 'general' }, { userId }),
              ),
            ),
        )),
      );
    }
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    await allStored(ids);
  });

  it('many members asking at once, their lookups batched together: each gets their own saved view', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => (1300000000000003000n + BigInt(i)).toString());
    const view = (i: number) => (i % 3 === 0 ? 'clinician' : 'general');
    await Promise.all(ids.map((userId, i) => ask(instance(i % 3), slash('cramp-cause', { query: 'dvt', audience: view(i) }, { userId }))));
    await allStored(ids);
    // All at once through one instance, so many members share each statement sent to PostgreSQL. On a busy machine a
    // read can outlast the store's budget (that answer uses the default view), and the last to arrive wait longest;
    // so the burst is asked again, clinicians not yet shown their view first, until each has had it once. A mix-up
    // between members shows as someone who chose plain language being shown the clinical view, in any burst.
    const clinicalSeen = ids.map(() => false);
    const shownToOthers: string[] = [];
    const burst = async () => {
      const order = ids
        .map((_, i) => i)
        .sort((a, b) => Number(clinicalSeen[a] || view(a) !== 'clinician') - Number(clinicalSeen[b] || view(b) !== 'clinician'));
      const answers = await Promise.all(order.map((i) => ask(instance(1), slash('cramp-cause', { query: 'dvt' }, { userId: ids[i]! }))));
      answers.forEach((answer, at) => {
        const i = order[at]!;
        if (!(viewOf(answer)?.includes('Clinical view') ?? false)) return;
        if (view(i) === 'clinician') clinicalSeen[i] = true;
        else shownToOthers.push(ids[i]!);
      });
      return [...clinicalSeen];
    };
    await expect.poll(burst, { timeout: 40_000, interval: 250 }).toEqual(ids.map((_, i) => view(i) === 'clinician'));
    expect(shownToOthers).toEqual([]);
  }, 60_000);

  it('PostgreSQL hanging (paused, connections open): every answer still comes within a second, then choices are kept again', async () => {
    const choose = async (i: number) => {
      const started = performance.now();
      const userId = (1300000000000004000n + BigInt(i)).toString();
      const response = await ask(instance(i % 3), slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId }));
      return { status: response.status, ms: performance.now() - started, userId };
    };
    server.freeze();
    let results: Awaited<ReturnType<typeof choose>>[];
    try {
      results = await Promise.all(Array.from({ length: 30 }, (_, i) => choose(i)));
    } finally {
      server.thaw();
    }
    expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
    // The replay check waits at most 500 ms and each store call 250 ms: far inside Discord's 3 seconds.
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(1_500);
    let attempt = 100;
    await expect
      .poll(
        async () => {
          // A new member each time: the same request signed within the same second would be a replay.
          const retried = await choose((attempt += 1));
          return viewOf(await ask(instance(1), slash('cramp-cause', { query: 'dvt' }, { userId: retried.userId })));
        },
        { timeout: 15_000 },
      )
      .toContain('Clinical view');
  });

  it('PostgreSQL stopped under load: every request still answered in time, then choices are remembered again', async () => {
    const requests: Promise<{ status: number; ms: number }>[] = [];
    const load = async () => {
      for (let i = 0; i < 40; i += 1) {
        const started = performance.now();
        const userId = (1300000000000002000n + BigInt(i)).toString();
        requests.push(
          ask(instance(i % 3), slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId })).then((r) => ({
            status: r.status,
            ms: performance.now() - started,
          })),
        );
        await requests.at(-1);
      }
    };
    // Only this test's outage counts: earlier tests ran on the same instances.
    const logged = instances.map((i) => i.output.length);
    const running = load();
    await expect.poll(() => requests.length).toBeGreaterThan(5);
    await server.stop();
    await running;
    const results = await Promise.all(requests);
    expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
    // Discord waits 3 seconds for an answer; the store's budget keeps every one well inside that.
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(3_000);
    const outages = instances.map((i, n) => i.output.slice(logged[n]).match(/preferences database unavailable/g)?.length ?? 0);
    expect(outages.every((count) => count <= 1)).toBe(true);

    await server.start();
    const userId = '1300000000000002999';
    await expect
      .poll(
        async () => {
          await ask(instance(0), slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId }));
          return viewOf(await ask(instance(2), slash('cramp-cause', { query: 'dvt' }, { userId })));
        },
        { timeout: 15_000 },
      )
      .toContain('Clinical view');
  });
});
