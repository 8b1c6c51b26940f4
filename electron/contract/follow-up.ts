// Following resolutions up (پیگیری): status, dated reports, the open-resolutions board, the
// year's reports, and full-text search. `today` may be given (tests, reports «as of» a date);
// left out, it is the machine's Jalali today.
import { z } from 'zod';
import { byId, deadlineSchema, idSchema, jalaliDateSchema, okOutput, textSchema } from './common';
import { op } from './define';
import { fileOutputSchema } from './final-minutes';
import { BOARD_MAX_PAGE, BOARD_PAGE } from './limits';
import { resolutionStatuses } from './vocabulary';

export { resolutionStatuses, type ResolutionStatus } from './vocabulary';
export const resolutionStatusSchema = z.enum(resolutionStatuses, {
  error: 'وضعیت مصوبه نامعتبر است (not_started، in_progress، done یا cancelled)',
});

const typedDate = z.string({ error: 'تاریخ لازم است' });
const jalaliYear = z
  .number({ error: 'سال باید عدد باشد' })
  .int()
  .min(1300, { error: 'سال باید چهاررقمی و شمسی باشد' })
  .max(1600, { error: 'سال باید چهاررقمی و شمسی باشد' });

export const followUpSchema = z.object({
  id: idSchema,
  resolutionId: idSchema,
  date: jalaliDateSchema,
  text: z.string(),
  organizationId: idSchema.nullable(),
  organization: z.string().nullable(),
  sessionId: idSchema.nullable(),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const boardFilterSchema = z.object({
  workingGroupId: idSchema.optional(),
  year: jalaliYear.optional(),
  organizationId: idSchema.optional(),
  status: z.array(resolutionStatusSchema).optional(),
  overdue: z.boolean().optional(),
  today: typedDate.optional(),
});
export type BoardFilter = z.input<typeof boardFilterSchema>;

export const boardRowSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  workingGroupId: idSchema,
  workingGroupName: z.string(),
  sessionYear: z.number().int(),
  sessionNumber: z.number().int(),
  sessionDate: jalaliDateSchema,
  row: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  deadline: deadlineSchema,
  dueDate: jalaliDateSchema.nullable(),
  status: resolutionStatusSchema,
  overdue: z.boolean(),
  /** Due within the next 7 days (today included), not yet done. */
  dueSoon: z.boolean(),
  responsible: z.array(z.string()),
  followUps: z.number().int(),
  lastFollowUp: z.object({ date: jalaliDateSchema, text: z.string() }).nullable(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

/** Resolutions counted by status, and how many of the open ones are overdue. */
const statusCounts = {
  resolutions: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int(),
};

export const annualReportSchema = z.object({
  workingGroupId: idSchema,
  workingGroupName: z.string(),
  year: z.number().int(),
  sessions: z.number().int(),
  ...statusCounts,
});
export type AnnualReport = z.infer<typeof annualReportSchema>;

export const attendanceReportRowSchema = z.object({
  organizationId: idSchema,
  organization: z.string(),
  /** Sessions of the year held while the organisation was a member. */
  sessions: z.number().int(),
  present: z.number().int(),
  deputy: z.number().int(),
  representative: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  /** Attended (present, deputy or representative) ÷ sessions; null with no session. */
  rate: z.number().nullable(),
});
export type AttendanceReportRow = z.infer<typeof attendanceReportRowSchema>;

export const responsibleReportRowSchema = z.object({
  organization: z.string(),
  organizationId: idSchema.nullable(),
  ...statusCounts,
  /** Done ÷ (resolutions − cancelled); null when nothing counts. */
  completionRate: z.number().nullable(),
});
export type ResponsibleReportRow = z.infer<typeof responsibleReportRowSchema>;

export const searchKinds = ['resolution', 'agenda_item', 'discussion_point', 'follow_up'] as const;
export const searchResultSchema = z.object({
  kind: z.enum(searchKinds),
  id: idSchema,
  /** The resolution a resolution or follow-up hit belongs to. */
  resolutionId: idSchema.nullable(),
  sessionId: idSchema,
  sessionYear: z.number().int(),
  sessionNumber: z.number().int(),
  workingGroupName: z.string(),
  /** The stored text around the match (never the normalised key), and the matched ranges in it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

const reportInput = z.object({ workingGroupId: idSchema, year: jalaliYear, today: typedDate.optional() });

export const followUpOps = {
  'resolutions.setStatus': op(
    'set a resolution’s follow-up status (also of a final session: status is not part of the minutes)',
    z.object({ id: idSchema, status: resolutionStatusSchema }),
    okOutput,
  ),
  'followUps.list': op(
    'the follow-up reports of a resolution, oldest first',
    z.object({ resolutionId: idSchema }),
    z.array(followUpSchema),
  ),
  'followUps.add': op(
    'record a follow-up report; optionally the reporting organisation, the later session it was given at, and a new status',
    z.object({
      resolutionId: idSchema,
      date: typedDate,
      text: textSchema,
      organizationId: idSchema.nullable().default(null),
      organization: z.string().nullable().default(null),
      sessionId: idSchema.nullable().default(null),
      status: resolutionStatusSchema.optional(),
    }),
    followUpSchema,
  ),
  'followUps.remove': op('delete a follow-up report entered by mistake', byId, okOutput),
  'board.list': op(
    'the open-resolutions board: not done (unless a status filter says otherwise), filtered, by due date (none last, ties in a fixed order), a page at a time with the count of all that match',
    boardFilterSchema.extend({
      limit: z.number().int().min(1).max(BOARD_MAX_PAGE).default(BOARD_PAGE),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(boardRowSchema), total: z.number().int() }),
  ),
  'reports.annual': op(
    'a working group’s year: sessions, resolutions and their statuses',
    reportInput,
    annualReportSchema,
  ),
  'reports.attendance': op(
    'how each member organisation attended the year’s sessions',
    reportInput.omit({ today: true }),
    z.array(attendanceReportRowSchema),
  ),
  'reports.responsible': op(
    'resolutions of the year per responsible organisation, with completion',
    reportInput,
    z.array(responsibleReportRowSchema),
  ),
  'reports.xlsx': op(
    'a report as an Excel workbook (right-to-left sheet)',
    z.object({
      report: z.enum(['annual', 'attendance', 'responsible'], { error: 'گزارش ناشناخته است' }),
      workingGroupId: idSchema,
      year: jalaliYear,
      today: typedDate.optional(),
    }),
    fileOutputSchema,
    { async: true },
  ),
  'reports.pdf': op(
    'a working group’s year (all three reports) as PDF, through the same print page and printer as the minutes',
    z.object({ workingGroupId: idSchema, year: jalaliYear }),
    fileOutputSchema,
    { async: true },
  ),
  'search.query': op(
    'full-text search of resolutions, agenda items, discussion points and follow-up reports, with the board’s filters',
    boardFilterSchema.extend({
      query: z.string().max(500, { error: 'عبارت جستجو بیش از حد بلند است' }),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    z.array(searchResultSchema),
  ),
};
