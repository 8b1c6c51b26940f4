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
} from './format';

export interface VerifiedBundle {
  manifest: BundleManifest;
  records: BundleRecord[];
  attachments: Map<string, Uint8Array>;
  /** SHA-256 of manifest.json: the hash the next bundle of this secretariat names. */
  hash: string;
  fingerprint: string;
}

const askAgain = 'از استان بخواهید بسته را دوباره بسازد و بفرستد';
const refuse = (what: string, ask = askAgain) => new DabirError('invalid_input', `${what}؛ ${ask}`);

/** The most an entry may hold once inflated: records of a busy province for years, one attachment, small JSON. */
const entryLimit = (name: string) =>
  name === entryNames.records
    ? 512 * 1024 * 1024
    : name.startsWith('attachments/')
      ? MAX_ATTACHMENT_BYTES
      : 1024 * 1024;

const safeName = /^(manifest\.json|records\.jsonl|signature\.json|attachments\/[0-9a-f]{64})$/;

/** A JSON object from the archive; anything else (null, a number, an array, broken text) is refused. */
function json<T>(bytes: Uint8Array | undefined, what: string): T {
  if (!bytes) throw refuse(`${what} در بسته نیست`);
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw refuse(`${what} خوانا نیست`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse(`${what} خوانا نیست`);
  return value as T;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const uuid = /^[0-9a-f-]{36}$/i;

function checkManifest(m: BundleManifest): void {
  // Read from an untrusted file: every field is checked, whatever the type says.
  if ((m.format as string) !== BUNDLE_FORMAT)
    throw refuse(
      `قالب بسته «${ltrIsolate(String(m.format))}» برای این نسخه دبیر ناشناخته است`,
      `دبیر ستاد را به‌روز کنید یا از استان بسته‌ای با قالب ${ltrIsolate(BUNDLE_FORMAT)} بخواهید`,
    );
  if (!Number.isInteger(m.schemaVersion) || m.schemaVersion > latestVersion)
    throw refuse(
      `بسته با نسخه تازه‌تری از دبیر (نسخه داده ${m.schemaVersion}) ساخته شده است`,
      'دبیر ستاد را به‌روز کنید',
    );
  const s = m.secretariat as Partial<BundleManifest['secretariat']> | undefined;
  if (!s || !isString(s.id) || !uuid.test(s.id) || !isString(s.publicKey) || !isString(s.name))
    throw refuse('مشخصات دبیرخانه در شناسنامه بسته ناقص است');
  if (!Number.isInteger(m.fromSeq) || !Number.isInteger(m.toSeq) || m.fromSeq < 1 || m.toSeq < m.fromSeq - 1)
    throw refuse('بازه تغییرات بسته نامعتبر است');
  if (m.previousBundleHash !== null && !(isString(m.previousBundleHash) && /^[0-9a-f]{64}$/.test(m.previousBundleHash)))
    throw refuse('اثر انگشت بسته قبلی در شناسنامه نامعتبر است');
  if (!Array.isArray(m.attachments) || !isString(m.recordsSha256)) throw refuse('شناسنامه بسته ناقص است');
  for (const a of m.attachments as unknown[])
    if (
      typeof a !== 'object' ||
      a === null ||
      !isString((a as { sha256?: unknown }).sha256) ||
      !/^[0-9a-f]{64}$/.test((a as { sha256: string }).sha256)
    )
      throw refuse('فهرست پیوست‌ها در شناسنامه بسته نامعتبر است');
  if (typeof m.counts !== 'object' || m.counts === null || Array.isArray(m.counts))
    throw refuse('شمار رکوردها در شناسنامه بسته نامعتبر است');
}

function checkRecord(line: string, n: number): BundleRecord {
  let r: Partial<BundleRecord> & { row?: unknown };
  try {
    r = JSON.parse(line) as typeof r;
  } catch {
    throw refuse(`رکورد ${n} بسته خوانا نیست`);
  }
  const entity = r.entity as string | undefined;
  if (!entity || !(syncedEntities as readonly string[]).includes(entity))
    throw refuse(`رکورد ${n} از نوع ناشناخته «${String(entity)}» است`);
  if (!isString(r.id) || !uuid.test(r.id) || !Number.isInteger(r.seq)) throw refuse(`رکورد ${n} شناسه معتبر ندارد`);
  if (r.op === 'delete') return r as BundleRecord;
  if (
    r.op !== 'upsert' ||
    typeof r.row !== 'object' ||
    r.row === null ||
    Array.isArray(r.row) ||
    (r.row as { id?: unknown }).id !== r.id
  )
    throw refuse(`رکورد ${n} (${entity}) ناقص است`);
  return r as BundleRecord;
}

export function readBundle(bytes: Uint8Array): VerifiedBundle {
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
    throw refuse('پرونده بسته ناقص یا خراب است (شاید کامل کپی نشده)');
  }
  if (oversized !== null) throw refuse(`بخش «${String(oversized)}» بسته بیش از حد بزرگ است`);
  for (const name of Object.keys(entries))
    if (!safeName.test(name)) throw refuse(`بسته پرونده‌ای با نام نامجاز «${name}» دارد و پذیرفته نمی‌شود`);

  const manifestBytes = entries[entryNames.manifest];
  const manifest = json<BundleManifest>(manifestBytes, 'شناسنامه بسته (manifest.json)');
  checkManifest(manifest);
  const signature = json<BundleSignature>(entries[entryNames.signature], 'امضای بسته');
  if (
    signature.algorithm !== 'ed25519' ||
    signature.publicKey !== manifest.secretariat.publicKey ||
    !isString(signature.signature)
  )
    throw refuse('امضای بسته با کلید دبیرخانه در شناسنامه نمی‌خواند');
  if (!verifyBytes(manifest.secretariat.publicKey, manifestBytes!, signature.signature))
    throw refuse('امضای بسته درست نیست: بسته پس از ساخته شدن تغییر کرده یا جعلی است');

  const recordsBytes = entries[entryNames.records];
  if (!recordsBytes) throw refuse('رکوردهای بسته (records.jsonl) در بسته نیست');
  if (sha256Hex(recordsBytes) !== manifest.recordsSha256)
    throw refuse('اثر انگشت رکوردهای بسته با شناسنامه نمی‌خواند: بسته دستکاری یا خراب شده است');
  const text = strFromU8(recordsBytes);
  const records = text === '' ? [] : text.split('\n').map((line, i) => checkRecord(line, i + 1));

  const attachments = new Map<string, Uint8Array>();
  // Nothing rides along unsigned: every file in the archive is one the signed manifest names.
  const named = new Set(manifest.attachments.map((a) => attachmentEntry(a.sha256)));
  for (const name of Object.keys(entries))
    if (name.startsWith('attachments/') && !named.has(name))
      throw refuse(`بسته پرونده‌ای دارد که در شناسنامه امضاشده نیامده است («${name.slice(0, 24)}…»)`);
  for (const a of manifest.attachments) {
    const data = entries[attachmentEntry(a.sha256)];
    if (!data) throw refuse(`پیوست ${a.sha256.slice(0, 12)}… در بسته نیست`);
    if (sha256Hex(data) !== a.sha256) throw refuse(`اثر انگشت پیوست ${a.sha256.slice(0, 12)}… نمی‌خواند`);
    attachments.set(a.sha256, data);
  }
  return {
    manifest,
    records,
    attachments,
    hash: sha256Hex(manifestBytes!),
    fingerprint: fingerprint(manifest.secretariat.publicKey),
  };
}
