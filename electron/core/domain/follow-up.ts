// When a resolution is overdue or due soon: derived, never stored. A resolution without a due
// date (مستمر, a deadline in free text, or no deadline at all) is never overdue; done and cancelled ones are not either.
// Due on the due date itself is still on time; the day after, it is overdue.
import type { ResolutionStatus } from '../../contract/resolutions';
import { addDays } from './jalali';

export interface Followed {
  dueDate: string | null;
  status: ResolutionStatus;
}

/** The statuses of a resolution still to be carried out: only these can be overdue or due soon. */
export const openStatuses: readonly ResolutionStatus[] = ['not_started', 'in_progress'];

const open = (status: ResolutionStatus) => openStatuses.includes(status);

export function isOverdue(r: Followed, today: string): boolean {
  return r.dueDate !== null && open(r.status) && r.dueDate < today;
}

/** Due today or within the next `days` days, and still open. */
export function isDueSoon(r: Followed, today: string, days = 7): boolean {
  return r.dueDate !== null && open(r.status) && r.dueDate >= today && r.dueDate <= addDays(today, days);
}

/** How long an open resolution may go without a follow-up report before the home screen names it. */
export const UNREPORTED_DAYS = 30;

/**
 * Open, made at least UNREPORTED_DAYS ago, and with no report in the last UNREPORTED_DAYS days: a
 * resolution of a session held last week has not been quiet for a month yet.
 */
export function isUnreported(
  r: Followed & { sessionDate: string; lastReport: string | null },
  today: string,
  days = UNREPORTED_DAYS,
): boolean {
  const since = addDays(today, -days);
  return open(r.status) && r.sessionDate <= since && (r.lastReport === null || r.lastReport <= since);
}

/** Done ÷ (all − cancelled): a cancelled resolution is not one the organisation failed to do. */
export function completionRate(done: number, total: number, cancelled: number): number | null {
  const counted = total - cancelled;
  return counted > 0 ? done / counted : null;
}
