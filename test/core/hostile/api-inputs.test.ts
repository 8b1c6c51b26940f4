// Hostile input at the API (property-based, fast-check): every operation of the contract gets
// arbitrary values, and the write operations get a valid input with one field replaced by
// something hostile (wrong types, huge or odd text, bidi controls, NaN, deep nesting). Each call
// either works or is refused with a Persian message; it never throws, never hangs, and a refusal
// writes nothing (the change log's last sequence number is unchanged).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes, operationNames, type Result } from '../../../electron/contract';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const persian = /[\u0600-\u06FF]/;

function scene() {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document: fixture() });
  const s = call('sessions.get', { id: sessionId });
  const run = createAsyncDispatcher(db);
  return { db, run, sessionId, s, groupId: s.workingGroupId };
}

const lastSeq = (db: Db) => db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;

/** Checks one answer: a Result; a refusal is in Persian with a known code and left nothing behind. */
function expectSafe(db: Db, before: number, answer: Result<unknown>): boolean {
  expect(typeof answer.ok).toBe('boolean');
  if (answer.ok) return true;
  expect(errorCodes).toContain(answer.error.code);
  expect(answer.error.message).toMatch(persian);
  expect(lastSeq(db)).toBe(before);
  return false;
}

/** Values a careless or hostile caller could send. */
const hostile = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    '',
    '   ',
    '\u202Eمتن وارونه',
    '\u200c\u200c',
    '<script>alert(1)</script>',
    "'; DROP TABLE session; --",
    '1399/13/40',
    '۱۳۹۹/۰۲/۰۲',
    '9999/99/99',
    'x'.repeat(25_000),
    NaN,
    Infinity,
    -1,
    0,
    2 ** 53,
    null,
    [],
    {},
    { __proto__: { polluted: true } },
  ),
);

describe('every operation, any input', () => {
  it('answers a Result — work done, or a Persian refusal that wrote nothing', async () => {
    const { db, run } = scene();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operationNames), fc.anything(), async (op, input) => {
        const before = lastSeq(db);
        expectSafe(db, before, await run(op, input));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});

describe('write operations, one field made hostile', () => {
  it('work or refuse in Persian, never half-written', async () => {
    const { db, run, sessionId, s, groupId } = scene();
    let worked = 0;
    let refused = 0;
    const resolutionId = s.resolutions[0]!.id;
    const samples: [string, Record<string, unknown>][] = [
      ['sessions.update', { id: sessionId, location: 'سالن', date: '1399/02/03', startTime: '09:00' }],
      ['agenda.add', { sessionId, text: 'دستور' }],
      [
        'resolutions.add',
        { sessionId, body: 'مفاد', deadline: { kind: 'days', value: 10 }, responsible: [{ text: 'بهزیستی' }] },
      ],
      ['resolutions.update', { id: resolutionId, body: 'مفاد تازه', title: 'عنوان' }],
      ['resolutions.setStatus', { id: resolutionId, status: 'done' }],
      ['followUps.add', { resolutionId, date: '1399/03/01', text: 'گزارش', status: 'in_progress' }],
      ['attendance.set', { sessionId, organizationName: 'اداره کل بهزیستی', status: 'present' }],
      ['signatories.add', { sessionId, name: 'نام', title: 'سمت' }],
      ['workingGroups.create', { name: 'کارگروه دیگر', province: 'مرکزی' }],
      ['members.add', { workingGroupId: groupId, organizationName: 'دستگاه تازه', since: null }],
      ['people.create', { name: 'شخص', title: 'سمت' }],
      ['search.query', { text: 'مصوبه', limit: 10 }],
      ['board.list', { workingGroupId: groupId, limit: 50, offset: 0 }],
      ['reports.annual', { workingGroupId: groupId, year: 1399 }],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...samples), fc.nat(), hostile, async ([op, sample], which, value) => {
        const keys = Object.keys(sample);
        const input = { ...sample, [keys[which % keys.length]!]: value };
        const before = lastSeq(db);
        if (expectSafe(db, before, await run(op, input))) worked++;
        else refused++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 800) },
    );
    // Both sides were exercised: the samples are valid, and many mutations are not.
    expect(worked).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(200);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);

  it('refuses oversized input with a message: a 10 MB resolution body, a 25,000-character field', async () => {
    const { db, run, sessionId } = scene();
    const before = lastSeq(db);
    const huge = await run('resolutions.add', {
      sessionId,
      body: 'م'.repeat(10 * 1024 * 1024),
      deadline: { kind: 'continuous' },
      responsible: [],
    });
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('بیش از حد بزرگ') },
    });
    const long = await run('agenda.add', { sessionId, text: 'د'.repeat(25_000) });
    expect(long).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('بیش از حد بلند'), path: 'text' },
    });
    expect(lastSeq(db)).toBe(before);
  });
});
