// The browser host answers only its own page on loopback with the per-launch token.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { checkRequest, isLoopbackAddress } from '../../../electron/core/host/guard';
import { startHost, type Host } from '../../../electron/core/host/server';
import { api, createDb, finalize, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(): Promise<Host> {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>دبیر</title>');
  host = await startHost({ dispatch: createDispatcher(createDb()), rendererDir: dir });
  return host;
}

/** A raw request so Host and Origin can be set to anything, as an attacker's page or tool would. */
function request(h: Host, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: h.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const apiCall = (h: Host, headers: Record<string, string>) =>
  request(h, {
    path: '/api/workingGroups.list',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${h.port}`, ...headers },
    body: '{}',
  });

describe('browser host', () => {
  it('answers an API call with the token, own Host and own Origin', async () => {
    const h = await start();
    const r = await apiCall(h, { Authorization: `Bearer ${h.token}`, Origin: `http://127.0.0.1:${h.port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/#token=${h.token}`);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const h = await start();
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong' }, { Authorization: h.token }];
    for (const headers of attempts) {
      const r = await apiCall(h, headers);
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('forbidden');
    }
  });

  it('refuses a foreign Origin even with the token', async () => {
    const h = await start();
    const r = await apiCall(h, { Authorization: `Bearer ${h.token}`, Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toContain('foreign Origin');
  });

  it('refuses a non-loopback Host header (DNS rebinding), for the API and for pages', async () => {
    const h = await start();
    const api = await apiCall(h, { Authorization: `Bearer ${h.token}`, Host: `dabir.example:${h.port}` });
    expect(api.status).toBe(421);
    const page = await request(h, { path: '/', headers: { Host: `192.168.1.5:${h.port}` } });
    expect(page.status).toBe(421);
  });

  it('refuses a peer that is not on loopback (checked on the socket address)', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.5')).toBe(false);
    expect(isLoopbackAddress('::ffff:10.0.0.2')).toBe(false);
    expect(checkRequest('10.0.0.2', { host: '127.0.0.1:80' }, 80)).toEqual({
      status: 403,
      reason: 'non-loopback peer',
    });
  });

  it('serves the page with the CSP and never a file outside the renderer folder', async () => {
    const h = await start();
    const page = await request(h, { path: '/', headers: { Host: `127.0.0.1:${h.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request(h, { path: '/..%2f..%2f..%2fetc%2fpasswd', headers: { Host: `127.0.0.1:${h.port}` } });
    expect([403, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('root:');
  });

  it('answers bad JSON and unknown operations with a Persian error Result', async () => {
    const h = await start();
    const headers = {
      'Content-Type': 'application/json',
      Host: `127.0.0.1:${h.port}`,
      Authorization: `Bearer ${h.token}`,
    };
    const bad = await request(h, { path: '/api/workingGroups.list', method: 'POST', headers, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('بدنه درخواست JSON معتبر نیست');
    const unknown = await request(h, { path: '/api/db.exec', method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'unknown_operation' });
    const invalid = await request(h, { path: '/api/sessions.get', method: 'POST', headers, body: '{"id":"x"}' });
    expect(JSON.parse(invalid.body).error).toMatchObject({ code: 'invalid_input', path: 'id' });
  });
});

describe('hardening of the browser host', () => {
  it('sends the CSP with every response: page, print page, assets, missing files, refusals and API answers', async () => {
    const h = await start();
    const host = { Host: `127.0.0.1:${h.port}` };
    const api = { ...host, 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}` };
    for (const r of [
      await request(h, { path: '/', headers: host }),
      await request(h, { path: '/index.html?print=minutes&session=x', headers: host }),
      await request(h, { path: '/assets/nothing.js', headers: host }),
      await request(h, { path: '/', headers: { Host: 'evil.example' } }),
      await request(h, { path: '/api/workingGroups.list', method: 'POST', headers: api, body: '{}' }),
      await request(h, { path: '/api/workingGroups.list', method: 'POST', headers: host, body: '{}' }),
    ])
      expect(r.headers['content-security-policy'], String(r.status)).toContain("default-src 'self'");
  });

  it('lets the browser keep the hashed code and fonts, never the page itself', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>دبیر</title>');
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'index-CqGS9Pjc.js'), 'export {}');
    writeFileSync(path.join(dir, 'assets', 'notes.js'), 'export {}');
    host = await startHost({ dispatch: createDispatcher(createDb()), rendererDir: dir });
    const headers = { Host: `127.0.0.1:${host.port}` };
    const cacheOf = async (p: string) => (await request(host!, { path: p, headers })).headers['cache-control'];
    expect(await cacheOf('/assets/index-CqGS9Pjc.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/')).toBe('no-store');
    expect(await cacheOf('/index.html')).toBe('no-store');
    expect(await cacheOf('/assets/notes.js')).toBe('no-store');
  });

  it('reaches only the contract’s operations: object internals and odd names are unknown operations', async () => {
    const h = await start();
    const headers = {
      'Content-Type': 'application/json',
      Host: `127.0.0.1:${h.port}`,
      Authorization: `Bearer ${h.token}`,
    };
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'sessions',
      'sessions.get.call',
      '..%2fsessions.get',
    ]) {
      const r = await request(h, { path: `/api/${name}`, method: 'POST', headers, body: '{}' });
      expect(JSON.parse(r.body).error?.code, name).toBe('unknown_operation');
    }
  });
});

describe('a final session over HTTP', () => {
  it('is refused with the Persian message, as through IPC', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>دبیر</title>');
    const db = createDb();
    const { call } = api(db);
    const { sessionId } = call('minutes.import', { document: fixture() });
    finalize(db, sessionId);
    host = await startHost({ dispatch: createDispatcher(db), rendererDir: dir });
    const res = await fetch(`http://127.0.0.1:${host.port}/api/sessions.update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ id: sessionId, location: 'جای دیگر' }),
    });
    const answer = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'session_final' } });
    expect(answer.error.message).toContain('قطعی شده است');
    expect(call('sessions.get', { id: sessionId }).location).toBe('سالن جلسات طبقه چهارم استانداری');
  });
});
