import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { slash } from '../support/interactions.js';
import { runScript } from '../support/run-script.js';

const { router, catalogue } = testApp();

describe('npm run preview (the command line)', () => {
  it('prints the rendered reply for one command', async () => {
    const result = await runScript('src/bin/preview.ts', ['/cramp-cause query:charlie horse']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Muscle strain or overuse');
    expect(result.stdout).toContain(catalogue.meta.shortDisclaimer.general.slice(0, 40));
  });

  it('with --json, reads commands from standard input and writes one JSON body per line', async () => {
    const result = await runScript('src/bin/preview.ts', ['--json'], {
      input: '/cramp-cause query:DVT\n\n/cramp-causes tier:rare\n/nope\n',
    });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // One output line per input line, the blank one included, so they line up.
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual(await router.answer(slash('cramp-cause', { query: 'DVT' })));
    expect(lines[1]).toEqual({ error: 'empty line', line: '' });
    expect(lines[2]).toMatchObject({
      type: 4,
      data: { embeds: [{ description: '**Rare**\nHypothyroidism · Sarcoidosis · Amyloidosis' }, { title: 'Danger signs' }] },
    });
    expect(lines[3]).toEqual({
      error: 'unknown command "/nope"; try one of /cramp-causes, /cramp-cause, /cramp-about, /cramp-settings',
      line: '/nope',
    });
  });

  it('exits quietly when the reader closes the pipe early (| head -1)', async () => {
    const many = Array.from({ length: 400 }, () => '/cramp-causes').join('\n');
    const result = await runScript('src/bin/preview.ts', ['--json'], { input: many, stdoutLines: 1 });
    expect(result.stderr).toBe('');
    expect([0, null]).toContain(result.code);
  });

  it('exits 2 with a one-line explanation for a command it cannot read', async () => {
    const result = await runScript('src/bin/preview.ts', ['/cramp-cause']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('preview: /cramp-cause needs query:<value>');
  });
});
