// A resolution's deadline (مهلت اقدام): its due date and its printed form, exactly as the
// `deadline` table in shared/design/minutes-format.md.
import type { Deadline } from '../../contract/common';
import { addDays, addMonths, parseJalaliDate } from './jalali';
import { toPersianDigits } from '../../contract/persian-text';

/**
 * The due date, or null for deadlines that are never overdue (`continuous`, `text`).
 * `immediateDays` is the working group's setting for «فوری».
 */
export function dueDate(sessionDate: string, deadline: Deadline, immediateDays = 3): string | null {
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

/** The deadline as printed in the resolutions table: «۱۰ روز», «یکماه», «مستمر» … */
export function formatDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'days':
      return `${toPersianDigits(deadline.value)} روز`;
    case 'weeks':
      return `${toPersianDigits(deadline.value)} هفته`;
    case 'months':
      // «یکماه» is written as one word in the group's minutes; other counts keep the space.
      return deadline.value === 1 ? 'یکماه' : `${toPersianDigits(deadline.value)} ماه`;
    case 'date':
      // Printing never throws: the stored value is shown with Persian digits as it is.
      return toPersianDigits(deadline.value);
    case 'continuous':
      return 'مستمر';
    case 'immediate':
      return 'فوری';
    case 'text':
      return deadline.value;
  }
}
