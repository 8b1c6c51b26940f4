// The signed copy: PDF, JPEG and PNG by their bytes, stored once by SHA-256, size limit with a
// clear message, read back byte for byte, removed with its file when nothing else uses it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../electron/contract';
import { withoutIsolates } from '../../../electron/contract/persian-text';
import { api, createDb, dump, finalize, readRows } from '../../helpers/db';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const g = call('workingGroups.create', { name: 'کارگروه', province: 'مرکزی' });
  const s = call('sessions.create', { workingGroupId: g.id, date: '1405/09/02' });
  return { db, call, dispatch, sessionId: s.id };
}

describe('attachments', () => {
  it('keep PDF, JPEG and PNG by content, also on a final session, and give the same bytes back', () => {
    const { db, call, sessionId } = setup();
    finalize(db, sessionId);
    const added = [
      call('attachments.add', { sessionId, fileName: 'صورتجلسه امضاشده.pdf', data: pdf.toString('base64') }),
      call('attachments.add', { sessionId, fileName: 'scan.png', data: png.toString('base64') }),
      call('attachments.add', { sessionId, fileName: 'scan.JPG', data: jpeg.toString('base64') }),
    ];
    expect(added.map((a) => a.mediaType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(added[0]).toMatchObject({
      fileName: 'صورتجلسه امضاشده.pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    expect(call('attachments.list', { sessionId }).map((a) => a.id)).toEqual(added.map((a) => a.id));
    const back = call('attachments.get', { id: added[0]!.id });
    expect(Buffer.from(back.data, 'base64').equals(pdf)).toBe(true);
    expect(back.mediaType).toBe('application/pdf');
  });

  it('store the same file once, and drop it only with its last attachment', () => {
    const { db, call, sessionId } = setup();
    const a = call('attachments.add', { sessionId, fileName: 'a.pdf', data: pdf.toString('base64') });
    const b = call('attachments.add', { sessionId, fileName: 'b.pdf', data: pdf.toString('base64') });
    expect(readRows(db, 'blob')).toHaveLength(1);
    call('attachments.remove', { id: a.id });
    expect(readRows(db, 'blob')).toHaveLength(1);
    call('attachments.remove', { id: b.id });
    expect(readRows(db, 'blob')).toHaveLength(0);
  });

  it('refuse other files, empty ones and oversized ones with a clear message, writing nothing', () => {
    const { db, dispatch, sessionId } = setup();
    const before = dump(db);
    const refusals = [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'فقط پرونده PDF، JPEG یا PNG'],
      [Buffer.from('MZ\x90\x00 not a scan'), 'فقط پرونده PDF، JPEG یا PNG'],
      [Buffer.alloc(0), 'خالی'],
      [Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES)]), '۲۰ مگابایت'],
    ] as const;
    for (const [bytes, message] of refusals) {
      const r = dispatch('attachments.add', { sessionId, fileName: 'x.pdf', data: bytes.toString('base64') });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      // Read as the terminal gets it: the screen's isolates around PDF, JPEG and PNG taken off.
      expect(withoutIsolates(r.ok ? '' : r.error.message)).toContain(message);
    }
    expect(dispatch('attachments.add', { sessionId, fileName: 'x.pdf', data: 'not base64 !' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'data' },
    });
    expect(dispatch('attachments.add', { sessionId, fileName: '  ', data: pdf.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'fileName' },
    });
    expect(dump(db)).toEqual(before);
  });
});
