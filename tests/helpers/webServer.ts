// A local web server for network tests: 127.0.0.1 only, on a free port, serving what each test
// routes to it, and recording every request (so a test can see conditional GETs server-side).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Compress the body with gzip (and say so). */
  gzip?: boolean;
}

export type Handler = Route | ((req: IncomingMessage, res: ServerResponse) => void);

export interface WebServer {
  base: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  /** Method, path and headers of every request so far. */
  requests: { path: string; headers: IncomingMessage['headers']; status?: number }[];
  close(): Promise<void>;
}

export async function startWebServer(routes: Record<string, Handler> = {}): Promise<WebServer> {
  const table = new Map(Object.entries(routes));
  const requests: WebServer['requests'] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const record: WebServer['requests'][number] = { path, headers: req.headers };
    requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof handler === 'function') {
      handler(req, res);
      return;
    }
    let body = handler.body ?? '';
    const headers = { ...(handler.headers ?? {}) };
    if (handler.gzip) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(handler.status ?? 200, headers).end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => base + path,
    route: (path, handler) => table.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy(); // hanging responses (timeout tests) end here
        server.close(() => resolve());
      }),
  };
}

/** Serves a body of `bytes` bytes in 64 kB chunks, stopping when the client goes away. */
export function hugeBody(bytes: number, contentType = 'text/html'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => (sent = bytes));
    pump();
  };
}

/** Never answers: for timeouts. */
export const hang: Handler = () => {};

/** Answers with a validator, and 304 when the request carries it. */
export function conditional(route: Route & { etag: string; lastModified: string }): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === route.etag || req.headers['if-modified-since'] === route.lastModified) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(route.status ?? 200, { ...route.headers, etag: route.etag, 'last-modified': route.lastModified }).end(route.body);
  };
}
