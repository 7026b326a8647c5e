// The HTTP benchmarks' load generator. It shares the machine's two cores with the servers it measures, so it
// must cost them as little as it can: like wrk, each request is encoded before the clock starts and written
// as bytes to a kept-alive socket, and a response is read only as far as its status and length. Node's own
// HTTP client spent 35-55 µs of CPU per request doing the same, more than the floor's own work beside the
// signature check; in production Discord's requests come from other machines and cost the bot nothing.
import { connect, type Socket } from 'node:net';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  /** One per request, in milliseconds from writing it to reading the end of its response. */
  latencies: number[];
  seconds: number;
  /** Requests not answered with 200, or lost with their connection. */
  failures: number;
}

const HEADERS_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;
const CHUNKED = /\r\ntransfer-encoding:\s*chunked/i;
/** The chunk that ends a chunked body (no trailers follow from the servers measured here). */
const LAST_CHUNK = Buffer.from('0\r\n\r\n');

/** Each request as the bytes a client would send to `POST /interactions`; do this before timing anything. */
export function encodeRequests(requests: readonly SignedRequest[]): Buffer[] {
  return requests.map(({ body, headers }) => {
    const bytes = Buffer.from(body);
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    const head = `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\n${lines.join('')}content-length: ${String(bytes.length)}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
  });
}

/** One kept-alive HTTP/1.1 connection with one request at a time; reconnects after the server closes it. */
class Connection {
  #socket: Socket | undefined;
  #received: Buffer[] = [];
  #answer: ((status: number) => void) | undefined;

  constructor(private readonly port: number) {}

  /** The response's status, or 0 when the connection failed before it was all in. */
  send(request: Buffer): Promise<number> {
    const socket = (this.#socket ??= this.#open());
    return new Promise((resolve) => {
      this.#answer = resolve;
      socket.write(request);
    });
  }

  close(): void {
    this.#socket?.destroy();
  }

  #open(): Socket {
    const socket = connect(this.port, '127.0.0.1');
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.#received.push(chunk);
      const received = this.#received.length === 1 ? chunk : Buffer.concat(this.#received);
      const end = received.indexOf(HEADERS_END);
      if (end < 0) return;
      const head = received.subarray(0, end).toString('latin1');
      const bodyStart = end + HEADERS_END.length;
      const length = CONTENT_LENGTH.exec(head)?.[1];
      if (length !== undefined ? received.length < bodyStart + Number(length) : !isWholeChunkedBody(head, received, bodyStart)) return;
      this.#received = [];
      this.#settle(Number(head.slice('HTTP/1.1 '.length, 'HTTP/1.1 200'.length)));
      if (/\r\nconnection:\s*close/i.test(head)) this.#drop(socket);
    });
    // A connection closed after its last answer (`connection: close`) has already been replaced: nothing was lost.
    const lost = () => {
      if (this.#socket !== socket) return;
      this.#drop(socket);
      this.#settle(0);
    };
    socket.on('error', lost);
    socket.on('close', lost);
    return socket;
  }

  #settle(status: number): void {
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(status);
  }

  #drop(socket: Socket): void {
    socket.destroy();
    this.#received = [];
    this.#socket = undefined;
  }
}

/** A body with neither length nor chunks cannot be told complete, so it stops the run rather than be misread. */
function isWholeChunkedBody(head: string, received: Buffer, bodyStart: number): boolean {
  if (!CHUNKED.test(head)) throw new Error(`a response with neither content-length nor chunks: ${head}`);
  return received.length - bodyStart >= LAST_CHUNK.length && received.subarray(received.length - LAST_CHUNK.length).equals(LAST_CHUNK);
}

/** Sends every request, `clients` at a time, each client waiting for its answer before sending its next. */
export async function sendAll(port: number, requests: readonly Buffer[], clients: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    const connection = new Connection(port);
    while (next < requests.length) {
      const request = requests[next++]!;
      const sent = performance.now();
      const status = await connection.send(request);
      latencies.push(performance.now() - sent);
      if (status !== 200) failures += 1;
    }
    connection.close();
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { latencies, seconds: (performance.now() - started) / 1000, failures };
}
