import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createInteractionsEndpoint } from '../../src/transports/http.js';
import { testApp } from '../support/app.js';
import { keyPair } from '../support/signing.js';

describe('the HTTP endpoint and slow clients', () => {
  it('slow headers are cut off at the configured limit, not after Node’s 30-second check', async () => {
    const http = createInteractionsEndpoint({
      publicKey: keyPair().hex,
      router: testApp().router,
      logger: createLogger({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    http.server.headersTimeout = 1_000;
    try {
      const socket = connect((http.server.address() as AddressInfo).port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
      socket.write('POST /interactions HTTP/1.1\r\nHost: x\r\n');
      await new Promise((resolve) => socket.on('close', resolve));
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await http.close();
    }
  });
});
