// Every operation listed as a read (contract/reads.ts), called for real on realistic data files, leaves the file as it was.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type BundleWritten, type InputOf } from '../../../electron/contract';
import { readOperationNames, type ReadOperationName } from '../../../electron/contract/reads';
import { createAsyncDispatcher, type Shell } from '../../../electron/core/api/async-dispatch';
import { isAsyncOperation } from '../../../electron/core/api/dispatch';
import { autoBackup } from '../../../electron/core/backup/own';
import { backupFolder } from '../../../electron/core/backup/names';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb, dump, finalize, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** The rows the reads are asked about. */
interface Ids {
  groupId: string;
  finalId: string;
  draftId: string;
  resolutionId: string;
  amendmentId: string;
  attachmentId: string;
  organizationId: string;
}

// Typed by the list: a read added to contract/reads.ts without an input here fails the typecheck.
const inputs: { [K in ReadOperationName]: (ids: Ids) => InputOf<K> } = {
  'secretariat.get': () => ({}),
  'secretariat.role': () => ({}),
  'workingGroups.list': () => ({}),
  'workingGroups.get': (i) => ({ id: i.groupId }),
  'members.list': (i) => ({ workingGroupId: i.groupId }),
  'organizations.list': () => ({}),
  'people.list': () => ({}),
  'sessions.list': (i) => ({ workingGroupId: i.groupId, year: 1399 }),
  'sessions.get': (i) => ({ id: i.finalId }),
  'sessions.calendar': () => ({ from: '1399/01/01', to: '1399/03/31' }),
  'sessions.nextNumber': (i) => ({ workingGroupId: i.groupId, year: 1399 }),
  'resolutions.openBefore': (i) => ({ sessionId: i.draftId }),
  'attendance.get': (i) => ({ sessionId: i.finalId }),
  'attendance.sheet': (i) => ({ sessionId: i.draftId }),
  'attendance.sheetPdf': (i) => ({ sessionId: i.draftId }),
  'minutes.export': (i) => ({ sessionId: i.finalId }),
  'sessions.verify': (i) => ({ id: i.finalId }),
  'amendments.list': (i) => ({ sessionId: i.finalId }),
  'minutes.printable': (i) => ({ sessionId: i.finalId }),
  'minutes.pdf': (i) => ({ sessionId: i.finalId, amendmentId: i.amendmentId }),
  'pastMinutes.review': (i) => ({ sessionId: i.draftId }),
  'pastMinutes.pending': () => ({}),
  'attachments.list': (i) => ({ sessionId: i.finalId }),
  'attachments.get': (i) => ({ id: i.attachmentId }),
  'followUps.list': (i) => ({ resolutionId: i.resolutionId }),
  'board.list': (i) => ({ workingGroupId: i.groupId, organizationId: i.organizationId, today: '1399/06/01' }),
  'reports.annual': (i) => ({ workingGroupId: i.groupId, year: 1399, today: '1399/06/01' }),
  'reports.attendance': (i) => ({ workingGroupId: i.groupId, year: 1399 }),
  'reports.responsible': (i) => ({ workingGroupId: i.groupId, year: 1399, today: '1399/06/01' }),
  'reports.monthly': (i) => ({ workingGroupId: i.groupId, year: 1399 }),
  'reports.xlsx': (i) => ({ report: 'responsible', workingGroupId: i.groupId, year: 1399 }),
  'reports.pdf': (i) => ({ workingGroupId: i.groupId, year: 1399 }),
  'search.query': () => ({ query: 'کارگروه' }),
  'bundle.status': () => ({}),
  'headquarters.secretariats': () => ({}),
  'headquarters.overview': () => ({ year: 1399, today: '1399/06/01' }),
  'national.matrix': () => ({ year: 1399, today: '1399/06/01' }),
  'national.source': () => ({}),
  'national.assignments': (i) => ({ sessionId: i.finalId }),
  'national.xlsx': () => ({ year: 1399, today: '1399/06/01' }),
  'backups.list': () => ({}),
  'letterhead.get': () => ({}),
  'invitations.printable': (i) => ({ sessionId: i.draftId }),
  'invitations.pdf': (i) => ({ sessionId: i.draftId, mode: 'copies' }),
  'today.summary': () => ({ today: '1399/03/01' }),
  'letters.notifications': (i) => ({ sessionId: i.finalId }),
  'letters.overdue': (i) => ({ workingGroupId: i.groupId, today: '1405/01/01' }),
  'letters.ofResolution': (i) => ({ resolutionId: i.resolutionId }),
  'letters.printable': (i) => ({ kind: 'follow_up', workingGroupId: i.groupId, today: '1405/01/01' }),
  'letters.pdf': (i) => ({ kind: 'notification', sessionId: i.finalId }),
};

// minutes.pdf and reports.pdf print through the shell (Chromium renders the print page, which
// asks minutes.printable and reports.*, themselves in this table). A printer giving back a fixed
// PDF stands in for it, so their handlers still run for real against the file.
const shell = (outbox: string): Shell => ({
  printPdf: () => Promise.resolve(new Uint8Array(pdf)),
  chooseSavePath: (suggested) => Promise.resolve(path.join(outbox, suggested)),
});

/**
 * A province's file: the real minutes imported and finalised with an amendment, a draft after it,
 * a follow-up, a signed copy, a person, a backup. With `hq`, sent there as it grows.
 */
async function province(hq?: Db): Promise<{ db: Db; ids: Ids }> {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId: finalId, workingGroupId: groupId } = call('minutes.import', { document: fixture() });
  finalize(db, finalId);
  const draft = call('sessions.create', { workingGroupId: groupId, date: '1399/03/05' });
  call('agenda.add', { sessionId: draft.id, text: 'پیگیری مصوبات جلسه پیشین' });
  const resolutionId = call('sessions.get', { id: finalId }).resolutions[0]!.id;
  const organizationId = call('organizations.list', {})[0]!.id;
  call('followUps.add', {
    resolutionId,
    date: '1399/03/05',
    text: 'برنامه‌های پیشنهادی دستگاه‌ها رسید',
    organizationId,
    sessionId: draft.id,
    status: 'in_progress',
  });
  const attachment = call('attachments.add', {
    sessionId: finalId,
    fileName: 'صورتجلسه امضاشده.pdf',
    data: pdf.toString('base64'),
  });
  call('attachments.add', { sessionId: finalId, fileName: 'scan.png', data: png.toString('base64') });
  call('people.create', { name: 'علی اکرمی', title: 'معاون سیاسی', organizationId });
  // Two sends: headquarters then has two imports, each with its backup, for `backups.list`.
  if (hq) await send(db, hq);
  const amendment = call('amendments.add', {
    sessionId: finalId,
    date: '1399/03/10',
    changes: 'مهلت مصوبه ردیف ۱ به ۲۰ روز تغییر می‌کند',
    reason: 'درخواست دستگاه مسئول',
  });
  if (hq) await send(db, hq);
  await autoBackup(db, 'start');
  const ids = {
    groupId,
    finalId,
    draftId: draft.id,
    resolutionId,
    amendmentId: amendment.id,
    attachmentId: attachment.id,
    organizationId,
  };
  return { db, ids };
}

/** Headquarters' file, empty until bundles arrive. */
function headquarters(): Db {
  const db = createDb();
  api(db).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
  return db;
}

/** The province's next bundle, imported at headquarters (each import backs headquarters up first). */
async function send(from: Db, hq: Db): Promise<void> {
  const sent = await createAsyncDispatcher(from, shell(tempDir()))('bundle.export', {});
  if (!sent.ok || !(sent.value as BundleWritten).saved) throw new Error(`no bundle: ${JSON.stringify(sent)}`);
  const file = (sent.value as BundleWritten & { saved: true }).path;
  const imported = await createAsyncDispatcher(hq)('headquarters.import', {
    fileName: path.basename(file),
    data: readFileSync(file).toString('base64'),
    trustNew: true,
  });
  if (!imported.ok) throw new Error(`not imported: ${JSON.stringify(imported)}`);
}

/** The backups beside the file: names, sizes and times. */
function backupsOf(db: Db): string[] {
  const folder = backupFolder(db.name);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).map((name) => {
    const s = statSync(path.join(folder, name));
    return `${name} ${s.size} ${s.mtimeMs}`;
  });
}

/** Rows this connection has written, counting those of a transaction rolled back: a read writes none. */
const changes = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number;

/** Calls every read, sync ones through the sync dispatcher and async ones through the async one, proving each answered and wrote nothing. */
async function everyReadLeavesAlone(db: Db, ids: Ids) {
  const { dispatch } = api(db);
  const run = createAsyncDispatcher(db, shell(tempDir()), dispatch);
  expect(backupsOf(db).length).toBeGreaterThan(0);
  for (const op of readOperationNames) {
    const input: unknown = inputs[op](ids);
    const before = { rows: dump(db), backups: backupsOf(db), changes: changes(db) };
    const r = isAsyncOperation(op) ? await run(op, input) : dispatch(op, input);
    expect.soft(r, op).toMatchObject({ ok: true });
    // The sync dispatcher checks its answers against the contract; the async ones are checked here.
    if (r.ok && isAsyncOperation(op)) expect.soft(contract[op].output.safeParse(r.value).success, op).toBe(true);
    expect.soft({ rows: dump(db), backups: backupsOf(db), changes: changes(db) }, op).toEqual(before);
  }
}

describe('the operations listed as reads', () => {
  it('each answer at a province and leave its data file and backups as they were', async () => {
    const { db, ids } = await province();
    expect(dump(db)['amendment']).toHaveLength(1);
    expect(dump(db)['follow_up']).toHaveLength(1);
    await everyReadLeavesAlone(db, ids);
  });

  it('each answer at headquarters, on the provinces’ records, and leave its file and backups as they were', async () => {
    const hq = headquarters();
    const { ids } = await province(hq);
    expect(api(hq).call('headquarters.secretariats', {})).toMatchObject([{ bundles: 2 }]);
    expect(dump(hq)['amendment']).toHaveLength(1);
    expect(dump(hq)['attachment']).toHaveLength(2);
    await everyReadLeavesAlone(hq, ids);
  });
});
