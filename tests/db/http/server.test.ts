import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { testCore, tempDir, type TestCore } from '../../helpers/core';
import { startHttpServer, type RunningServer } from '../../../db/http/server';

let t: TestCore;
let server: RunningServer;
let staticDir: string;

beforeAll(async () => {
  t = await testCore();
  staticDir = tempDir('kim-static-');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startHttpServer({ core: t.core, staticDir });
});
afterAll(async () => {
  await server.close();
  t.dispose();
});

/** Raw requests, because fetch will not let a test forge the Host header. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (headers: Record<string, string>, body = '{}') =>
  raw('/api/call/meta.info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP transport', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a call that carries the token', async () => {
    const res = await call({ 'x-kim-token': server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { user: 'test' } });
  });

  it('refuses calls without or with a wrong token', async () => {
    expect((await call({})).status).toBe(403);
    expect((await call({ 'x-kim-token': 'guess' })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await call({ 'x-kim-token': server.token, host: 'evil.example:80' })).status).toBe(403);
    expect((await call({ 'x-kim-token': server.token, origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses malformed JSON with a German message', async () => {
    const res = await call({ 'x-kim-token': server.token }, '{nope');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toEqual({ code: 'VALIDATION', message: 'Die Anfrage ist kein gültiges JSON.' });
  });

  it('serves the page with the token and a content security policy', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<meta name="kim-api-token" content="${server.token}">`);
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('serves assets but never files outside the renderer folder', async () => {
    expect((await raw('/assets/app.js')).body).toBe('console.log(1)');
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fsecret']) {
      const res = await raw(path);
      expect(res.body).not.toContain('root:');
      expect([200, 400]).toContain(res.status);
      if (res.status === 200) expect(res.body).toContain('<title>x</title>');
    }
  });
});
