import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/createCore';
import { ApiError, type ApiErrorCode } from '../api/errors';
import { serveStatic } from './static';

export interface HttpServerOptions {
  core: Core;
  port?: number;
  /** Built renderer to serve next to the API (browser mode); omit for an API-only server. */
  staticDir?: string;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const HOST = '127.0.0.1';

const STATUS: Record<ApiErrorCode, number> = {
  VALIDATION: 400, NOT_FOUND: 404, CONFLICT: 409, REFERENCED: 409, UNKNOWN_METHOD: 404, FORBIDDEN: 403, INTERNAL: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(data);
}

function fail(res: ServerResponse, error: ApiError): void {
  sendJson(res, STATUS[error.code], { ok: false, error: error.toJSON() });
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError('VALIDATION', 'Die Anfrage ist zu groß.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The API over HTTP on loopback, for browser mode and tests. Three locks: it listens on 127.0.0.1 only,
 * it rejects foreign Host headers (DNS rebinding) and foreign Origins, and every call needs the random token
 * that only the served page knows.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) {
        return fail(res, new ApiError('FORBIDDEN', 'Unzulässiger Host.'));
      }
      const origin = req.headers.origin;
      if (origin && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
        return fail(res, new ApiError('FORBIDDEN', 'Unzulässige Herkunft der Anfrage.'));
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
        return await serveStatic(req, res, url, options.staticDir, token);
      }
      res.writeHead(404).end();
    } catch (error) {
      if (!res.headersSent) {
        fail(res, error instanceof ApiError ? error : new ApiError('INTERNAL', 'Ein interner Fehler ist aufgetreten.'));
      }
    }
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) {
        return fail(res, new ApiError('FORBIDDEN', 'Zugriff verweigert.'));
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const listener = (event: unknown) => res.write(`data: ${JSON.stringify(event)}\n\n`);
      options.core.events.on('event', listener);
      req.on('close', () => options.core.events.off('event', listener));
      return;
    }
    const match = /^\/api\/call\/([\w.-]{1,100})$/.exec(url.pathname);
    if (!match || req.method !== 'POST') return fail(res, new ApiError('UNKNOWN_METHOD', 'Unbekannte Adresse.'));
    const given = req.headers['x-kim-token'];
    if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
      return fail(res, new ApiError('FORBIDDEN', 'Zugriff verweigert.'));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return fail(res, new ApiError('VALIDATION', 'Die Anfrage muss JSON sein.'));
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch (error) {
      return fail(res, error instanceof ApiError ? error : new ApiError('VALIDATION', 'Die Anfrage ist kein gültiges JSON.'));
    }
    try {
      const result = await options.core.call(match[1], input);
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      fail(res, error instanceof ApiError ? error : new ApiError('INTERNAL', 'Ein interner Fehler ist aufgetreten.'));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
