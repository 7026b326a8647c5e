import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { INTERACTION_DEADLINE_MS } from '../discord/limits.js';
import { ed25519PublicKey, isSignedByDiscord } from '../discord/signature.js';
import type { Logger } from '../log.js';
import type { UndeliveredReason } from '../metrics.js';
import type { Router } from '../router/router.js';
import { memoryReplayGuard, type ReplayGuard } from '../store/replay-guard.js';

export interface InteractionsEndpointOptions {
  /** DISCORD_PUBLIC_KEY, 64 hex characters, already validated. */
  publicKey: string;
  router: Router;
  logger: Logger;
  path?: string;
  /** Interactions are a few kilobytes; anything far larger is not one. */
  maxBodyBytes?: number;
  /** How far the signed timestamp may be from this machine's clock, either way. */
  maxClockSkewSeconds?: number;
  /** A client that has not sent its whole body by then gets 408. */
  bodyTimeoutMs?: number;
  /** Bytes of bodies held at once across requests (32 MiB); past it a new body gets 503. */
  maxBufferedBytes?: number;
  /** On close, requests still in flight after this long are cut off. */
  shutdownGraceMs?: number;
  /**
   * On close, idle keep-alive connections stay open this long (0 by default; `npm run serve` uses 1 s): a request
   * a client sent on one just as shutdown began is answered (with `Connection: close`) instead of reset.
   */
  shutdownDrainMs?: number;
  /** Shared through the database when several instances run; in memory otherwise. */
  replayGuard?: ReplayGuard;
  /** Told of each answer that did not reach Discord, with the reason (counted for metrics). */
  onUndelivered?: (reason: UndeliveredReason) => void;
  /** Extra routes served beside the interactions path (the metrics page). */
  extraRoutes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
  now?: () => number;
}

export interface InteractionsEndpoint {
  readonly server: Server;
  /** Stops accepting connections, lets requests in flight finish (up to the grace period), then resolves. */
  close(): Promise<void>;
}

/** Enough of an interaction's shape to route it; the handlers read the rest (not copied: only the verdict is used). */
const InteractionShape = z.object({
  id: z.string().regex(/^\d+$/),
  application_id: z.string().regex(/^\d+$/),
  type: z.literal([1, 2, 3, 4, 5]),
  token: z.string().min(1),
  version: z.literal(1),
});

/** Logged paths are cut here: a path is the client's text, and an 8 KB one is an attack, not a route. */
const LOGGED_PATH_MAX = 200;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bytes of request bodies held in memory at once, across requests: thousands of clients each stalling part way
 * through an upload could otherwise hold thousands of bodies. Past it a new body is refused with 503.
 */
class BodyBudget {
  #held = 0;
  constructor(readonly limit: number) {}
  take(bytes: number): boolean {
    if (this.#held + bytes > this.limit) return false;
    this.#held += bytes;
    return true;
  }
  give(bytes: number): void {
    this.#held -= bytes;
  }
}

/** The raw body, or an HttpError: 413 when too large, 408 when too slow, 499 when the client gave up, 503 when the budget is spent. */
function readBody(request: IncomingMessage, limit: number, timeoutMs: number, budget: BodyBudget): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, 'body too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let released = false;
    // The body's bytes count against the shared budget until it has been read whole or abandoned.
    const release = () => {
      if (!released) budget.give(size);
      released = true;
    };
    const stop = (error: HttpError) => {
      request.removeAllListeners('data');
      request.resume();
      settle();
      reject(error);
    };
    const timer = setTimeout(() => stop(new HttpError(408, 'body not received in time')), timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      release();
    };
    request.on('data', (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        // Stop keeping it, let the rest drain (bounded by the timeouts) so the 413 can be read.
        stop(new HttpError(413, 'body too large'));
        return;
      }
      if (!budget.take(chunk.length)) {
        stop(new HttpError(503, 'too many requests being received at once'));
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
    });
    request.on('end', () => {
      settle();
      // An interaction usually arrives in one chunk; concatenating would copy it for nothing.
      resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks));
    });
    request.on('close', () => {
      settle();
      if (!request.complete) reject(new HttpError(499, 'client closed the connection before sending the whole body'));
    });
    // A reset connection: 'close' follows and says what happened.
    request.on('error', () => undefined);
  });
}

export function createInteractionsEndpoint(options: InteractionsEndpointOptions): InteractionsEndpoint {
  const { router, logger } = options;
  const path = options.path ?? '/interactions';
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const maxSkewMs = (options.maxClockSkewSeconds ?? 300) * 1000;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 5_000;
  const budget = new BodyBudget(options.maxBufferedBytes ?? 32 * 1024 * 1024);
  const shutdownGraceMs = options.shutdownGraceMs ?? 10_000;
  const shutdownDrainMs = options.shutdownDrainMs ?? 0;
  const now = options.now ?? Date.now;
  const key = ed25519PublicKey(options.publicKey);
  const replayGuard = options.replayGuard ?? memoryReplayGuard({ now });
  let closing = false;

  async function interactionResponse(request: IncomingMessage): Promise<{ body: unknown; interaction: APIInteraction }> {
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) {
      throw new HttpError(401, 'missing signature');
    }
    // A stale or future timestamp is refused before a byte of the body is held.
    const signedAt = Number(timestamp) * 1000;
    if (Math.abs(now() - signedAt) > maxSkewMs) throw new HttpError(401, 'stale or future timestamp');
    const body = await readBody(request, maxBodyBytes, bodyTimeoutMs, budget);
    if (!(await isSignedByDiscord(key, signature, timestamp, body))) throw new HttpError(401, 'bad signature');
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'body is not JSON');
    }
    if (!InteractionShape.safeParse(json).success) throw new HttpError(400, 'body is not an interaction');
    const interaction = json as APIInteraction;
    // The replay check (a database round trip with several instances) runs while the router reads and builds
    // the reply; the router stores nothing until it passes, and a replay's reply is thrown away.
    // 16 bytes of a valid signature identify it as well as all 64 do, in a quarter of the memory.
    // A PING or an autocomplete request changes nothing and stores nothing, so a replayed one is harmless: neither
    // waits on the database.
    const admitted =
      interaction.type === InteractionType.Ping || interaction.type === InteractionType.ApplicationCommandAutocomplete
        ? Promise.resolve(true)
        : replayGuard.firstSeen(signature.slice(0, 32).toLowerCase(), signedAt + maxSkewMs);
    const answer = await router.answer(interaction, admitted);
    if (!(await admitted)) throw new HttpError(401, 'replayed request');
    if (!answer) throw new HttpError(400, 'not an interaction this bot answers');
    return { body: answer, interaction };
  }

  /** The router hands out the same frozen reply for the same question, so its encoded JSON is kept beside it. */
  const serialized = new WeakMap<object, Buffer>();
  const jsonBytes = (body: unknown) => {
    if (typeof body !== 'object' || body === null || !Object.isFrozen(body)) return Buffer.from(JSON.stringify(body));
    let bytes = serialized.get(body);
    if (bytes === undefined) serialized.set(body, (bytes = Buffer.from(JSON.stringify(body))));
    return bytes;
  };

  function send(response: ServerResponse, status: number, body: unknown): void {
    if (response.headersSent || response.destroyed) return;
    const bytes = jsonBytes(body);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': bytes.length };
    // While shutting down, and after a refused upload, end the connection instead of keeping it alive.
    if (closing || status === 413 || status === 408) headers.connection = 'close';
    response.writeHead(status, headers);
    response.end(bytes);
  }

  const server = createServer(
    // Node only enforces its request timeouts when it checks, every 30 s by default: check every second.
    { requestTimeout: 10_000, headersTimeout: 5_000, connectionsCheckingInterval: 1_000 },
    (request, response) => {
      const started = performance.now();
      const url = (request.url ?? '/').split('?')[0] ?? '/';
      const log = (status: number, extra: Record<string, unknown> = {}) => {
        const line = {
          method: request.method,
          path: url.length > LOGGED_PATH_MAX ? `${url.slice(0, LOGGED_PATH_MAX)}…` : url,
          status,
          ms: Math.round((performance.now() - started) * 100) / 100,
          ...extra,
        };
        if (status === 408 || status === 499) logger.warn(line, 'http');
        else logger.info(line, 'http');
      };
      const extra = options.extraRoutes?.[url];
      if (url === '/healthz' || extra) {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          response.setHeader('allow', 'GET, HEAD');
          send(response, 405, { error: 'method not allowed' });
          log(405);
          return;
        }
        if (extra) extra(request, response);
        else send(response, closing ? 503 : 200, { status: closing ? 'shutting down' : 'ok' });
        return;
      }
      if (url !== path) {
        send(response, 404, { error: 'not found' });
        log(404);
        return;
      }
      if (request.method !== 'POST') {
        response.setHeader('allow', 'POST');
        send(response, 405, { error: 'method not allowed' });
        log(405);
        return;
      }
      interactionResponse(request).then(
        ({ body, interaction }) => {
          // Discord waits 3 seconds for the reply to its request; after that, or once it hung up, the answer is lost.
          if (request.socket.destroyed) options.onUndelivered?.('client_gone');
          else if (performance.now() - started > INTERACTION_DEADLINE_MS) options.onUndelivered?.('deadline');
          send(response, 200, body);
          log(200, { interactionId: interaction.id, interactionType: interaction.type });
        },
        (error: unknown) => {
          const status = error instanceof HttpError ? error.status : 500;
          const reason = error instanceof HttpError ? error.message : 'internal error';
          if (!(error instanceof HttpError)) logger.error({ err: error }, 'unexpected error answering an HTTP interaction');
          // A client that left gets no answer; 499 is only what the log records, as nginx does.
          if (status === 499) response.destroy();
          else send(response, status, { error: reason });
          log(status, { reason });
        },
      );
    },
  );

  return {
    server,
    close() {
      closing = true;
      return new Promise((resolve) => {
        // After server.close() Node stops timing out requests, so a stalled upload would hold it open forever.
        const cutOff = setTimeout(() => server.closeAllConnections(), shutdownDrainMs + shutdownGraceMs);
        // server.close() also closes idle keep-alive connections, so during the drain it waits: every answer
        // meanwhile says `Connection: close`, and /healthz says "shutting down" to any load balancer.
        setTimeout(() => {
          server.close(() => {
            clearTimeout(cutOff);
            resolve();
          });
          server.closeIdleConnections();
        }, shutdownDrainMs);
      });
    },
  };
}
