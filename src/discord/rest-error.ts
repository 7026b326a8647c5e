// The same module (ESM build) the gateway and deploy REST clients come from, so instanceof holds.
import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';

/**
 * What is safe and useful to log about a failed REST call: never the request URL, which for
 * interaction callbacks contains the interaction's token.
 */
export function describeRestError(error: unknown): { status?: number; code?: number | string; message: string } {
  if (error instanceof DiscordAPIError)
    return { status: error.status, code: error.code, message: error.message.split('\n')[0] ?? error.name };
  if (error instanceof HTTPError) return { status: error.status, message: error.message.split('\n')[0] ?? error.name };
  if (error instanceof RateLimitError) return { status: 429, message: `rate limited for ${error.timeToReset} ms on ${error.route}` };
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { code: (error as NodeJS.ErrnoException).code, message: `${error.message}${cause}` };
  }
  return { message: String(error) };
}

/** A URL safe to print: any user name or password in it replaced. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
