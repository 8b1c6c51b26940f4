// reports.monthly on real SQLite files: the seed's year month by month, counted by hand from the
// dates test/helpers/year.ts gives its sessions, adding up to the annual report; other years and
// groups left out; at a province, headquarters' group counts only what is assigned there.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, createDb, tempDir } from '../../helpers/db';
import { headquarters, province } from '../../helpers/national';
import { buildYear, YEAR } from '../../helpers/year';

describe('reports.monthly', () => {
  it('counts each Jalali month’s sessions and their resolutions, adding up to the annual report', () => {
    const db = createDb(path.join(tempDir(), 'year.sqlite'));
    const { call, dispatch } = api(db);
    const year = buildYear((op, input) => call(op as never, input as never));
    // Noise: a session of the next year, and another group's session in the same year.
    const next = call('sessions.create', { workingGroupId: year.groupId, date: `${YEAR + 1}/01/15` });
    call('resolutions.add', { sessionId: next.id, body: 'مصوبه سال بعد' });
    const other = call('workingGroups.create', { name: 'کارگروه دیگر', province: 'مرکزی' });
    const elsewhere = call('sessions.create', { workingGroupId: other.id, date: `${YEAR}/03/10` });
    call('resolutions.add', { sessionId: elsewhere.id, body: 'مصوبه کارگروه دیگر' });

    const rows = call('reports.monthly', { workingGroupId: year.groupId, year: YEAR });
    // Session k falls in month 1 + ⌊12k/16⌋; the first 14 have 5 resolutions, the last two 4.
    expect(rows).toEqual([
      { month: 1, sessions: 2, resolutions: 10 },
      { month: 2, sessions: 1, resolutions: 5 },
      { month: 3, sessions: 1, resolutions: 5 },
      { month: 4, sessions: 2, resolutions: 10 },
      { month: 5, sessions: 1, resolutions: 5 },
      { month: 6, sessions: 1, resolutions: 5 },
      { month: 7, sessions: 2, resolutions: 10 },
      { month: 8, sessions: 1, resolutions: 5 },
      { month: 9, sessions: 1, resolutions: 5 },
      { month: 10, sessions: 2, resolutions: 10 },
      { month: 11, sessions: 1, resolutions: 4 },
      { month: 12, sessions: 1, resolutions: 4 },
    ]);
    const annual = call('reports.annual', { workingGroupId: year.groupId, year: YEAR });
    expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(annual.sessions);
    expect(rows.reduce((n, r) => n + r.resolutions, 0)).toBe(annual.resolutions);

    // The other group, and a year with nothing: twelve months all the same.
    expect(call('reports.monthly', { workingGroupId: other.id, year: YEAR }).filter((r) => r.sessions > 0)).toEqual([
      { month: 3, sessions: 1, resolutions: 1 },
    ]);
    const empty = call('reports.monthly', { workingGroupId: year.groupId, year: 1390 });
    expect(empty).toHaveLength(12);
    expect(empty.every((r) => r.sessions === 0 && r.resolutions === 0)).toBe(true);

    expect(dispatch('reports.monthly', { workingGroupId: year.groupId, year: 'سال' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      dispatch('reports.monthly', { workingGroupId: '00000000-0000-4000-8000-000000000000', year: YEAR }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('counts at a province only the national resolutions assigned to it, as the annual report does', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    const national = markazi.db
      .prepare('SELECT working_group_id FROM session WHERE id = ?')
      .pluck()
      .get(hq.sessionId) as string;
    // The fixture's national session of 1399/01/07: rows 1-4 assigned to Markazi, row 5 to no one.
    const rows = markazi.call('reports.monthly', { workingGroupId: national, year: 1399 });
    expect(rows[0]).toEqual({ month: 1, sessions: 1, resolutions: 4 });
    expect(rows.slice(1).every((r) => r.sessions === 0 && r.resolutions === 0)).toBe(true);
    // Headquarters itself counts all five of its own.
    expect(hq.call('reports.monthly', { workingGroupId: national, year: 1399 })[0]).toEqual({
      month: 1,
      sessions: 1,
      resolutions: 5,
    });
  });
});
