import dotenv from 'dotenv';
import { runDeploy } from './deploy/deploy.js';

dotenv.config({ quiet: true });
process.exitCode = await runDeploy(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
