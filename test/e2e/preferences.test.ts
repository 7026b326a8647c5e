import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { startBotOnFakeDiscord } from '../support/harness.js';
import { slash } from '../support/interactions.js';

const dvt = loadCatalogue().cause('deep-vein-thrombosis')!;
const MEMBER = { userId: '1300000000000000042' };

describe('a member’s audience on the real bot', () => {
  it('survives a restart of the bot', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cramp-restart-'));
    const CRAMP_DB_PATH = join(folder, 'var', 'cramp.sqlite');

    const before = await startBotOnFakeDiscord({ env: { CRAMP_DB_PATH } });
    const chose = await before.fake.interact(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, MEMBER));
    expect(chose.body).toMatchObject({
      data: { embeds: [{ description: expect.stringContaining(dvt.explanation.clinician) as unknown }] },
    });
    await before.stop();

    const after = await startBotOnFakeDiscord({ env: { CRAMP_DB_PATH } });
    try {
      const next = await after.fake.interact(slash('cramp-cause', { query: 'blood clot' }, MEMBER));
      expect(next.body).toMatchObject({
        data: {
          embeds: [
            {
              description: expect.stringContaining(dvt.explanation.clinician) as unknown,
              author: { name: expect.stringContaining('Clinical view') as unknown },
            },
          ],
        },
      });
      const someoneElse = await after.fake.interact(slash('cramp-cause', { query: 'blood clot' }));
      expect(someoneElse.body).toMatchObject({
        data: { embeds: [{ description: expect.stringContaining(dvt.explanation.general) as unknown }] },
      });
    } finally {
      await after.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
