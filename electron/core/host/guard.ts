// Who may talk to the browser host: loopback peers only, our own Host and Origin, and for the
// API the per-launch token. Pure functions so each rule has its own test.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** Host header values we answer to; anything else may be DNS rebinding. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export type Refusal = { status: number; reason: string } | null;

/** Checks that hold for every request, static or API. */
export function checkRequest(remote: string | undefined, headers: IncomingHttpHeaders, port: number): Refusal {
  if (!isLoopbackAddress(remote)) return { status: 403, reason: 'non-loopback peer' };
  if (!headers.host || !allowedHosts(port).has(headers.host.toLowerCase()))
    return { status: 421, reason: 'unexpected Host header' };
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin)) return { status: 403, reason: 'foreign Origin' };
  if (headers['sec-fetch-site'] === 'cross-site') return { status: 403, reason: 'cross-site request' };
  return null;
}

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
