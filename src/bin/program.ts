import dotenv from 'dotenv';
import type { z } from 'zod';
import { EnvError, parseEnv } from '../config/env.js';
import { flushLogger, type Logger } from '../log.js';

/**
 * The plumbing every program shares: a problem the person starting it can fix is one line on standard
 * error and exit code 1, never a stack trace; logs are flushed before any exit.
 */
export class Program {
  #logger: Logger | undefined;

  constructor(readonly name: string) {}

  /** Reads .env, then validates the environment, or exits naming the first bad variable. */
  environment<T extends z.ZodType>(schema: T): z.infer<T> {
    dotenv.config({ quiet: true });
    try {
      return parseEnv(schema, process.env);
    } catch (error) {
      if (error instanceof EnvError) return this.fail(error.message);
      throw error;
    }
  }

  /** The logger to flush before exiting; unhandled rejections are logged through it instead of crashing. */
  useLogger(logger: Logger): Logger {
    this.#logger = logger;
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
    return logger;
  }

  /** One line on standard error, the logs flushed, exit 1. */
  fail(message: string): never {
    process.stderr.write(`${this.name}: ${message}\n`);
    this.#logger?.flush();
    process.exit(1);
  }

  /** On the first SIGINT or SIGTERM: finish what is in flight (`stop`), flush the logs, exit 0 (1 if stopping failed). */
  stopOnSignal(what: string, stop: () => Promise<void>): void {
    const logger = this.#logger;
    let stopping = false;
    const shutDown = async (signal: NodeJS.Signals): Promise<never> => {
      logger?.info({ signal }, `shutting down after answering ${what} in flight`);
      let code = 0;
      try {
        await stop();
      } catch (error) {
        logger?.error({ err: error }, 'error while shutting down');
        code = 1;
      }
      if (logger) await flushLogger(logger);
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
}
