// The canonical form a content hash covers: RFC 8785 (JSON Canonicalization Scheme) text of a
// document, hashed with SHA-256. Text is hashed exactly as stored; nothing is normalised.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: nothing to canonicalise');
  return text;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));
