import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import type { APIInteraction } from 'discord-api-types/v10';
import type { Logger } from '../log.js';
import type { Router } from '../router/router.js';
import { ed25519PublicKey, isSignedByDiscord } from './signature.js';

export interface InteractionsEndpointOptions {
  /** DISCORD_PUBLIC_KEY, 64 hex characters. */
  publicKey: string;
  router: Router;
  logger: Logger;
  path?: string;
  /** Interactions are a few kilobytes; anything far larger is not one. */
  maxBodyBytes?: number;
  /** How far the signed timestamp may be from this machine's clock, either way. */
  maxClockSkewSeconds?: number;
  now?: () => number;
}

export interface InteractionsEndpoint {
  readonly server: Server;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** Enough of an interaction's shape to route it; the handlers read the rest. */
const InteractionShape = z.looseObject({
  id: z.string().regex(/^\d+$/),
  application_id: z.string().regex(/^\d+$/),
  type: z.literal([1, 2, 3, 4, 5]),
  token: z.string().min(1),
  version: z.literal(1),
});

const MAX_REMEMBERED_SIGNATURES = 50_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, 'body too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it, let the rest drain (bounded by the request timeout) so the 413 can be read.
        request.removeAllListeners('data');
        request.resume();
        reject(new HttpError(413, 'body too large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Discord's "Interactions Endpoint URL" mode: Discord POSTs each interaction here and takes the HTTP
 * response body as the answer. The signature is checked on the raw bytes before anything is parsed;
 * the answer comes from the same router as the gateway bot and the preview.
 */
export function createInteractionsEndpoint(options: InteractionsEndpointOptions): InteractionsEndpoint {
  const { router, logger } = options;
  const path = options.path ?? '/interactions';
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const maxSkewMs = (options.maxClockSkewSeconds ?? 300) * 1000;
  const now = options.now ?? Date.now;
  const key = ed25519PublicKey(options.publicKey);
  /** Signatures seen inside the clock window: a captured request sent again is refused. */
  const seen = new Map<string, number>();
  let closing = false;

  function rememberSignature(signature: string, at: number): boolean {
    if (seen.has(signature)) return false;
    seen.set(signature, at + maxSkewMs);
    // Bounded, so memory does not grow with traffic; past the bound the timestamp window still applies.
    if (seen.size > MAX_REMEMBERED_SIGNATURES) seen.delete(seen.keys().next().value ?? '');
    // Map keeps insertion order, so the oldest entries are first: drop the expired ones.
    for (const [old, expires] of seen) {
      if (expires > at) break;
      seen.delete(old);
    }
    return true;
  }

  async function interactionResponse(request: IncomingMessage): Promise<{ body: unknown; interaction: APIInteraction }> {
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) {
      throw new HttpError(401, 'missing signature');
    }
    const body = await readBody(request, maxBodyBytes);
    const at = now();
    if (Math.abs(at - Number(timestamp) * 1000) > maxSkewMs) throw new HttpError(401, 'stale or future timestamp');
    if (!isSignedByDiscord(key, signature, timestamp, body)) throw new HttpError(401, 'bad signature');
    // 16 bytes of a valid signature identify it as well as all 64 do, in a quarter of the memory.
    if (!rememberSignature(signature.slice(0, 32).toLowerCase(), at)) throw new HttpError(401, 'replayed request');
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'body is not JSON');
    }
    if (!InteractionShape.safeParse(json).success) throw new HttpError(400, 'body is not an interaction');
    const interaction = json as APIInteraction;
    return { body: await router.answer(interaction), interaction };
  }

  function send(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    // While shutting down, and after a refused upload, end the connection instead of keeping it alive.
    if (closing || status === 413) headers.connection = 'close';
    response.writeHead(status, headers);
    response.end(text);
  }

  const server = createServer((request, response) => {
    const started = performance.now();
    const url = (request.url ?? '/').split('?')[0] ?? '/';
    const log = (status: number, extra: Record<string, unknown> = {}) => {
      logger.info(
        { method: request.method, path: url, status, ms: Math.round((performance.now() - started) * 100) / 100, ...extra },
        'http',
      );
    };
    if (url === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      const status = closing ? 503 : 200;
      send(response, status, { status: closing ? 'shutting down' : 'ok' });
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
        send(response, 200, body);
        log(200, { interactionId: interaction.id, interactionType: interaction.type });
      },
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const reason = error instanceof HttpError ? error.message : 'internal error';
        if (!(error instanceof HttpError)) logger.error({ err: error }, 'unexpected error answering an HTTP interaction');
        if (!response.headersSent && !response.destroyed) send(response, status, { error: reason });
        log(status, { reason });
      },
    );
  });
  // Slow or stalled clients must not hold connections open forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;

  return {
    server,
    close() {
      closing = true;
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
