import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../db/http/static';
import { isAllowedNavigation, resolveAppPath } from './guards';

/**
 * Answers app://kim-desk/… requests from the built renderer folder. Kept free of Electron so the
 * behaviour (traversal refused, CSP on every answer, SPA fallback) is tested in plain Node.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

function answer(status: number, body: BodyInit | null, type = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'content-type': type } });
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

export async function appResponse(root: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, null);
  if (!isAllowedNavigation(request.url)) return answer(403, 'Zugriff verweigert.');
  let file = resolveAppPath(root, new URL(request.url).pathname);
  if (!file) return answer(400, 'Ungültiger Pfad.');
  if (!(await isFile(file))) {
    // Client-side routes have no extension and get the app; a missing asset stays a 404.
    if (path.extname(file) !== '') return answer(404, 'Nicht gefunden.');
    file = path.join(root, 'index.html');
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (request.method === 'HEAD') return answer(200, null, type);
  try {
    return answer(200, new Uint8Array(await readFile(file)), type);
  } catch {
    return answer(404, 'Nicht gefunden.');
  }
}
