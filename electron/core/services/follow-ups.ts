// Follow-up reports of a resolution: listed oldest first, recorded (optionally with a new status), removed.
import type { FollowUp } from '../../contract';
import { all, get, run, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import type { Handlers } from './handlers';
import { nationalStatusOf, setFollowedStatus } from './national-status';
import { findOrganization } from './organizations';
import { resolutionExists } from './resolutions';
import { create } from './store';
import { requireDate } from './typed-values';

interface FollowUpRow {
  id: string;
  resolution_id: string;
  date: string;
  text: string;
  organization_id: string | null;
  organization: string | null;
  session_id: string | null;
  created_at: string;
}

const toFollowUp = (r: FollowUpRow): FollowUp => ({
  id: r.id,
  resolutionId: r.resolution_id,
  date: r.date,
  text: r.text,
  organizationId: r.organization_id,
  organization: r.organization,
  sessionId: r.session_id,
  createdAt: r.created_at,
});

export const followUpHandlers = {
  'followUps.list': (db, { resolutionId }) => {
    resolutionExists(db, resolutionId);
    return all<FollowUpRow>(
      db,
      sql`SELECT * FROM follow_up WHERE resolution_id = ${resolutionId} ORDER BY date, created_at, rowid`,
    ).map(toFollowUp);
  },
  'followUps.add': (db, input) => {
    const r = resolutionExists(db, input.resolutionId);
    // A national resolution is followed here only if it is assigned here (refused otherwise).
    nationalStatusOf(db, input.resolutionId);
    const date = requireDate(input.date, 'date');
    if (date < r.session_date) throw invalid('تاریخ پیگیری نمی‌تواند پیش از تاریخ جلسه مصوبه باشد', 'date');
    if (input.sessionId !== null && !get(db, sql`SELECT 1 FROM session WHERE id = ${input.sessionId}`))
      throw invalid('جلسه‌ای که گزارش در آن داده شد پیدا نشد', 'sessionId');
    if (input.organizationId !== null && !get(db, sql`SELECT 1 FROM organization WHERE id = ${input.organizationId}`))
      throw invalid('دستگاه گزارش‌دهنده پیدا نشد', 'organizationId');
    const typed = input.organization?.trim() ? input.organization : null;
    const organizationId = input.organizationId ?? (typed ? (findOrganization(db, typed)?.id ?? null) : null);
    const id = create(db, 'follow_up', {
      resolution_id: input.resolutionId,
      date,
      text: input.text,
      organization_id: organizationId,
      organization: typed,
      session_id: input.sessionId,
      created_at: new Date().toISOString(),
    });
    if (input.status) setFollowedStatus(db, input.resolutionId, input.status);
    return toFollowUp(get<FollowUpRow>(db, sql`SELECT * FROM follow_up WHERE id = ${id}`)!);
  },
  'followUps.remove': (db, { id }) => {
    if (run(db, sql`DELETE FROM follow_up WHERE id = ${id}`) === 0) throw notFound('گزارش پیگیری');
    return { ok: true as const };
  },
} satisfies Handlers<'followUps'>;
