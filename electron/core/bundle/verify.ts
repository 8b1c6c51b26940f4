// Reading a `.dabir` bundle without trusting it: a whole, safe archive; a known format and a
// schema this Dabir can read; the signature over the manifest; the hashes of the records and of
// every attachment; every record well formed. Each refusal says what is wrong and what to ask for.
import { strFromU8, unzipSync } from 'fflate';
import { MAX_ATTACHMENT_BYTES } from '../../contract/limits';
import { ltrIsolate } from '../../contract/persian-text';
import { latestVersion } from '../db/migrations/registry';
import { DabirError } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import { fingerprint, verifyBytes } from './identity';
import {
  attachmentEntry,
  BUNDLE_FORMAT,
  entryNames,
  syncedEntities,
  type BundleManifest,
  type BundleRecord,
  type BundleSignature,
  type SyncedEntity,
} from './format';

export interface VerifiedBundle<E extends string = SyncedEntity> {
  manifest: BundleManifest;
  records: BundleRecord<E>[];
  /** Made by a newer Dabir (a later schema): what this version lacks is kept, not refused (bundle/deferred.ts). */
  newer: boolean;
  /** A newer Dabir's records of entities this version does not have yet. */
  later: BundleRecord<string>[];
  attachments: Map<string, Uint8Array>;
  /** SHA-256 of manifest.json: the hash the next bundle of this secretariat names. */
  hash: string;
  fingerprint: string;
}

/** The two bundles of one family: a province's (up) and headquarters' directives (down). */
export interface BundleKind<E extends string = SyncedEntity> {
  format: string;
  entities: readonly E[];
  /** Who to ask for the bundle again, who sent it, and whose Dabir to update for a newer one. */
  askAgain: string;
  from: string;
  updateWhom: string;
}

export const provinceBundle: BundleKind = {
  format: BUNDLE_FORMAT,
  entities: syncedEntities,
  askAgain: 'از استان بخواهید بسته را دوباره بسازد و بفرستد',
  from: 'از استان',
  updateWhom: 'دبیر ستاد',
};

const refuse = (what: string, ask: string) => new DabirError('invalid_input', `${what}؛ ${ask}`);

/** The most an entry may hold once inflated: records of a busy province for years, one attachment, small JSON. */
const entryLimit = (name: string) =>
  name === entryNames.records
    ? 512 * 1024 * 1024
    : name.startsWith('attachments/')
      ? MAX_ATTACHMENT_BYTES
      : 1024 * 1024;

const safeName = /^(manifest\.json|records\.jsonl|signature\.json|attachments\/[0-9a-f]{64})$/;

/** A JSON object from the archive; anything else (null, a number, an array, broken text) is refused. */
function json<T>(bytes: Uint8Array | undefined, what: string, ask: string): T {
  if (!bytes) throw refuse(`${what} در بسته نیست`, ask);
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw refuse(`${what} خوانا نیست`, ask);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse(`${what} خوانا نیست`, ask);
  return value as T;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const uuid = /^[0-9a-f-]{36}$/i;

function checkManifest(m: BundleManifest, kind: BundleKind<string>): void {
  const askAgain = kind.askAgain;
  // Read from an untrusted file: every field is checked, whatever the type says.
  if ((m.format as string) !== kind.format)
    throw refuse(
      `قالب بسته «${ltrIsolate(String(m.format))}» برای این نسخه دبیر ناشناخته است`,
      `${kind.updateWhom} را به‌روز کنید یا ${kind.from} بسته‌ای با قالب ${ltrIsolate(kind.format)} بخواهید`,
    );
  // A later schema is welcome: what this version does not know yet is kept for after its update.
  if (!Number.isInteger(m.schemaVersion) || m.schemaVersion < 1)
    throw refuse('نسخه داده در شناسنامه بسته نامعتبر است', askAgain);
  const s = m.secretariat as Partial<BundleManifest['secretariat']> | undefined;
  if (!s || !isString(s.id) || !uuid.test(s.id) || !isString(s.publicKey) || !isString(s.name))
    throw refuse('مشخصات دبیرخانه در شناسنامه بسته ناقص است', askAgain);
  if (!Number.isInteger(m.fromSeq) || !Number.isInteger(m.toSeq) || m.fromSeq < 1 || m.toSeq < m.fromSeq - 1)
    throw refuse('بازه تغییرات بسته نامعتبر است', askAgain);
  if (m.previousBundleHash !== null && !(isString(m.previousBundleHash) && /^[0-9a-f]{64}$/.test(m.previousBundleHash)))
    throw refuse('اثر انگشت بسته قبلی در شناسنامه نامعتبر است', askAgain);
  if (!Array.isArray(m.attachments) || !isString(m.recordsSha256)) throw refuse('شناسنامه بسته ناقص است', askAgain);
  for (const a of m.attachments as unknown[])
    if (
      typeof a !== 'object' ||
      a === null ||
      !isString((a as { sha256?: unknown }).sha256) ||
      !/^[0-9a-f]{64}$/.test((a as { sha256: string }).sha256)
    )
      throw refuse('فهرست پیوست‌ها در شناسنامه بسته نامعتبر است', askAgain);
  if (typeof m.counts !== 'object' || m.counts === null || Array.isArray(m.counts))
    throw refuse('شمار رکوردها در شناسنامه بسته نامعتبر است', askAgain);
}

/** An entity name a newer Dabir may use: a table name, never anything SQL could read otherwise. */
const entityName = /^[a-z][a-z_]{0,40}$/;

function checkRecord<E extends string>(
  line: string,
  n: number,
  kind: BundleKind<E>,
  newer: boolean,
): BundleRecord<E> | { later: BundleRecord<string> } {
  const askAgain = kind.askAgain;
  let r: Partial<BundleRecord<E>> & { row?: unknown };
  try {
    r = JSON.parse(line) as typeof r;
  } catch {
    throw refuse(`رکورد ${n} بسته خوانا نیست`, askAgain);
  }
  const entity = r.entity as string | undefined;
  const known = entity !== undefined && (kind.entities as readonly string[]).includes(entity);
  if (!known && !(newer && typeof entity === 'string' && entityName.test(entity)))
    throw refuse(`رکورد ${n} از نوع ناشناخته «${String(entity)}» است`, askAgain);
  if (!isString(r.id) || !uuid.test(r.id) || !Number.isInteger(r.seq))
    throw refuse(`رکورد ${n} شناسه معتبر ندارد`, askAgain);
  if (r.op === 'delete') return known ? (r as BundleRecord<E>) : { later: r as BundleRecord<string> };
  if (
    r.op !== 'upsert' ||
    typeof r.row !== 'object' ||
    r.row === null ||
    Array.isArray(r.row) ||
    (r.row as { id?: unknown }).id !== r.id
  )
    throw refuse(`رکورد ${n} (${entity}) ناقص است`, askAgain);
  return known ? (r as BundleRecord<E>) : { later: r as BundleRecord<string> };
}

export function readBundle<E extends string = SyncedEntity>(
  bytes: Uint8Array,
  kind: BundleKind<E> = provinceBundle as unknown as BundleKind<E>,
): VerifiedBundle<E> {
  const askAgain = kind.askAgain;
  let entries: Record<string, Uint8Array>;
  let oversized: string | null = null;
  try {
    // Sizes as the archive declares them, checked before anything is inflated: a zip bomb is refused, not unpacked.
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > entryLimit(f.name)) oversized = f.name;
        return oversized === null;
      },
    });
  } catch {
    throw refuse('پرونده بسته ناقص یا خراب است (شاید کامل کپی نشده)', askAgain);
  }
  if (oversized !== null) throw refuse(`بخش «${String(oversized)}» بسته بیش از حد بزرگ است`, askAgain);
  for (const name of Object.keys(entries))
    if (!safeName.test(name)) throw refuse(`بسته پرونده‌ای با نام نامجاز «${name}» دارد و پذیرفته نمی‌شود`, askAgain);

  const manifestBytes = entries[entryNames.manifest];
  const manifest = json<BundleManifest>(manifestBytes, 'شناسنامه بسته (manifest.json)', askAgain);
  checkManifest(manifest, kind);
  const signature = json<BundleSignature>(entries[entryNames.signature], 'امضای بسته', askAgain);
  if (
    signature.algorithm !== 'ed25519' ||
    signature.publicKey !== manifest.secretariat.publicKey ||
    !isString(signature.signature)
  )
    throw refuse('امضای بسته با کلید دبیرخانه در شناسنامه نمی‌خواند', askAgain);
  if (!verifyBytes(manifest.secretariat.publicKey, manifestBytes!, signature.signature))
    throw refuse('امضای بسته درست نیست: بسته پس از ساخته شدن تغییر کرده یا جعلی است', askAgain);

  const recordsBytes = entries[entryNames.records];
  if (!recordsBytes) throw refuse('رکوردهای بسته (records.jsonl) در بسته نیست', askAgain);
  if (sha256Hex(recordsBytes) !== manifest.recordsSha256)
    throw refuse('اثر انگشت رکوردهای بسته با شناسنامه نمی‌خواند: بسته دستکاری یا خراب شده است', askAgain);
  const text = strFromU8(recordsBytes);
  const newer = manifest.schemaVersion > latestVersion;
  const records: BundleRecord<E>[] = [];
  const later: BundleRecord<string>[] = [];
  if (text !== '')
    text.split('\n').forEach((line, i) => {
      const r = checkRecord(line, i + 1, kind, newer);
      if ('later' in r) later.push(r.later);
      else records.push(r);
    });

  const attachments = new Map<string, Uint8Array>();
  // Nothing rides along unsigned: every file in the archive is one the signed manifest names.
  const named = new Set(manifest.attachments.map((a) => attachmentEntry(a.sha256)));
  for (const name of Object.keys(entries))
    if (name.startsWith('attachments/') && !named.has(name))
      throw refuse(`بسته پرونده‌ای دارد که در شناسنامه امضاشده نیامده است («${name.slice(0, 24)}…»)`, askAgain);
  for (const a of manifest.attachments) {
    const data = entries[attachmentEntry(a.sha256)];
    if (!data) throw refuse(`پیوست ${a.sha256.slice(0, 12)}… در بسته نیست`, askAgain);
    if (sha256Hex(data) !== a.sha256) throw refuse(`اثر انگشت پیوست ${a.sha256.slice(0, 12)}… نمی‌خواند`, askAgain);
    attachments.set(a.sha256, data);
  }
  return {
    manifest,
    records,
    newer,
    later,
    attachments,
    hash: sha256Hex(manifestBytes!),
    fingerprint: fingerprint(manifest.secretariat.publicKey),
  };
}
