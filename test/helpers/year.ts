// A working group's year as the seed's secretary reported it: 16 sessions in 1398, 78
// resolutions, 64 done and 14 in progress, and a known attendance pattern to count by hand.
import type { AttendanceStatus } from '../../electron/contract';

type Call = (op: string, input: unknown) => unknown;

export const YEAR = 1398;
export const MEMBERS = [
  'اداره کل آموزش و پرورش',
  'اداره کل بهزیستی',
  'اداره کل ورزش و جوانان',
  'اداره کل فرهنگ و ارشاد اسلامی',
  'اداره کل کمیته امداد امام خمینی (ره)',
  'دانشگاه علوم پزشکی اراک',
  'جمعیت هلال احمر',
  'اداره کل تعاون، کار و رفاه اجتماعی',
  'اداره کل میراث فرهنگی، صنایع دستی و گردشگری',
  'شهرداری اراک',
];

/** How member j attended session k; null: no line, so derived absent. */
export function attendanceOf(k: number, j: number): AttendanceStatus | null {
  const pattern: (AttendanceStatus | null)[] = [
    'present',
    'present',
    'deputy',
    'representative',
    null,
    'excused',
    'present',
    'absent',
  ];
  // Varies per organisation (step j + 1), so each one's counts differ from the others'.
  return pattern[(k * (j + 1) + j) % pattern.length] ?? null;
}

export interface Year {
  groupId: string;
  sessionIds: string[];
  resolutionIds: string[];
  organizationIds: string[];
}

/** 16 sessions: the first 14 with 5 resolutions, the last 2 with 4 (78); every sixth-ish one in progress (14). */
export function buildYear(call: Call, groupName = 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده'): Year {
  const group = call('workingGroups.create', { name: groupName, province: 'مرکزی' }) as { id: string };
  const organizationIds = MEMBERS.map(
    (name) =>
      (
        call('members.add', { workingGroupId: group.id, organizationName: name, since: null }) as {
          organizationId: string;
        }
      ).organizationId,
  );
  const sessionIds: string[] = [];
  const resolutionIds: string[] = [];
  for (let k = 0; k < 16; k++) {
    const month = String(1 + Math.floor((k * 12) / 16)).padStart(2, '0');
    const day = String(5 + (k % 2) * 15).padStart(2, '0');
    const s = call('sessions.create', { workingGroupId: group.id, date: `${YEAR}/${month}/${day}` }) as { id: string };
    sessionIds.push(s.id);
    MEMBERS.forEach((_, j) => {
      const status = attendanceOf(k, j);
      if (status) call('attendance.set', { sessionId: s.id, organizationId: organizationIds[j], status });
    });
    const count = k < 14 ? 5 : 4;
    for (let i = 0; i < count; i++) {
      const n = resolutionIds.length;
      const r = call('resolutions.add', {
        sessionId: s.id,
        body: `مصوبه ${n + 1}: دستگاه‌های عضو گزارش اقدامات را به دبیرخانه ارسال نمایند`,
        deadline: n % 3 === 0 ? { kind: 'continuous' } : { kind: 'days', value: 10 + n },
        responsible: [{ text: MEMBERS[n % MEMBERS.length]! }],
      }) as { id: string };
      resolutionIds.push(r.id);
    }
  }
  // 14 in progress (every resolution whose index is ≡ 2 mod 5 in the first 70), the rest done.
  const inProgress = new Set(resolutionIds.filter((_, n) => n < 70 && n % 5 === 2));
  resolutionIds.forEach((id) =>
    call('resolutions.setStatus', { id, status: inProgress.has(id) ? 'in_progress' : 'done' }),
  );
  return { groupId: group.id, sessionIds, resolutionIds, organizationIds };
}
