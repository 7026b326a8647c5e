// Runs before npm start, serve, deploy and preview: compiles TypeScript when the compiler is installed and a
// source is newer than the build; on a production install (npm ci --omit=dev, no compiler) it uses the build
// that is there, and says what to do when there is none. Plain JavaScript with no dependency, so it runs anywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'src', 'app.js');

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

let compiler;
try {
  compiler = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  compiler = undefined;
}

if (!compiler) {
  if (existsSync(built)) process.exit(0);
  console.error('cramp-bot: no build in dist/ and no TypeScript compiler: run `npm ci` (with dev dependencies) and `npm run build` first.');
  process.exit(1);
}
const sources = ['src', 'commands', 'data', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((name) => join(root, name));
if (existsSync(built) && newest(join(root, 'dist')) >= Math.max(...sources.map(newest))) process.exit(0);
const result = spawnSync(process.execPath, [compiler, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
