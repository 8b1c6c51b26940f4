// The year's reports of a working group: annual, attendance and responsible organisations, as data,
// Excel workbooks and PDF. `today` may be given (reports «as of» a date); left out, it is today.
import { z } from 'zod';
import { fileOutputSchema, idSchema, jalaliYearSchema, typedDateSchema } from './common';
import { op } from './define';

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

/** One Jalali month of the year: the sessions held in it and the resolutions of those sessions. */
export const monthlyReportRowSchema = z.object({
  /** 1 (فروردین) to 12 (اسفند). */
  month: z.number().int().min(1).max(12),
  sessions: z.number().int(),
  resolutions: z.number().int(),
});
export type MonthlyReportRow = z.infer<typeof monthlyReportRowSchema>;

const reportInput = z.object({ workingGroupId: idSchema, year: jalaliYearSchema, today: typedDateSchema.optional() });

export const reportOps = {
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
  'reports.monthly': op(
    'sessions held and their resolutions in each of the year’s twelve Jalali months',
    reportInput.omit({ today: true }),
    z.array(monthlyReportRowSchema),
  ),
  'reports.xlsx': op(
    'a report as an Excel workbook (right-to-left sheet)',
    z.object({
      report: z.enum(['annual', 'attendance', 'responsible'], { error: 'گزارش ناشناخته است' }),
      workingGroupId: idSchema,
      year: jalaliYearSchema,
      today: typedDateSchema.optional(),
    }),
    fileOutputSchema,
    { async: true },
  ),
  'reports.pdf': op(
    'a working group’s year (all three reports) as PDF, through the same print page and printer as the minutes',
    z.object({ workingGroupId: idSchema, year: jalaliYearSchema }),
    fileOutputSchema,
    { async: true },
  ),
};
