// `dabir list`: the working groups and their sessions, read through the same services as the
// app's session list (the handlers themselves, not the dispatcher: the command starts quickly).
import type { Db } from '../db/open';
import { sessionHandlers } from '../services/sessions';
import { allWorkingGroups } from '../services/working-groups';
import type { Io } from './console-io';

export function listCommand(db: Db, io: Io): number {
  const groups = allWorkingGroups(db);
  if (groups.length === 0) io.out('هنوز کارگروهی ثبت نشده است.');
  for (const g of groups) {
    io.out(`${g.name} (${g.province})  ${g.id}`);
    for (const s of sessionHandlers['sessions.list'](db, { workingGroupId: g.id }))
      io.out(`  ${s.year}/${s.number}  ${s.date}  ${s.status === 'final' ? 'قطعی' : 'پیش‌نویس'}  ${s.id}`);
  }
  return 0;
}
