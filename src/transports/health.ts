import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from '../metrics.js';

/** `GET /metrics`: the Prometheus text format. */
export function metricsRoute(metrics: Metrics) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    metrics.registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(text);
      },
      () => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end('{"error":"metrics unavailable"}');
      },
    );
  };
}

/**
 * The gateway bot's small health and metrics port (METRICS_PORT), served from before the login:
 * - `/livez`: 200 while the process runs and answers (a supervisor restarts it when this fails);
 * - `/readyz` (and `/healthz`, its older name): 200 while every shard it runs is connected, 503 otherwise, for
 *   dashboards and rollouts, never for restarts (a reconnect is not a reason to kill the process);
 * - `/metrics`: Prometheus.
 * Nothing else, and nothing it says is secret.
 */
export function createHealthServer(metrics: Metrics, ready: () => boolean): Server {
  const serveMetrics = metricsRoute(metrics);
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
      response.end('{"error":"method not allowed"}');
    } else if (path === '/metrics') {
      serveMetrics(request, response);
    } else if (path === '/livez') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"alive"}');
    } else if (path === '/readyz' || path === '/healthz') {
      const ok = ready();
      response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: ok ? 'ok' : 'not connected' }));
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"not found"}');
    }
  });
}
