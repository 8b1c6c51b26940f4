// The browser host: the same handler table as Electron's IPC, over HTTP on 127.0.0.1, with the
// built renderer served beside it. It lets the real renderer run in a plain Chromium (tests,
// machines without Electron). No CORS, ever: only the page it serves may call it.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../contract/csp';
import { MAX_BUNDLE_BYTES } from '../../contract/limits';
import type { Result } from '../../contract';
import { checkRequest, hasToken } from './guard';
import { inMegabytes } from '../../contract/limit-messages';

export interface HostOptions {
  /** The handler table's entry: core/api/async-dispatch.ts (or the synchronous one in tests). */
  dispatch: (op: string, input: unknown) => Result<unknown> | Promise<Result<unknown>>;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 picks any free port. */
  port?: number;
  token?: string;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// A bundle imported at headquarters is the largest input: its base64, plus the JSON around it.
const MAX_BODY = Math.ceil(MAX_BUNDLE_BYTES / 3) * 4 + 64 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // PDF.js's worker (the paged preview) ships as an ES module file.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The build's code, styles and fonts carry their content's hash in their names: they never change. */
const immutable = /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css|woff2)$/;

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': cache,
  });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
const refuse = (res: http.ServerResponse, status: number, code: 'forbidden' | 'invalid_input', message: string) =>
  json(res, status, { ok: false, error: { code, message, path: null } });

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function api(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  op: string,
  options: HostOptions & { token: string },
): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'forbidden', 'فقط POST پذیرفته می‌شود');
  if (!hasToken(req.headers, options.token))
    return refuse(res, 401, 'forbidden', 'نشانی بدون رمز دسترسی این اجرا باز شده است؛ نشانی کامل چاپ‌شده را باز کنید');
  if (!req.headers['content-type']?.startsWith('application/json'))
    return refuse(res, 415, 'invalid_input', 'بدنه درخواست باید JSON باشد');
  const body = await readBody(req);
  if (body === null)
    return refuse(res, 413, 'invalid_input', `درخواست بزرگ‌تر از حد مجاز (${inMegabytes(MAX_BODY)}) است`);
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(res, 400, 'invalid_input', 'بدنه درخواست JSON معتبر نیست');
  }
  json(res, 200, await options.dispatch(op, input));
}

async function file(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return send(res, 403, 'text/plain', 'forbidden');
  try {
    send(
      res,
      200,
      types[path.extname(target)] ?? 'application/octet-stream',
      await readFile(target),
      // Kept by the browser between prints and reloads; the page itself (index.html) never is.
      immutable.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-store',
    );
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
}

export function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number }).port;
    const refusal = checkRequest(req.socket.remoteAddress, req.headers, port);
    if (refusal) return refuse(res, refusal.status, 'forbidden', `درخواست پذیرفته نشد: ${refusal.reason}`);
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://host').pathname;
    } catch {
      return refuse(res, 400, 'invalid_input', 'bad url');
    }
    const handled = pathname.startsWith('/api/')
      ? api(req, res, pathname.slice(5), { ...options, token })
      : file(req, res, pathname, options.rendererDir);
    handled.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'forbidden', 'خطای داخلی میزبان');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        port,
        token,
        // The token travels in the fragment: never sent to the server in a request line, never logged.
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
