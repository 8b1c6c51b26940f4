// Bundles as a forger (or a test) makes them: one changed and signed again with a given key.
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Db } from '../../electron/core/db/open';

/** A bundle changed and signed again with a given key, as a province (or a forger) could. */
export function resigned(
  bytes: Uint8Array,
  privatePem: string,
  edit: (manifest: Record<string, unknown>, records: string[]) => void,
) {
  const e = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(e['manifest.json']!)) as Record<string, unknown>;
  const records = strFromU8(e['records.jsonl']!).split('\n');
  edit(manifest, records);
  e['records.jsonl'] = strToU8(records.join('\n'));
  manifest.recordsSha256 = createHash('sha256').update(e['records.jsonl']).digest('hex');
  e['manifest.json'] = strToU8(JSON.stringify(manifest));
  const key = createPrivateKey(privatePem);
  e['signature.json'] = strToU8(
    JSON.stringify({
      algorithm: 'ed25519',
      publicKey: manifest.secretariat && (manifest.secretariat as { publicKey: string }).publicKey,
      signature: sign(null, e['manifest.json'], key).toString('base64'),
    }),
  );
  return zipSync(e);
}
export const privateKeyOf = (db: Db) => db.prepare('SELECT private_key FROM secretariat_key').pluck().get() as string;
