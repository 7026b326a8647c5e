/**
 * A loopback stand-in for the parts of Discord's v10 API this bot touches, for end-to-end tests and the bench.
 *
 * - HTTP on 127.0.0.1 (random port), under `/api/v10`: GET /gateway/bot, interaction callbacks, follow-ups and
 *   edits of the original response, and application commands (global and guild, GET and PUT). Every request is
 *   recorded with its headers and JSON body; `failNext` makes the next matching request answer 429, 500, 401,
 *   hang, or answer late.
 * - A gateway WebSocket on the same port: HELLO, heartbeat ACKs, IDENTIFY → READY followed by one GUILD_CREATE per
 *   guild, RESUME → RESUMED (or INVALID_SESSION for a session it does not know), dispatches such as
 *   INTERACTION_CREATE, and `drop()` to close the connection with a resumable or a non-resumable code.
 *
 * Point the bot at it with DISCORD_API_URL = `fake.apiUrl`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayCloseCodes, GatewayOpcodes, type APIGuild, type APIInteraction } from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';

/** The token the loopback Discord accepts by default: shaped like a real one, valid nowhere else. */
export const LOOPBACK_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.fake-token.for-loopback-tests-only';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. `/interactions/123/token/callback`. */
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The status the stand-in answered with. */
  status: number;
  at: number;
}

export interface Fault {
  status?: 401 | 429 | 500 | 404 | 403;
  /** Never answer: the client's own timeout has to act. */
  hang?: boolean;
  /** Answer normally, but only after this many milliseconds. */
  delayMs?: number;
  /** For 429: seconds until the client may retry. */
  retryAfter?: number;
  /** Discord's JSON error code in the body, e.g. 10062 Unknown interaction. */
  code?: number;
  /** Answer 200 with this body instead of the real one (something that is not what Discord sends). */
  body?: unknown;
}

export interface GatewaySession {
  socket: WebSocket;
  sessionId: string;
  shard: [number, number];
  seq: number;
  identify: Record<string, unknown> | undefined;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId?: string;
  /** Guilds sent as GUILD_CREATE after READY (shard by shard, by Discord's sharding formula). */
  guilds?: (shardId: number, shardCount: number) => APIGuild[];
  heartbeatInterval?: number;
  shards?: number;
}

type Route = (body: unknown, match: RegExpExecArray, query: URLSearchParams) => { status: number; body?: unknown };

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Method and path of every request as soon as its body has arrived, before any delay or fault. */
  readonly arrivals: { method: string; path: string }[] = [];
  /** Called as each request arrives, for the benchmark's timing; cheaper than polling the records. */
  onArrival: ((method: string, path: string) => void) | undefined;
  readonly sessions: GatewaySession[] = [];
  /** Every gateway payload received from clients (op, d), in order. */
  readonly gatewayReceived: { op: GatewayOpcodes; d: unknown; sessionId: string }[] = [];
  readonly commands = new Map<string, unknown[]>();
  readonly applicationId: string;

  #server: Server;
  #wss: WebSocketServer;
  #faults: { method: string; path: RegExp; fault: Fault }[] = [];
  #listeners = new Set<() => void>();
  #hanging = new Set<ServerResponse>();
  #sessionCounter = 0;
  #knownSessions = new Map<string, GatewaySession>();
  #nextCommandId = 1500000000000000000n;

  private constructor(readonly options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? '1300000000000000001';
    this.#server = createServer((request, response) => void this.#handle(request, response));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket) => this.#connect(socket));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** The REST base to give the bot as DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** The next request matching method and path gets this fault, once (or `times` times). */
  failNext(method: string, path: RegExp, fault: Fault, times = 1): void {
    for (let i = 0; i < times; i += 1) this.#faults.push({ method, path, fault });
  }

  /** Forgets every fault not yet used. */
  clearFaults(): void {
    this.#faults = [];
  }

  /** Requests so far whose method and path match. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves when a request satisfying `predicate` has been recorded (or at once if one already has). */
  async waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.#waitFor(() => this.requests.find(predicate), timeoutMs, 'request');
  }

  /** Resolves when a request to a path matching `path` has arrived, even if it has not been answered yet. */
  async waitForArrival(method: string, path: RegExp, timeoutMs = 5000): Promise<void> {
    await this.#waitFor(() => this.arrivals.find((a) => a.method === method && path.test(a.path)), timeoutMs, `${method} ${String(path)}`);
  }

  /** Resolves when the count of sessions that completed IDENTIFY or RESUME reaches `count`. */
  async waitForSessions(count: number, timeoutMs = 10_000): Promise<GatewaySession[]> {
    return this.#waitFor(
      () => (this.readySessions().length >= count ? this.readySessions() : undefined),
      timeoutMs,
      `${count} ready sessions`,
    );
  }

  readySessions(): GatewaySession[] {
    return this.sessions.filter((s) => s.identify !== undefined && s.socket.readyState === s.socket.OPEN);
  }

  /** Sends a dispatch (op 0) to every open session, or to the session of one shard. */
  dispatch(event: string, data: unknown, shardId?: number): void {
    for (const session of this.readySessions()) {
      if (shardId === undefined || session.shard[0] === shardId) this.#send(session, { op: GatewayOpcodes.Dispatch, t: event, d: data });
    }
  }

  /**
   * Sends an INTERACTION_CREATE and resolves with the callback the bot posts for it.
   * The interaction goes to the shard that owns its guild, as Discord routes it.
   */
  async interact(interaction: APIInteraction, timeoutMs = 5000): Promise<RecordedRequest> {
    const interactionWithApp = { ...interaction, application_id: this.applicationId };
    const shardCount = this.options.shards ?? 1;
    const shardId = interaction.guild_id ? Number((BigInt(interaction.guild_id) >> 22n) % BigInt(shardCount)) : 0;
    this.dispatch('INTERACTION_CREATE', interactionWithApp, shardId);
    return this.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`), timeoutMs);
  }

  /** Closes every open gateway connection: resumable (4000, the bot should RESUME) or not (4007, it must IDENTIFY). */
  drop(kind: 'resumable' | 'non-resumable'): void {
    const code = kind === 'resumable' ? GatewayCloseCodes.UnknownError : GatewayCloseCodes.InvalidSeq;
    for (const session of this.readySessions()) {
      if (kind === 'non-resumable') this.#knownSessions.delete(session.sessionId);
      session.socket.close(code, kind);
    }
  }

  /** Closes every open gateway connection with this close code (4004, 4011…), as Discord does when it gives up on a bot. */
  closeWith(code: number, reason = 'closed by the loopback Discord'): void {
    for (const session of this.readySessions()) session.socket.close(code, reason);
  }

  async close(): Promise<void> {
    for (const response of this.#hanging) response.destroy();
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }

  async #waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return found;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners.delete(check);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.#listeners.delete(check);
        resolve(value);
      };
      this.#listeners.add(check);
    });
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  // ---- HTTP ----

  readonly #routes: [string, RegExp, Route][] = [
    [
      'GET',
      /^\/gateway\/bot$/,
      () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.options.shards ?? 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
        },
      }),
    ],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => ({ status: 204 })],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (body) => ({ status: 200, body: this.#message(body) })],
    ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (body) => ({ status: 200, body: this.#message(body) })],
    ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, () => ({ status: 200, body: this.#message({}) })],
    ['GET', /^\/applications\/(\d+)\/commands$/, (_body, m, query) => this.#getCommands(`global:${m[1] ?? ''}`, query)],
    ['PUT', /^\/applications\/(\d+)\/commands$/, (body, m) => this.#putCommands(`global:${m[1] ?? ''}`, body, m[1] ?? '')],
    [
      'GET',
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (_body, m, query) => this.#getCommands(`guild:${m[1] ?? ''}:${m[2] ?? ''}`, query),
    ],
    [
      'PUT',
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (body, m) => this.#putCommands(`guild:${m[1] ?? ''}:${m[2] ?? ''}`, body, m[1] ?? '', m[2]),
    ],
  ];

  /**
   * As Discord lists commands: the full localization maps only with `?with_localizations=true`; without it, a
   * command and its options come back with none (Discord sends the one for the caller's locale instead).
   */
  #getCommands(key: string, query: URLSearchParams): { status: number; body: unknown } {
    const stored = this.commands.get(key) ?? [];
    if (query.get('with_localizations') === 'true') return { status: 200, body: stored };
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([field]) => field !== 'name_localizations' && field !== 'description_localizations')
          .map(([field, inner]) => [field, strip(inner)]),
      );
    };
    return { status: 200, body: strip(stored) };
  }

  #putCommands(key: string, body: unknown, applicationId: string, guildId?: string): { status: number; body: unknown } {
    if (applicationId !== this.applicationId) return { status: 404, body: { message: 'Unknown Application', code: 10002 } };
    // As Discord echoes a command: its defaults for what the body left out, then the body, then its own ids.
    const stored = (Array.isArray(body) ? body : []).map((command: Record<string, unknown>) => ({
      type: 1,
      nsfw: false,
      default_member_permissions: null,
      integration_types: [0],
      contexts: null,
      ...(guildId ? {} : { dm_permission: true }),
      ...Object.fromEntries(Object.entries(command).filter(([, value]) => value !== undefined)),
      id: (this.#nextCommandId++).toString(),
      application_id: applicationId,
      version: '1',
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    this.commands.set(key, stored);
    return { status: 200, body: stored };
  }

  #message(body: unknown): Record<string, unknown> {
    return { id: (this.#nextCommandId++).toString(), channel_id: '1300000000000000003', content: '', embeds: [], ...(body as object) };
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const method = request.method ?? 'GET';
    const record = (status: number) => {
      this.requests.push({ method, path, headers: request.headers, body, status, at: performance.now() });
      this.#notify();
    };
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record(status);
      response.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    };

    this.arrivals.push({ method, path });
    this.onArrival?.(method, path);
    this.#notify();
    const faultIndex = this.#faults.findIndex((f) => f.method === method && f.path.test(path));
    const fault = faultIndex >= 0 ? this.#faults.splice(faultIndex, 1)[0]?.fault : undefined;
    if (fault?.hang) {
      record(0);
      this.#hanging.add(response);
      return;
    }
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status === 429) {
      const retryAfter = fault.retryAfter ?? 0.05;
      send(
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        {
          'retry-after': String(Math.ceil(retryAfter)),
          'x-ratelimit-scope': 'user',
          'x-ratelimit-limit': '1',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfter),
        },
      );
      return;
    }
    if (fault?.body !== undefined) {
      send(200, fault.body);
      return;
    }
    if (fault?.status) {
      const messages: Record<number, string> = {
        401: '401: Unauthorized',
        403: 'Missing Access',
        404: 'Unknown interaction',
        500: 'Internal Server Error',
      };
      send(fault.status, { message: messages[fault.status] ?? 'error', code: fault.code ?? 0 });
      return;
    }

    const needsAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsAuth && request.headers.authorization !== `Bot ${this.options.token}`) {
      send(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    for (const [routeMethod, pattern, route] of this.#routes) {
      const match = pattern.exec(path);
      if (routeMethod !== method || !match) continue;
      const result = route(body, match, url.searchParams);
      send(result.status, result.body);
      return;
    }
    send(404, { message: '404: Not Found', code: 0 });
  }

  // ---- Gateway ----

  #send(session: GatewaySession, payload: { op: GatewayOpcodes; t?: string; d: unknown }): void {
    const s = payload.op === GatewayOpcodes.Dispatch ? ++session.seq : null;
    session.socket.send(JSON.stringify({ s, t: null, ...payload }));
  }

  #connect(socket: WebSocket): void {
    const session: GatewaySession = { socket, sessionId: '', shard: [0, 1], seq: 0, identify: undefined };
    this.sessions.push(session);
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 }, s: null, t: null }),
    );
    socket.on('message', (raw) => {
      const payload = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw as ArrayBuffer).toString('utf8')) as {
        op: GatewayOpcodes;
        d: Record<string, unknown> | number | null;
      };
      this.gatewayReceived.push({ op: payload.op, d: payload.d, sessionId: session.sessionId });
      this.#onGateway(session, payload.op, payload.d);
      this.#notify();
    });
    socket.on('close', () => this.#notify());
  }

  #onGateway(session: GatewaySession, op: GatewayOpcodes, d: Record<string, unknown> | number | null): void {
    if (op === GatewayOpcodes.Heartbeat) {
      session.socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
      return;
    }
    if (op === GatewayOpcodes.Identify && d && typeof d === 'object') {
      if (d.token !== this.options.token) {
        session.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
        return;
      }
      const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
      session.shard = shard;
      session.sessionId = `session-${++this.#sessionCounter}`;
      session.identify = d;
      this.#knownSessions.set(session.sessionId, session);
      const guilds = this.options.guilds?.(shard[0], shard[1]) ?? [];
      this.#send(session, {
        op: GatewayOpcodes.Dispatch,
        t: 'READY',
        d: {
          v: 10,
          user: {
            id: this.applicationId,
            username: 'cramp-bot',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
            verified: true,
            flags: 0,
          },
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: session.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
        },
      });
      for (const guild of guilds) this.#send(session, { op: GatewayOpcodes.Dispatch, t: 'GUILD_CREATE', d: guild });
      return;
    }
    if (op === GatewayOpcodes.Resume && d && typeof d === 'object') {
      const previous = this.#knownSessions.get(String(d.session_id));
      if (!previous || d.token !== this.options.token) {
        session.socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null }));
        return;
      }
      session.sessionId = previous.sessionId;
      session.shard = previous.shard;
      session.seq = previous.seq;
      session.identify = previous.identify;
      this.#knownSessions.set(session.sessionId, session);
      this.#send(session, { op: GatewayOpcodes.Dispatch, t: 'RESUMED', d: {} });
    }
  }
}
