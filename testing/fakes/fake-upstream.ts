import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A stand-in for api.instantly.ai on loopback, for tests and the upstream load benchmark.
 * `respond` decides the answer; every request is recorded. Like the real API, a body of 1 KB or
 * more is gzipped for a client that accepts gzip.
 */
export async function startFakeUpstream(
  respond: (req: SeenRequest) => { status: number; body?: unknown; headers?: Record<string, string> } = () => ({ status: 200, body: { items: [] } }),
  { record = true }: { record?: boolean } = {},
) {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      if (record) seen.push(request);
      const answer = respond(request);
      const text = Buffer.from(answer.body === undefined ? '' : JSON.stringify(answer.body));
      const gzip = text.length >= 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(text) : text;
      res.writeHead(answer.status, {
        'Content-Type': 'application/json',
        'Content-Length': String(body.length),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        ...answer.headers,
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
