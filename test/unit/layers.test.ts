import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

/**
 * The layers of docs/architecture.md, lowest first. A file may import from its own room or from a lower
 * floor, never from a higher one; together with "no import between rooms on one floor" that rules out cycles.
 */
const floors: readonly (readonly string[])[] = [
  ['src/discord', 'src/log.ts', 'src/types', 'src/spelling'],
  ['src/catalogue', 'src/config', 'src/metrics.ts'],
  ['src/safety'],
  ['src/search', 'src/store'],
  ['src/replies'],
  ['src/interactions'],
  ['commands', 'src/router', 'src/deploy', 'src/review'],
  ['src/transports', 'src/preview'],
  ['src/app.ts'],
  ['src/bin'],
];

const roomOf = (file: string) => floors.flat().find((room) => file === room || file.startsWith(`${room}/`));
const floorOf = (room: string) => floors.findIndex((rooms) => rooms.includes(room));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)));
}

const imports = [...sourceFiles('src'), ...sourceFiles('commands')].flatMap((file) =>
  [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/^(?:import|export)[^;]*? from '(\.[^']+)'/gms)].map((match) => ({
    file,
    target: relative(repoRoot, resolve(repoRoot, dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'))),
  })),
);

describe('the layout of docs/architecture.md', () => {
  it('places every source file in a room', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect([...sourceFiles('src'), ...sourceFiles('commands')].filter((file) => roomOf(file) === undefined)).toEqual([]);
  });

  it('has no import from a higher floor, or across rooms on one floor', () => {
    const wrong = imports.filter(({ file, target }) => {
      const from = roomOf(file);
      const to = roomOf(target);
      if (!from || !to || target.startsWith('data/')) return false;
      return from !== to && floorOf(to) >= floorOf(from);
    });
    expect(wrong).toEqual([]);
  });

  it('lets only the composition root import commands/ from src/', () => {
    const fromSrc = imports.filter(({ file, target }) => file.startsWith('src/') && target.startsWith('commands/')).map(({ file }) => file);
    expect([...new Set(fromSrc)]).toEqual(['src/app.ts']);
  });
});
