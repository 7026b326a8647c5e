import dotenv from 'dotenv';
import type { z } from 'zod';
import { EnvError, parseEnv } from './config/env.js';
import { flushLogger, type Logger } from './log.js';

/** A problem the person starting the program can fix: one line on standard error, exit 1, no stack trace. */
export function exitWithMessage(program: string, message: string): never {
  process.stderr.write(`${program}: ${message}\n`);
  process.exit(1);
}

/** Reads .env, then validates the environment, or exits naming the first bad variable. */
export function environmentOrExit<T extends z.ZodType>(program: string, schema: T): z.infer<T> {
  dotenv.config({ quiet: true });
  try {
    return parseEnv(schema, process.env);
  } catch (error) {
    if (error instanceof EnvError) exitWithMessage(program, error.message);
    throw error;
  }
}

/** On the first SIGINT or SIGTERM: finish what is in flight (`stop`), flush the logs, exit 0 (1 if stopping failed). */
export function exitCleanlyOnSignal(logger: Logger, what: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals): Promise<never> => {
    logger.info({ signal }, `shutting down after answering ${what} in flight`);
    let code = 0;
    try {
      await stop();
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      code = 1;
    }
    await flushLogger(logger);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutDown(signal);
    });
  }
}
