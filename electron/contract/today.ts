// The home screen «امروز»: what a secretary wants to know each morning. Each working group's next
// session (a draft dated today or later) and its last one; the resolutions overdue, due within 7
// days and with no report for 30 days, per group and in all; the year so far beside the same
// point last year. `today` may be given (tests, «as of» a date); left out, it is today.
import { z } from 'zod';
import { idSchema, jalaliDateSchema, typedDateSchema } from './common';
import { op } from './define';
import { sessionBriefSchema } from './sessions';

/** What needs the secretary's attention: counted exactly as the board's filters of the same names. */
const attention = {
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  unreported: z.number().int(),
};

export const todayGroupSchema = z.object({
  workingGroupId: idSchema,
  name: z.string(),
  /** Headquarters' group whose resolutions were assigned to this province (no sessions of its own here). */
  national: z.boolean(),
  /** The earliest draft dated today or later. */
  next: sessionBriefSchema.nullable(),
  /** The latest session dated before today, final or not. */
  last: sessionBriefSchema.nullable(),
  ...attention,
});
export type TodayGroup = z.infer<typeof todayGroupSchema>;

/** Counted from 1 Farvardin to the day (inclusive). */
export const yearSoFarSchema = z.object({
  year: z.number().int(),
  to: jalaliDateSchema,
  /** Sessions dated in the span. */
  sessions: z.number().int(),
  /** Resolutions of those sessions. */
  resolutions: z.number().int(),
  /** Follow-up reports dated in the span. */
  followUps: z.number().int(),
});
export type YearSoFar = z.infer<typeof yearSoFarSchema>;

export const todaySummarySchema = z.object({
  today: jalaliDateSchema,
  groups: z.array(todayGroupSchema),
  totals: z.object(attention),
  thisYear: yearSoFarSchema,
  /** The same span a year earlier (30 Esfand becomes 29 in a common year). */
  lastYear: yearSoFarSchema,
});
export type TodaySummary = z.infer<typeof todaySummarySchema>;

export const todayOps = {
  'today.summary': op(
    'the home screen: each group’s next and last session, resolutions needing attention, the year so far beside last year',
    z.object({ today: typedDateSchema.optional() }),
    todaySummarySchema,
  ),
};
