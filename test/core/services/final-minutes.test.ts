// Finalising minutes: the content hash over the canonical document, the lock on every path that
// could change a final session (each operation, import, raw SQL), amendments, and the printable form.
import { isReadOperation } from '../../../electron/contract/reads';
import { describe, expect, it } from 'vitest';
import { contract, operationNames, type OperationName } from '../../../electron/contract';
import { canonicalJson, sha256Hex } from '../../../electron/core/minutes/canonical';
import { exportMinutes } from '../../../electron/core/minutes/export';
import { api, createDb, dump, finalize } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

function imported() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
  return { db, call, dispatch, sessionId, workingGroupId };
}

describe('finalising', () => {
  it('stores the SHA-256 of the canonical minutes document and locks the session', () => {
    const { db, call, sessionId } = imported();
    const document = exportMinutes(db, sessionId);
    const v = call('sessions.finalize', { id: sessionId });
    expect(v).toMatchObject({ status: 'final', intact: true, sessionId });
    expect(v.contentHash).toBe(sha256Hex(canonicalJson(document)));
    expect(v.computedHash).toBe(v.contentHash);
    expect(call('sessions.get', { id: sessionId }).status).toBe('final');
    // The canonical form is independent of key order and keeps the text exactly as typed.
    const stored = db.prepare('SELECT final_content FROM session WHERE id = ?').pluck().get(sessionId) as string;
    expect(JSON.parse(stored)).toEqual(document);
    expect(stored).toContain('گلوگاههای'); // the missing half-space of the source stays missing
    expect(canonicalJson({ b: 1, a: [2, 'ی'] })).toBe('{"a":[2,"ی"],"b":1}');
  });

  it('refuses minutes that cannot be signed yet, saying what is missing, and changes nothing', () => {
    const db = createDb();
    const { call, dispatch } = api(db);
    const g = call('workingGroups.create', { name: 'کارگروه', province: 'مرکزی' });
    const s = call('sessions.create', { workingGroupId: g.id, date: '1405/09/02' });
    const before = dump(db);
    const r = dispatch('sessions.finalize', { id: s.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.problems?.map((p) => p.path)).toEqual(['signatories', 'attendance', 'agenda']);
    expect(r.error.message).toContain('امضاکننده');
    expect(dump(db)).toEqual(before);
  });

  it('keeps the printed record when an organisation is renamed or membership changes later', () => {
    const { call, sessionId, workingGroupId } = imported();
    const before = call('minutes.printable', { sessionId });
    call('sessions.finalize', { id: sessionId });
    const printed = call('minutes.printable', { sessionId });
    expect(printed.document).toEqual(before.document);
    const org = call('organizations.list', {}).find((o) => o.name === 'فرمانداری اراک')!;
    call('organizations.rename', { id: org.id, name: 'فرمانداری شهرستان اراک' });
    call('members.add', { workingGroupId, organizationName: 'اداره کل ثبت اسناد', since: null });
    expect(call('minutes.printable', { sessionId }).document).toEqual(printed.document);
    expect(call('sessions.verify', { id: sessionId }).intact).toBe(true);
  });

  it('notices stored content that no longer matches its hash', () => {
    const { db, call, sessionId } = imported();
    call('sessions.finalize', { id: sessionId });
    // Only possible behind the app's back: drop the guard, edit the file, as a forger would.
    db.exec('DROP TRIGGER session_final_update');
    db.prepare(`UPDATE session SET final_content = replace(final_content, '۱۰', '۲۰') WHERE id = ?`).run(sessionId);
    const v = call('sessions.verify', { id: sessionId });
    expect(v.intact).toBe(false);
    expect(v.computedHash).not.toBe(v.contentHash);
  });
});

describe('verifying final minutes against their own rows', () => {
  it('names every part of the session changed behind the app’s back, and only those', () => {
    const { db, call, sessionId } = imported();
    call('sessions.finalize', { id: sessionId });
    const stored = call('minutes.printable', { sessionId }).document.session;
    for (const name of db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%final%'`)
      .pluck()
      .all())
      db.exec(`DROP TRIGGER ${String(name)}`);
    db.prepare(`UPDATE agenda_item SET text = 'دستور دیگر' WHERE session_id = ? AND position = 0`).run(sessionId);
    db.prepare(`DELETE FROM signatory WHERE session_id = ?`).run(sessionId);
    db.prepare(`UPDATE session SET date = '1399/02/03' WHERE id = ?`).run(sessionId);
    // An attendance line moved to another organisation, while its own still bears the stored name.
    db.prepare(
      `INSERT INTO organization (id, origin, name, name_key) SELECT '7d3a1c2e-4b5f-4c6d-8e9f-0a1b2c3d4e5f', origin, 'سازمان دیگر', 'سازمان دیگر' FROM session WHERE id = ?`,
    ).run(sessionId);
    db.prepare(
      `UPDATE attendance SET organization_id = '7d3a1c2e-4b5f-4c6d-8e9f-0a1b2c3d4e5f' WHERE session_id = ? AND position = (SELECT min(position) FROM attendance WHERE session_id = ?)`,
    ).run(sessionId, sessionId);
    const v = call('sessions.verify', { id: sessionId });
    expect(v).toMatchObject({ intact: false, liveMatches: false });
    expect(v.computedHash).toBe(v.contentHash);
    expect(v.differences.map((d) => d.path)).toEqual([
      // In the stored document's key order (canonical JSON sorts them).
      'session.agenda[0]',
      'session.date',
      'session.signatories[0]',
      'session.attendance[0].organization',
    ]);
    expect(v.differences[3]).toMatchObject({ stored: stored.attendance[0]!.organization, live: 'سازمان دیگر' });
    expect(v.differences[0]).toEqual({ path: 'session.agenda[0]', stored: stored.agenda[0], live: 'دستور دیگر' });
    expect(v.differences[1]).toEqual({ path: 'session.date', stored: '1399/02/02', live: '1399/02/03' });
    expect(v.differences[2]!.live).toBeNull();
    // Export refuses while the record is in doubt; printing keeps the record as finalised.
    expect(api(db).dispatch('minutes.export', { sessionId })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        problems: expect.arrayContaining([expect.objectContaining({ path: 'session.date' })]),
      },
    });
    expect(call('minutes.printable', { sessionId }).document.session).toEqual(stored);
  });

  it('exports a final session exactly as finalised, as printing shows it, after a rename', () => {
    const { call, sessionId } = imported();
    call('sessions.finalize', { id: sessionId });
    const org = call('organizations.list', {}).find((o) => o.name === 'فرمانداری اراک')!;
    call('organizations.rename', { id: org.id, name: 'فرمانداری شهرستان اراک' });
    expect(call('minutes.export', { sessionId })).toEqual(call('minutes.printable', { sessionId }).document);
    expect(call('sessions.verify', { id: sessionId })).toMatchObject({
      intact: true,
      liveMatches: true,
      differences: [],
    });
  });
});

/** Every operation that writes a session or one of its parts. */
const writeOps = operationNames.filter(
  (op) =>
    /^(agenda|discussion|resolutions|attendance|signatories)\./.test(op) &&
    !isReadOperation(op) &&
    // Follow-up status is not part of the minutes: it changes on final sessions too (issue 5).
    op !== 'resolutions.setStatus',
);

describe('a final session', () => {
  it('refuses every operation that would change it, and the file stays as it was', () => {
    const { db, call, dispatch, sessionId } = imported();
    const s = call('sessions.get', { id: sessionId });
    const sp = s.discussion[0]!;
    const r = s.resolutions[0]!;
    const member = s.attendance.entries.find((e) => e.status === 'absent')!;
    const present = s.attendance.entries.find((e) => e.status === 'present')!;
    finalize(db, sessionId);
    const before = dump(db);
    const attempts: [OperationName, unknown][] = [
      ['sessions.update', { id: sessionId, location: 'جای دیگر' }],
      ['sessions.remove', { id: sessionId }],
      ['sessions.finalize', { id: sessionId }],
      ['agenda.add', { sessionId, text: 'تازه' }],
      ['agenda.update', { id: s.agenda[0]!.id, text: 'تغییر' }],
      ['agenda.move', { id: s.agenda[0]!.id, position: 1 }],
      ['agenda.remove', { id: s.agenda[0]!.id }],
      ['discussion.addSpeaker', { sessionId, speaker: { name: 'کسی', title: null } }],
      ['discussion.updateSpeaker', { id: sp.id, speaker: { name: 'دیگری' } }],
      ['discussion.moveSpeaker', { id: sp.id, position: 2 }],
      ['discussion.removeSpeaker', { id: sp.id }],
      ['discussion.addPoint', { speakerId: sp.id, text: 'نکته' }],
      ['discussion.updatePoint', { id: sp.points[0]!.id, text: 'تغییر' }],
      ['discussion.movePoint', { id: sp.points[0]!.id, position: 1 }],
      ['discussion.removePoint', { id: sp.points[0]!.id }],
      ['resolutions.add', { sessionId, body: 'تازه', deadline: { kind: 'continuous' } }],
      ['resolutions.update', { id: r.id, body: 'تغییر' }],
      ['resolutions.move', { id: r.id, row: 2 }],
      ['resolutions.remove', { id: r.id }],
      ['attendance.set', { sessionId, organizationId: member.organizationId, status: 'present' }],
      ['attendance.setMany', { sessionId, status: 'present' }],
      ['attendance.clear', { sessionId, organizationId: present.organizationId }],
      ['signatories.add', { sessionId, name: 'کسی' }],
      ['signatories.update', { id: s.signatories[0]!.id, name: 'دیگری' }],
      ['signatories.move', { id: s.signatories[0]!.id, position: 0 }],
      ['signatories.remove', { id: s.signatories[0]!.id }],
    ];
    // A new write operation added to the contract must be added here too.
    expect(attempts.map(([op]) => op).filter((op) => writeOps.includes(op))).toEqual(writeOps);
    for (const [op, input] of attempts) {
      const answer = dispatch(op, input);
      expect(answer, op).toMatchObject({
        ok: false,
        error: { code: 'session_final' },
      });
      expect(!answer.ok && answer.error.message, op).toContain('قطعی شده است');
    }
    expect(dump(db)).toEqual(before);
  });

  it('is guarded by the database itself, whatever code would write to it', () => {
    const { db, call, dispatch, sessionId } = imported();
    const s = call('sessions.get', { id: sessionId });
    finalize(db, sessionId);
    const before = dump(db);
    const statements = [
      [`UPDATE session SET location = 'x' WHERE id = ?`, sessionId],
      [`DELETE FROM session WHERE id = ?`, sessionId],
      [`UPDATE resolution SET body = 'x' WHERE id = ?`, s.resolutions[0]!.id],
      [`DELETE FROM resolution WHERE id = ?`, s.resolutions[0]!.id],
      [`UPDATE responsible SET text = 'x' WHERE resolution_id = ?`, s.resolutions[0]!.id],
      [`UPDATE discussion_point SET text = 'x' WHERE speaker_id = ?`, s.discussion[0]!.id],
      [`DELETE FROM attendance WHERE session_id = ?`, sessionId],
      [
        `INSERT INTO agenda_item (id, origin, session_id, position, text) VALUES ('a', (SELECT secretariat_id FROM installation), ?, 9, 'x')`,
        sessionId,
      ],
      [`UPDATE signatory SET name = 'x' WHERE session_id = ?`, sessionId],
    ] as const;
    for (const [text, id] of statements) expect(() => db.prepare(text).run(id), text).toThrow('session_final');
    // Through the dispatcher such a refusal still reads as the Persian message.
    expect(dump(db)).toEqual(before);
    expect(contract['sessions.finalize'].doc).toContain('SHA-256');
    expect(dispatch('sessions.verify', { id: sessionId })).toMatchObject({ ok: true, value: { intact: true } });
  });

  it('is never replaced by an import, even when replacing a draft is asked for', () => {
    const { db, dispatch, sessionId } = imported();
    finalize(db, sessionId);
    const before = dump(db);
    const r = dispatch('minutes.import', { document: fixture(), replaceDraft: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.problems?.[0]?.message).toContain('قطعی شده است و جایگزین نمی‌شود');
    expect(dump(db)).toEqual(before);
  });
});

describe('amendments', () => {
  it('are recorded for final minutes only, numbered, each with its own hash over the original’s', () => {
    const { db, call, dispatch, sessionId } = imported();
    const draft = dispatch('amendments.add', { sessionId, date: '1399/02/10', changes: 'الف', reason: 'ب' });
    expect(draft).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const hash = finalize(db, sessionId);
    const before = call('minutes.printable', { sessionId }).document;
    const first = call('amendments.add', {
      sessionId,
      date: '۱۳۹۹/۲/۱۰',
      changes: 'مهلت مصوبه ردیف ۱ به ۲۰ روز تغییر می‌کند',
      reason: 'درخواست دبیرخانه',
    });
    expect(first).toMatchObject({ number: 1, date: '1399/02/10', originalHash: hash });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.contentHash).not.toBe(hash);
    const second = call('amendments.add', { sessionId, date: '1399/03/01', changes: 'ج', reason: 'د' });
    expect(second.number).toBe(2);
    expect(call('amendments.list', { sessionId }).map((a) => a.number)).toEqual([1, 2]);
    // The original stays as finalised and verifiable.
    expect(call('minutes.printable', { sessionId }).document).toEqual(before);
    expect(call('sessions.verify', { id: sessionId })).toMatchObject({ intact: true, contentHash: hash });
    expect(call('minutes.printable', { sessionId }).amendments).toHaveLength(2);
  });

  it('refuse a bad date, a date before the session, and empty text, and cannot be edited afterwards', () => {
    const { db, call, dispatch, sessionId } = imported();
    finalize(db, sessionId);
    const cases = [
      [{ date: '1400/12/30', changes: 'الف', reason: 'ب' }, 'date'],
      [{ date: '1399/01/30', changes: 'الف', reason: 'ب' }, 'date'],
      [{ date: '1399/02/10', changes: ' ', reason: 'ب' }, 'changes'],
      [{ date: '1399/02/10', changes: 'الف', reason: '' }, 'reason'],
    ] as const;
    for (const [input, path] of cases)
      expect(dispatch('amendments.add', { sessionId, ...input }), path).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', path },
      });
    const a = call('amendments.add', { sessionId, date: '1399/02/10', changes: 'الف', reason: 'ب' });
    expect(() => db.prepare(`UPDATE amendment SET changes = 'x' WHERE id = ?`).run(a.id)).toThrow('amendment_recorded');
    expect(() => db.prepare(`DELETE FROM amendment WHERE id = ?`).run(a.id)).toThrow('amendment_recorded');
  });
});

describe('printable minutes', () => {
  it('have the title of the real minutes and a reference', () => {
    const { call, sessionId } = imported();
    const p = call('minutes.printable', { sessionId });
    expect(p.title).toBe(
      'صورتجلسه اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹',
    );
    expect(p.reference).toBe(`1399/1-${sessionId.slice(0, 8)}`);
    expect(p).toMatchObject({ status: 'draft', contentHash: null, amendments: [], printAsTyped: false });
  });

  it('carry the group’s print-as-typed setting as it is now, a final session’s too', () => {
    const { db, call, sessionId } = imported();
    finalize(db, sessionId);
    const group = call('workingGroups.list', {})[0]!;
    call('workingGroups.update', { id: group.id, printAsTyped: true });
    expect(call('minutes.printable', { sessionId }).printAsTyped).toBe(true);
    expect(call('workingGroups.get', { id: group.id })).toMatchObject({ printAsTyped: true, name: group.name });
    call('workingGroups.update', { id: group.id, name: 'کارگروه تازه' });
    expect(call('workingGroups.get', { id: group.id }).printAsTyped).toBe(true);
  });
});
