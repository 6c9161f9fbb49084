import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../db/http/static';
import { appResponse } from '../../electron/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'kim-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>KIM Desk</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appResponse(root, { url, method });

describe('app:// responses', () => {
  it('serve the renderer’s index with the CSP and nosniff', async () => {
    const response = await get('app://kim-desk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>KIM Desk</title>');
  });

  it('serve assets with their type', async () => {
    const response = await get('app://kim-desk/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answer client-side routes with the app, but missing assets with 404', async () => {
    expect(await (await get('app://kim-desk/')).text()).toContain('KIM Desk');
    expect(await (await get('app://kim-desk/gremien/42')).text()).toContain('KIM Desk');
    const missing = await get('app://kim-desk/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuse paths that leave the renderer folder', async () => {
    for (const url of ['app://kim-desk/..%2fsecret.txt', 'app://kim-desk/assets/..%2f..%2fsecret.txt', 'app://kim-desk/..%5csecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('never serve files above the root for URL-level dot segments, which the URL parser folds first', async () => {
    for (const url of ['app://kim-desk/../secret.txt', 'app://kim-desk/%2e%2e/secret.txt', 'app://kim-desk/assets/../../secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('refuse other hosts and methods other than GET and HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('app://kim-desk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kim-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
