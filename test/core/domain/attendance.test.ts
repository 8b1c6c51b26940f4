// Attendance lists: explicit lines first, then derived absences of active members, split by status.
import { describe, expect, it } from 'vitest';
import type { AttendanceLine, MemberLine } from '../../../electron/core/domain/attendance';
import { deriveAttendance, isMemberOn } from '../../../electron/core/domain/attendance';

function member(
  organizationId: string,
  organizationName: string,
  position: number,
  since: string | null = null,
  until: string | null = null,
): MemberLine {
  return { organizationId, organizationName, position, since, until };
}

function line(
  organizationId: string,
  organizationName: string,
  status: AttendanceLine['status'],
  position: number,
  person: string | null = null,
): AttendanceLine {
  return { organizationId, organizationName, person, status, position };
}

describe('isMemberOn', () => {
  it('includes `since` and excludes `until`', () => {
    const m = member('o1', 'آموزش و پرورش', 1, '1399/01/01', '1400/01/01');
    expect(isMemberOn(m, '1398/12/29')).toBe(false);
    expect(isMemberOn(m, '1399/01/01')).toBe(true);
    expect(isMemberOn(m, '1399/12/30')).toBe(true);
    expect(isMemberOn(m, '1400/01/01')).toBe(false);
  });

  it('treats null bounds as open', () => {
    expect(isMemberOn(member('o1', 'x', 1), '1300/01/01')).toBe(true);
    expect(isMemberOn(member('o1', 'x', 1, '1399/02/02'), '1499/01/01')).toBe(true);
    expect(isMemberOn(member('o1', 'x', 1, null, '1399/02/02'), '1399/02/01')).toBe(true);
    expect(isMemberOn(member('o1', 'x', 1, null, '1399/02/02'), '1399/02/02')).toBe(false);
  });
});

describe('deriveAttendance', () => {
  const members = [
    member('edu', 'اداره کل آموزش و پرورش', 1),
    member('health', 'دانشگاه علوم پزشکی', 2),
    member('welfare', 'اداره کل بهزیستی', 3),
    member('sport', 'اداره کل ورزش و جوانان', 4),
    member('culture', 'اداره کل فرهنگ و ارشاد اسلامی', 5),
    member('old', 'سازمان منحل شده', 6, null, '1399/01/01'),
    member('new', 'سازمان تازه عضو', 7, '1399/03/01'),
  ];

  it('lists explicit lines by position, then absent members by member position', () => {
    const lines = [
      line('welfare', 'اداره کل بهزیستی', 'representative', 2, 'رضایی'),
      line('edu', 'اداره کل آموزش و پرورش', 'present', 1, 'فولادوند'),
      line('imam', 'کمیته امداد', 'guest', 3),
    ];
    const result = deriveAttendance(members, lines, '1399/02/02');
    expect(result.entries.map((e) => [e.organizationId, e.status, e.derived, e.person])).toEqual([
      ['edu', 'present', false, 'فولادوند'],
      ['welfare', 'representative', false, 'رضایی'],
      ['imam', 'guest', false, null],
      ['health', 'absent', true, null],
      ['sport', 'absent', true, null],
      ['culture', 'absent', true, null],
    ]);
    expect(result.entries[3]).toEqual({
      organizationId: 'health',
      organizationName: 'دانشگاه علوم پزشکی',
      person: null,
      status: 'absent',
      position: 2,
      derived: true,
    });
    expect(result.absentCount).toBe(3);
  });

  it('splits entries into the printed lists', () => {
    const lines = [
      line('edu', 'اداره کل آموزش و پرورش', 'present', 1, 'فولادوند'),
      line('health', 'دانشگاه علوم پزشکی', 'deputy', 2, 'کریمی'),
      line('welfare', 'اداره کل بهزیستی', 'excused', 3),
      line('sport', 'اداره کل ورزش و جوانان', 'absent', 4),
      line('imam', 'کمیته امداد', 'guest', 5, 'احمدی'),
      line('red', 'جمعیت هلال احمر', 'representative', 6, 'موسوی'),
    ];
    const result = deriveAttendance(members, lines, '1399/02/02');
    const ids = (list: { organizationId: string }[]) => list.map((e) => e.organizationId);
    expect(ids(result.attendees)).toEqual(['edu', 'health']);
    expect(ids(result.representatives)).toEqual(['red']);
    expect(ids(result.absentees)).toEqual(['welfare', 'sport', 'culture']);
    expect(ids(result.excused)).toEqual(['welfare']);
    expect(ids(result.guests)).toEqual(['imam']);
    expect(result.absentCount).toBe(3);
    expect(result.absentees.map((e) => e.derived)).toEqual([false, false, true]);
  });

  it('only derives members active on the session date', () => {
    const early = deriveAttendance(members, [], '1398/06/01');
    expect(early.absentees.map((e) => e.organizationId)).toEqual([
      'edu',
      'health',
      'welfare',
      'sport',
      'culture',
      'old',
    ]);
    const later = deriveAttendance(members, [], '1399/03/01');
    expect(later.absentees.map((e) => e.organizationId)).toEqual([
      'edu',
      'health',
      'welfare',
      'sport',
      'culture',
      'new',
    ]);
    expect(later.absentCount).toBe(6);
  });

  it('identifies an organisation by id, not by name', () => {
    const lines = [line('edu', 'آموزش و پرورش استان', 'present', 1)];
    const result = deriveAttendance(
      [member('edu', 'اداره کل آموزش و پرورش', 1), member('edu2', 'اداره کل آموزش و پرورش', 2)],
      lines,
      '1399/02/02',
    );
    expect(result.entries.map((e) => e.organizationId)).toEqual(['edu', 'edu2']);
    expect(result.entries[0]?.organizationName).toBe('آموزش و پرورش استان');
  });

  it('derives an organisation once even with overlapping memberships', () => {
    const result = deriveAttendance(
      [member('edu', 'الف', 3, '1398/01/01'), member('edu', 'الف', 1, null, '1400/01/01')],
      [],
      '1399/02/02',
    );
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]?.position).toBe(1);
  });

  it('gives nothing to derive when every member has a line', () => {
    const lines = members.slice(0, 5).map((m, i) => line(m.organizationId, m.organizationName, 'present', i + 1));
    const result = deriveAttendance(members, lines, '1399/02/02');
    expect(result.entries.every((e) => !e.derived)).toBe(true);
    expect(result.absentees).toEqual([]);
    expect(result.absentCount).toBe(0);
    expect(result.attendees).toHaveLength(5);
  });

  it('handles no members and no lines', () => {
    expect(deriveAttendance([], [], '1399/02/02')).toEqual({
      entries: [],
      attendees: [],
      representatives: [],
      absentees: [],
      excused: [],
      guests: [],
      absentCount: 0,
    });
  });

  it('does not modify its inputs', () => {
    const lines = [line('sport', 'ورزش', 'present', 2), line('edu', 'آموزش', 'present', 1)];
    const copy = structuredClone(lines);
    const membersCopy = structuredClone(members);
    deriveAttendance(members, lines, '1399/02/02');
    expect(lines).toEqual(copy);
    expect(members).toEqual(membersCopy);
  });
});
