// The secretariat's identity for sync: an Ed25519 key pair made on first open (node:crypto), and
// its fingerprint in a form easy to read out by phone: five groups of four Persian digits.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { get, insert, sql } from '../db/sql';

export interface Identity {
  secretariatId: string;
  /** The raw 32-byte public key, base64. */
  publicKey: string;
  privateKey: KeyObject;
}

const rawPublicKey = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' }).subarray(-32);

export function publicKeyObject(base64: string): KeyObject {
  // SPKI header of an Ed25519 key, then the 32 raw bytes.
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(base64, 'base64')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** The key pair, made and stored the first time it is asked for. */
export function ensureIdentity(db: Db, secretariatId: string): Identity {
  const row = get<{ public_key: string; private_key: string }>(
    db,
    sql`SELECT public_key, private_key FROM secretariat_key WHERE secretariat_id = ${secretariatId}`,
  );
  if (row) return { secretariatId, publicKey: row.public_key, privateKey: createPrivateKey(row.private_key) };
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = rawPublicKey(publicKey).toString('base64');
  insert(db, 'secretariat_key', {
    secretariat_id: secretariatId,
    public_key: pub,
    private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    created_at: new Date().toISOString(),
  });
  return { secretariatId, publicKey: pub, privateKey };
}

/** «۱۲۳۴ ۵۶۷۸ ۹۰۱۲ ۳۴۵۶ ۷۸۹۰»: from the SHA-256 of the public key, 2 bytes a group. */
export function fingerprint(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest();
  const groups = [0, 2, 4, 6, 8].map((i) => String(digest.readUInt16BE(i) % 10000).padStart(4, '0'));
  return toPersianDigits(groups.join(' '));
}

export const signBytes = (identity: Identity, data: Uint8Array): string =>
  sign(null, data, identity.privateKey).toString('base64');

export const verifyBytes = (publicKey: string, data: Uint8Array, signature: string): boolean => {
  try {
    return verify(null, data, publicKeyObject(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};
