// The sync bundle through the API, on real files: at a province, what the next bundle holds and
// «ارسال به ستاد» (saved where the shell says, remembered only once whole); at headquarters,
// importing through the API, the registered secretariats, the overview and its totals, and the
// provinces' records kept read-only.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleWritten, InputOf, OperationName } from '../../../electron/contract';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { listBackups, selfOf } from '../../../electron/core/backup/own';
import { api, createDb, dump, readRows, tempDir } from '../../helpers/db';
import { attendanceOf, buildYear, MEMBERS, YEAR } from '../../helpers/year';

function province(name = 'مرکزی') {
  const db = createDb();
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: `دبیرخانه ${name}`, province: name });
  const year = buildYear(call as (op: string, input: unknown) => unknown);
  const outbox = tempDir();
  const send = async (full = false, where: 'save' | 'cancel' | 'nowhere' = 'save') => {
    // The shell's answer: the outbox (by the suggested name), nothing (cancelled) or a folder that is not there.
    const run = createAsyncDispatcher(db, {
      chooseSavePath: (suggested) =>
        Promise.resolve(
          where === 'cancel'
            ? null
            : where === 'nowhere'
              ? path.join(outbox, 'no-such-folder', suggested)
              : path.join(outbox, suggested),
        ),
    });
    return run('bundle.export', { full }) as Promise<
      { ok: true; value: BundleWritten } | { ok: false; error: { code: string; message: string } }
    >;
  };
  return { db, call, dispatch, year, outbox, send };
}

function headquarters() {
  const db = createDb();
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
  const run = createAsyncDispatcher(db);
  const load = (file: string, trustNew = false, batch?: string) =>
    run('headquarters.import', {
      fileName: path.basename(file),
      data: readFileSync(file).toString('base64'),
      trustNew,
      batch,
    });
  return { db, call, dispatch, load };
}

const written = (r: Awaited<ReturnType<ReturnType<typeof province>['send']>>) => {
  if (!r.ok || !r.value.saved) throw new Error(`not written: ${JSON.stringify(r)}`);
  return r.value;
};

describe('sending to headquarters from the app', () => {
  it('shows what the next bundle holds, writes it where chosen, and then holds only what changed after', async () => {
    const p = province();
    const before = p.call('bundle.status', {});
    expect(before.fingerprint).toMatch(/^[۰-۹]{4}( [۰-۹]{4}){4}$/);
    expect(before.exports).toEqual([]);
    expect(before.pending).toMatchObject({ full: true, counts: { session: { upserts: 16, deletes: 0 } } });
    expect(before.pending.counts.resolution).toEqual({ upserts: 78, deletes: 0 });

    const first = written(await p.send());
    expect(existsSync(first.path)).toBe(true);
    expect(path.basename(first.path)).toMatch(/^بسته-مرکزی-\d{4}-\d{2}-\d{2}-تا-\d+-کامل\.dabir$/);
    expect(readFileSync(first.path).length).toBe(first.size);
    expect(first).toMatchObject({ full: true, fromSeq: 1, fingerprint: before.fingerprint });
    expect(first.counts.resolution).toEqual({ upserts: 78, deletes: 0 });

    const after = p.call('bundle.status', {});
    expect(after.pending).toEqual({ full: false, changes: 0, counts: {} });
    expect(after.exports).toEqual([expect.objectContaining({ full: true, toSeq: first.toSeq, hash: first.hash })]);
    // Nothing changed: refused in Persian, no file, nothing remembered.
    const none = await p.send();
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringContaining('تغییری نبوده') } });
    expect(readdirSync(p.outbox)).toHaveLength(1);

    // Resolution 3 is in progress (helpers/year.ts); a session made and removed is sent as removed.
    p.call('resolutions.setStatus', { id: p.year.resolutionIds[2]!, status: 'done' });
    p.call('sessions.remove', {
      id: p.call('sessions.create', { workingGroupId: p.year.groupId, date: '1398/12/20' }).id,
    });
    expect(p.call('bundle.status', {}).pending).toEqual({
      full: false,
      changes: 2,
      counts: { resolution: { upserts: 1, deletes: 0 }, session: { upserts: 0, deletes: 1 } },
    });
    const second = written(await p.send());
    expect(second).toMatchObject({ full: false, fromSeq: first.toSeq + 1 });
    expect(second.counts).toEqual({ resolution: { upserts: 1, deletes: 0 }, session: { upserts: 0, deletes: 1 } });
    expect(p.call('bundle.status', {}).exports.map((e) => e.hash)).toEqual([second.hash, first.hash]);
  });

  it('remembers nothing when the secretary cancels or the file cannot be written', async () => {
    const p = province();
    expect(await p.send(false, 'cancel')).toEqual({ ok: true, value: { saved: false } });
    const failed = await p.send(false, 'nowhere');
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringContaining('به حساب نیامد') },
    });
    expect(p.call('bundle.status', {}).exports).toEqual([]);
    expect(readdirSync(p.outbox)).toEqual([]);
    // The next one is still the first, full bundle.
    expect(written(await p.send())).toMatchObject({ full: true, fromSeq: 1 });
  });

  it('backs headquarters up before each import, once for a batch of several', async () => {
    const files: string[] = [];
    for (const name of ['مرکزی', 'همدان', 'قم', 'یزد']) files.push(written(await province(name).send()).path);
    const hq = headquarters();
    // The newest import backup's content tells which was made last: one made inside the batch
    // would hold a province's sessions.
    const newest = () => {
      const all = listBackups(selfOf(hq.db)).filter((b) => b.reason === 'import');
      expect(all[0]!.intact).toBe(true);
      return all[0]!.counts.sessions;
    };
    for (const file of files.slice(0, 3)) expect(await hq.load(file, true, 'batch-1')).toMatchObject({ ok: true });
    expect(hq.call('headquarters.secretariats', {})).toHaveLength(3);
    // The batch's one backup was made before its first bundle: restoring it undoes the whole batch.
    expect(newest()).toBe(0);
    // A bundle alone gets its own backup, holding the three provinces imported before it.
    expect(await hq.load(files[3]!, true)).toMatchObject({ ok: true });
    expect(newest()).toBe(3 * 16);
    expect(listBackups(selfOf(hq.db)).filter((b) => b.reason === 'import')).toHaveLength(2);
  });

  it('a refused bundle, or one imported before, leaves every backup as it was', async () => {
    const file = written(await province('مرکزی').send()).path;
    const hq = headquarters();
    expect(await hq.load(file, true)).toMatchObject({ ok: true });
    const folder = path.join(path.dirname(hq.db.name), 'backups');
    const before = readdirSync(folder).sort();
    // The same bundle again changes nothing; a broken one is refused, alone or in a batch.
    expect(await hq.load(file, true)).toMatchObject({ ok: true, value: { status: 'already' } });
    const broken = path.join(path.dirname(file), 'broken.dabir');
    writeFileSync(broken, readFileSync(file).subarray(0, 200));
    expect(await hq.load(broken, true, 'batch-2')).toMatchObject({ ok: false });
    expect(await hq.load(file, true, 'batch-2')).toMatchObject({ ok: true, value: { status: 'already' } });
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('a province file refuses bundles, headquarters sends none, and a role never changes', async () => {
    const p = province();
    const file = written(await p.send()).path;
    const other = province('همدان');
    const refused = await createAsyncDispatcher(other.db)('headquarters.import', {
      fileName: 'x.dabir',
      data: readFileSync(file).toString('base64'),
      trustNew: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('دبیرخانه استان است') } });
    expect(other.call('secretariat.setup', { name: 'دبیرخانه همدان', province: 'همدان' }).role).toBe('province');
    expect(
      other.dispatch('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('ستاد نمی‌شود') },
    });

    const hq = headquarters();
    const run = createAsyncDispatcher(hq.db, {
      chooseSavePath: () => Promise.resolve(path.join(tempDir(), 'x.dabir')),
    });
    expect(await run('bundle.export', { full: true })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('این پرونده داده ستاد است') },
    });
  });
});

describe('headquarters in the app', () => {
  it('registers a province only once its fingerprint is confirmed, imports, and says so when a bundle comes again', async () => {
    const p = province();
    const sent = written(await p.send());
    const hq = headquarters();
    const untrusted = await hq.load(sent.path);
    expect(untrusted).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (untrusted.ok) throw new Error('imported untrusted');
    expect(untrusted.error.message).toContain(sent.fingerprint);
    expect(hq.call('headquarters.secretariats', {})).toEqual([]);

    expect(await hq.load(sent.path, true)).toMatchObject({
      ok: true,
      value: { status: 'imported', registered: true, province: 'مرکزی', fingerprint: sent.fingerprint },
    });
    expect(await hq.load(sent.path)).toMatchObject({ ok: true, value: { status: 'already', records: 0 } });
    expect(hq.call('headquarters.secretariats', {})).toEqual([
      expect.objectContaining({ name: 'دبیرخانه مرکزی', province: 'مرکزی', fingerprint: sent.fingerprint, bundles: 1 }),
    ]);
  });

  it('shows each province’s groups with sessions, resolutions by status, overdue and attendance, and the totals add up', async () => {
    const a = province('مرکزی');
    const b = province('همدان');
    b.call('resolutions.setStatus', { id: b.year.resolutionIds[0]!, status: 'cancelled' });
    const hq = headquarters();
    for (const p of [a, b]) expect((await hq.load(written(await p.send()).path, true)).ok).toBe(true);

    const today = `${YEAR + 1}/06/01`;
    const overview = hq.call('headquarters.overview', { year: YEAR, today });
    expect(overview.rows.map((r) => r.province)).toEqual(['مرکزی', 'همدان']);
    // Attendance counted by hand from the pattern the year was built with; no line = absent.
    let present = 0;
    let absent = 0;
    for (let k = 0; k < 16; k++)
      MEMBERS.forEach((_, j) => {
        const s = attendanceOf(k, j);
        if (s === 'present' || s === 'deputy' || s === 'representative') present++;
        else absent++;
      });
    // Every open resolution with a date deadline is overdue a year on; continuous ones never are.
    const overdueIn = (p: ReturnType<typeof province>) =>
      p.db
        .prepare(`SELECT count(*) FROM resolution WHERE status IN ('not_started','in_progress') AND due_date < ?`)
        .pluck()
        .get(today) as number;
    expect(overview.rows[0]).toMatchObject({
      secretariatName: 'دبیرخانه مرکزی',
      workingGroupName: 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده',
      sessions: 16,
      finalSessions: 0,
      resolutions: 78,
      byStatus: { done: 64, in_progress: 14, not_started: 0, cancelled: 0 },
      overdue: overdueIn(a),
      present,
      absent,
    });
    expect(overview.rows[1]).toMatchObject({ byStatus: { done: 63, in_progress: 14, not_started: 0, cancelled: 1 } });
    expect(overview.totals).toMatchObject({
      sessions: 32,
      resolutions: 156,
      byStatus: { done: 127, in_progress: 28, not_started: 0, cancelled: 1 },
      overdue: overdueIn(a) + overdueIn(b),
      present: 2 * present,
      absent: 2 * absent,
    });
    expect(overdueIn(a)).toBeGreaterThan(0);
    // Another year has nothing; every year together is this one.
    expect(hq.call('headquarters.overview', { year: YEAR + 1, today }).totals.sessions).toBe(0);
    expect(hq.call('headquarters.overview', { year: null, today }).totals).toEqual(overview.totals);
  });

  it('gives headquarters one board and one search over every province, by province', async () => {
    const a = province('مرکزی');
    const b = province('همدان');
    const hq = headquarters();
    for (const p of [a, b]) expect((await hq.load(written(await p.send()).path, true)).ok).toBe(true);
    const today = `${YEAR + 1}/06/01`;
    const every = hq.call('board.list', { today, status: ['done', 'in_progress', 'not_started', 'cancelled'] });
    expect(every.total).toBe(156);
    const markazi = a.call('secretariat.get', {})!.id;
    const one = hq.call('board.list', { today, secretariatId: markazi, status: ['done', 'in_progress'] });
    expect(one.total).toBe(78);
    expect(new Set(one.rows.map((r) => r.province))).toEqual(new Set(['مرکزی']));
    expect(one.rows.every((r) => !r.national)).toBe(true);
    const word = one.rows[0]!.body.split(' ')[0]!;
    const found = hq.call('search.query', { query: word, today, limit: 500 });
    const onlyMarkazi = hq.call('search.query', { query: word, today, secretariatId: markazi, limit: 500 });
    expect(found.length).toBeGreaterThan(onlyMarkazi.length);
    expect(onlyMarkazi.length).toBeGreaterThan(0);
  });

  it('keeps the provinces’ records read-only: a write through the API is undone and refused', async () => {
    const p = province();
    const hq = headquarters();
    expect((await hq.load(written(await p.send()).path, true)).ok).toBe(true);
    const before = dump(hq.db);
    const attempts: { [K in OperationName]?: InputOf<K> } = {
      'resolutions.setStatus': { id: p.year.resolutionIds[0]!, status: 'cancelled' },
      'sessions.remove': { id: p.year.sessionIds[0]! },
      'workingGroups.update': { id: p.year.groupId, name: 'کارگروه ستاد' },
      'agenda.add': { sessionId: p.year.sessionIds[1]!, text: 'دستور ستاد' },
      'followUps.add': { resolutionId: p.year.resolutionIds[1]!, date: '1398/10/01', text: 'گزارش' },
    };
    for (const [op, input] of Object.entries(attempts))
      expect(hq.dispatch(op, input), op).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('فقط خواندنی') },
      });
    expect(dump(hq.db)).toEqual(before);
    // Reading works: the session as printed.
    const printable = hq.call('minutes.printable', { sessionId: p.year.sessionIds[0]! });
    expect(printable.document.session.date).toBe(`${YEAR}/01/05`);
    expect(createDispatcher(hq.db)('board.list', { today: '1399/01/01' })).toMatchObject({ ok: true });
  });

  it('lets headquarters draft and finalise sessions of its own beside the provinces’ read-only ones', async () => {
    const p = province();
    const hq = headquarters();
    expect((await hq.load(written(await p.send()).path, true)).ok).toBe(true);
    const provinces = dump(hq.db);
    const group = hq.call('workingGroups.create', { name: 'کارگروه ملی زنان و خانواده', province: 'ستاد' });
    const member = hq.call('members.add', {
      workingGroupId: group.id,
      organizationName: 'اداره کل امور بانوان استانداری مرکزی',
      since: null,
    });
    const s = hq.call('sessions.create', { workingGroupId: group.id, date: '1399/03/10' });
    hq.call('agenda.add', { sessionId: s.id, text: 'پیگیری مصوبات جلسه قبل' });
    const r = hq.call('resolutions.add', {
      sessionId: s.id,
      body: 'استانداران گزارش اقدامات را اعلام کنند',
      deadline: { kind: 'months', value: 1 },
    });
    hq.call('resolutions.setStatus', { id: r.id, status: 'in_progress' });
    hq.call('attendance.set', { sessionId: s.id, organizationId: member.organizationId, status: 'present' });
    hq.call('signatories.add', { sessionId: s.id, name: 'مشاور وزیر در امور زنان و خانواده', title: null });
    expect(hq.call('sessions.finalize', { id: s.id }).intact).toBe(true);
    // Its own rows carry its own secretariat; the province's rows are as they were.
    const own = hq.call('secretariat.get', {})!.id;
    expect(readRows<{ origin: string }>(hq.db, 'session').filter((x) => x.origin === own)).toHaveLength(1);
    for (const table of ['session', 'resolution', 'attendance', 'working_group'])
      expect(
        readRows<{ origin: string }>(hq.db, table).filter((x) => x.origin !== own),
        table,
      ).toEqual(provinces[table]);
    // A province's next bundle still imports beside them.
    p.call('resolutions.setStatus', { id: p.year.resolutionIds[0]!, status: 'cancelled' });
    expect((await hq.load(written(await p.send()).path)).ok).toBe(true);
  });

  it('headquarters takes drafts that traded numbers when one moved before the other', async () => {
    const p = province();
    const hq = headquarters();
    const groupId = p.year.groupId;
    const later = p.call('sessions.create', { workingGroupId: groupId, date: '1399/04/01' }).id;
    const earlier = p.call('sessions.create', { workingGroupId: groupId, date: '1399/05/01' }).id;
    const numbers = (db: typeof p.db) =>
      db.prepare(`SELECT id, number FROM session WHERE year = 1399 ORDER BY number`).all();
    expect(numbers(p.db)).toEqual([
      { id: later, number: 1 },
      { id: earlier, number: 2 },
    ]);
    expect(await hq.load(written(await p.send()).path, true)).toMatchObject({ ok: true });

    // Moved before the other: the two drafts swap numbers, and the bundle carries both rows.
    p.call('sessions.update', { id: earlier, date: '1399/03/01' });
    expect(numbers(p.db)).toEqual([
      { id: earlier, number: 1 },
      { id: later, number: 2 },
    ]);
    expect(await hq.load(written(await p.send()).path)).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(numbers(hq.db)).toEqual(numbers(p.db));
  });
});
