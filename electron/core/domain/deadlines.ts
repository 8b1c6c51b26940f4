// A resolution's deadline (مهلت اقدام): its due date and its printed form, exactly as the
// `deadline` table in shared/design/minutes-format.md.
import type { Deadline } from '../../contract/common';
import { addDays, addMonths, parseJalaliDate } from './jalali';

/**
 * The due date, or null for deadlines that are never overdue (`continuous`, `text`, and no
 * deadline at all). `immediateDays` is the working group's setting for «فوری».
 */
export function dueDate(sessionDate: string, deadline: Deadline | null, immediateDays = 3): string | null {
  if (deadline === null) return null;
  switch (deadline.kind) {
    case 'days':
      return addDays(sessionDate, deadline.value);
    case 'weeks':
      return addDays(sessionDate, 7 * deadline.value);
    case 'months':
      return addMonths(sessionDate, deadline.value);
    case 'date': {
      // The contract checks only the shape; an impossible date such as 1400/12/30 must not
      // reach the overdue board as a due date.
      const parsed = parseJalaliDate(deadline.value);
      if (!parsed.ok) throw new RangeError(`Not a valid Jalali date: ${deadline.value}`);
      return parsed.date;
    }
    case 'immediate':
      return addDays(sessionDate, immediateDays);
    case 'continuous':
    case 'text':
      return null;
  }
}

export { formatDeadline } from '../../contract/deadline-text';
