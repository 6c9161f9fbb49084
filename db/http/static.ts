import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Resolves a URL path inside root, or undefined when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const target = resolve(base, normalize('.' + sep + decoded));
  return target === base || target.startsWith(base + sep) ? target : undefined;
}

export async function serveStatic(
  req: IncomingMessage, res: ServerResponse, url: URL, root: string, token: string,
): Promise<void> {
  let file = resolveInside(root, url.pathname);
  if (!file) {
    res.writeHead(400).end();
    return;
  }
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  if (!isFile) file = join(root, 'index.html');
  const ext = extname(file);
  let body: Buffer | string = await readFile(file);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  };
  if (ext === '.html') {
    // Only the page served from here learns the token; other sites cannot read this response.
    body = body.toString('utf8').replace('</head>', `<meta name="kim-api-token" content="${token}"></head>`);
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['referrer-policy'] = 'no-referrer';
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
