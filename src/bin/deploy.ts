import dotenv from 'dotenv';
import { createApp } from '../app.js';
import { CatalogueError } from '../catalogue/catalogue.js';
import { runDeploy } from '../deploy/deploy.js';
import { createLogger } from '../log.js';
import { Program } from './program.js';

/** `npm run deploy`: registers the commands; exit codes as runDeploy documents them. */
const program = new Program('deploy');
dotenv.config({ quiet: true });
let definitions;
try {
  ({ definitions } = createApp({ logger: createLogger({ level: 'silent' }) }));
} catch (error) {
  if (error instanceof CatalogueError) program.fail(`invalid catalogue: ${error.message}`);
  throw error;
}
process.exitCode = await runDeploy(process.argv.slice(2), {
  definitions,
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
