// A secretary's day built by hand, for the home screen «امروز» (unit and e2e tests): two groups,
// today 1405/09/02, last year's sessions before and after the same day, and each resolution made
// to be overdue, due within 7 days, quiet for 30 days, or none of these — the figures are counted
// here by hand, not by the code under test.
type Call = (op: string, input: unknown) => unknown;

export const TODAY = '1405/09/02';
export const SOCIAL = 'کارگروه اجتماعی';
export const ECONOMIC = 'کارگروه اقتصادی';

export interface Day {
  socialId: string;
  economicId: string;
  /** The draft of 1405/09/16: the social group's next session. */
  nextId: string;
  /** The final session of 1405/08/28: its last one. */
  lastId: string;
  overdueIds: string[];
  dueSoonIds: string[];
  unreportedIds: string[];
}

const id = (x: unknown) => (x as { id: string }).id;

export function buildDay(call: Call, finalize: (sessionId: string) => void): Day {
  const socialId = id(call('workingGroups.create', { name: SOCIAL, province: 'مرکزی' }));
  const economicId = id(call('workingGroups.create', { name: ECONOMIC, province: 'مرکزی' }));
  const session = (date: string) => id(call('sessions.create', { workingGroupId: socialId, date }));
  const resolution = (sessionId: string, body: string, deadline: unknown) =>
    id(call('resolutions.add', { sessionId, body, deadline, responsible: [{ text: 'اداره کل بهزیستی' }] }));
  const report = (resolutionId: string, date: string, status?: string) =>
    call('followUps.add', { resolutionId, date, text: 'گزارش اقدام رسید', ...(status ? { status } : {}) });

  // Last year: two sessions before 2 Azar with three resolutions, one after it (not counted), one
  // report before (which closed its resolution); the other three are still open with no report.
  const a = session('1404/02/10');
  const r0 = resolution(a, 'گزارش سال گذشته', { kind: 'continuous' });
  report(r0, '1404/05/01', 'done');
  const lastYearQuiet = [
    resolution(a, 'مصوبه دوم سال گذشته', { kind: 'continuous' }),
    resolution(session('1404/08/15'), 'مصوبه آبان سال گذشته', { kind: 'continuous' }),
    resolution(session('1404/10/05'), 'مصوبه دی سال گذشته', { kind: 'continuous' }),
  ];

  // This year. 10 Khordad: overdue and quiet; due in 3 days, reported last week; continuous, last
  // reported in Mehr (quiet); done.
  const s1 = session('1405/03/10');
  const overdue = resolution(s1, 'تهیه بانک اطلاعات سالمندان استان', { kind: 'date', value: '1405/08/01' });
  const soon = resolution(s1, 'برگزاری همایش هفته سلامت', { kind: 'date', value: '1405/09/05' });
  report(soon, '1405/08/25', 'in_progress');
  const quiet = resolution(s1, 'پیگیری تأمین اعتبار مراکز مشاوره', { kind: 'continuous' });
  report(quiet, '1405/07/01', 'in_progress');
  const done = resolution(s1, 'معرفی نماینده دستگاه‌ها', { kind: 'continuous' });
  call('resolutions.setStatus', { id: done, status: 'done' });
  finalize(s1);
  // 28 Aban: due on 9 Azar (today + 7, still «soon»), but its session is not 30 days old.
  const lastId = session('1405/08/28');
  const soon2 = resolution(lastId, 'ارسال گزارش عملکرد فصل پاییز', { kind: 'date', value: '1405/09/09' });
  finalize(lastId);
  // Drafts ahead: 16 Azar is next, 1 Dey after it.
  const nextId = session('1405/09/16');
  session('1405/10/01');
  return {
    socialId,
    economicId,
    nextId,
    lastId,
    overdueIds: [overdue],
    dueSoonIds: [soon, soon2],
    unreportedIds: [...lastYearQuiet, overdue, quiet],
  };
}
