// Attachments: the scanned signed copy of a session's minutes. Files are kept once, by their
// SHA-256, inside the database file itself, so backups and sync bundles carry them.
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../contract';
import type { attachmentMediaTypes } from '../../contract/attachments';
import type { Db } from '../db/open';
import { all, get, run, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { sha256Hex } from '../minutes/canonical';
import type { Handlers } from './handlers';
import { sessionRow } from './session-read';
import { create } from './store';
import { attachmentTooLarge } from '../../contract/limit-messages';
import { ltrIsolate } from '../../contract/persian-text';

type MediaType = (typeof attachmentMediaTypes)[number];

/** The type a file really is, from its first bytes; the name's extension is not trusted. */
export function sniffMediaType(data: Uint8Array): MediaType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

interface AttachmentRow {
  id: string;
  session_id: string;
  file_name: string;
  media_type: MediaType;
  sha256: string;
  size: number;
  added_at: string;
}

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id,
  sessionId: r.session_id,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  addedAt: r.added_at,
});

function attachmentRow(db: Db, id: string): AttachmentRow {
  const row = get<AttachmentRow>(db, sql`SELECT * FROM attachment WHERE id = ${id}`);
  if (!row) throw notFound('پیوست');
  return row;
}

export const attachmentHandlers = {
  'attachments.list': (db, { sessionId }) => {
    sessionRow(db, sessionId);
    return all<AttachmentRow>(
      db,
      sql`SELECT * FROM attachment WHERE session_id = ${sessionId} ORDER BY added_at, rowid`,
    ).map(toAttachment);
  },
  'attachments.add': (db, { sessionId, fileName, data }) => {
    sessionRow(db, sessionId);
    const bytes = Buffer.from(data, 'base64');
    if (bytes.length === 0) throw invalid('پرونده خالی است', 'data');
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw invalid(attachmentTooLarge, 'data');
    const mediaType = sniffMediaType(bytes);
    if (mediaType === null)
      throw invalid(
        `فقط پرونده ${ltrIsolate('PDF')}، ${ltrIsolate('JPEG')} یا ${ltrIsolate('PNG')} پذیرفته می‌شود؛ این پرونده هیچ‌کدام نیست`,
        'data',
      );
    const hash = sha256Hex(bytes);
    run(db, sql`INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (${hash}, ${bytes.length}, ${bytes})`);
    const id = create(db, 'attachment', {
      session_id: sessionId,
      kind: 'signed_copy',
      file_name: fileName.trim(),
      media_type: mediaType,
      sha256: hash,
      size: bytes.length,
      added_at: new Date().toISOString(),
    });
    return toAttachment(attachmentRow(db, id));
  },
  'attachments.get': (db, { id }) => {
    const row = attachmentRow(db, id);
    const blob = get<{ data: Buffer }>(db, sql`SELECT data FROM blob WHERE sha256 = ${row.sha256}`);
    if (!blob) throw notFound('محتوای پیوست');
    return { fileName: row.file_name, mediaType: row.media_type, data: blob.data.toString('base64') };
  },
  'attachments.remove': (db, { id }) => {
    const row = attachmentRow(db, id);
    run(db, sql`DELETE FROM attachment WHERE id = ${id}`);
    // The file goes too once nothing else points at it.
    run(
      db,
      sql`DELETE FROM blob WHERE sha256 = ${row.sha256} AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ${row.sha256})`,
    );
    return { ok: true as const };
  },
} satisfies Handlers<'attachments'>;
