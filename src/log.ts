import { pino, type Level, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: Level | 'silent';
  /** Values that must never reach a log line (the bot token); replaced wherever they appear. */
  secrets?: readonly string[];
  /** Where JSON lines go, synchronously; by default standard output, buffered and written asynchronously. */
  write?: (line: string) => void;
}

const REDACTED = '[redacted]';

/**
 * Structured JSON logs. Secrets are scrubbed from the finished line, so no field, error message or
 * library debug text can leak them, whatever shape it has. Standard output is written asynchronously so a
 * log line never holds up an interaction's answer; `flushLogger` drains it before the process exits.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const scrub = (line: string) => secrets.reduce((out, secret) => out.replaceAll(secret, REDACTED), line);
  const settings = {
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    hooks: { streamWrite: scrub },
  };
  const { write } = options;
  if (write) return pino(settings, { write });
  // Bounded: if standard output is not being read, lines are dropped (and counted) instead of piling up in memory.
  const destination = pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED_BYTES });
  destination.on('drop', () => {
    droppedLines += 1;
  });
  return pino(settings, destination);
}

/** How much log output may wait for standard output before new lines are dropped. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
let droppedLines = 0;

/** Log lines dropped because standard output was not keeping up (for the metrics page). */
export function droppedLogLines(): number {
  return droppedLines;
}

/** Writes out whatever the logger still holds; call before `process.exit`. */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    logger.flush(() => resolve());
  });
}
