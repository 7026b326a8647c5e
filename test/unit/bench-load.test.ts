import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRequests, sendAll } from '../../bench/load.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server on a free loopback port; `answer` gets each request with its whole body. */
async function serve(answer: (request: IncomingMessage, body: string, response: ServerResponse) => void): Promise<number> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, Buffer.concat(chunks).toString(), response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const signed = (bodies: string[]) => encodeRequests(bodies.map((body) => ({ body, headers: { 'x-signature-ed25519': `sig-${body}` } })));

describe('the HTTP benchmarks’ load generator', () => {
  it('sends each request once, whole, and counts what was not answered with 200', async () => {
    const seen: string[] = [];
    const port = await serve((request, body, response) => {
      seen.push(`${String(request.headers['x-signature-ed25519'])} ${body}`);
      response.writeHead(body.startsWith('ok') ? 200 : 401).end(JSON.stringify({ echo: body }));
    });
    const bodies = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? `bad ${String(i)}` : `ok ${String(i)}`));
    const result = await sendAll(port, signed(bodies), 5);
    expect(seen.sort()).toEqual(bodies.map((body) => `sig-${body} ${body}`).sort());
    expect(result.latencies).toHaveLength(40);
    expect(result.failures).toBe(10);
  });

  it('waits for a response that arrives in pieces, and reconnects when the server closes the connection', async () => {
    let connections = 0;
    const port = await serve((request, _body, response) => {
      const text = 'x'.repeat(50_000);
      response.writeHead(200, { 'content-length': text.length, connection: 'close' });
      response.write(text.slice(0, 10));
      setTimeout(() => response.end(text.slice(10)), 5);
    });
    servers[0]?.on('connection', () => (connections += 1));
    const result = await sendAll(port, signed(['a', 'b', 'c', 'd']), 2);
    expect(result.failures).toBe(0);
    expect(result.latencies.every((ms) => ms >= 4)).toBe(true);
    expect(connections).toBe(4);
  });
});
