import { pino, type Level, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: Level | 'silent';
  /** Values that must never reach a log line (the bot token); replaced wherever they appear. */
  secrets?: readonly string[];
  /** Where JSON lines go; standard output by default. */
  write?: (line: string) => void;
}

const REDACTED = '[redacted]';

/**
 * Structured JSON logs. Secrets are scrubbed from the finished line, so no field, error message or
 * library debug text can leak them, whatever shape it has.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const scrub = (line: string) => secrets.reduce((out, secret) => out.replaceAll(secret, REDACTED), line);
  return pino(
    { level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => write(scrub(line)) },
  );
}
