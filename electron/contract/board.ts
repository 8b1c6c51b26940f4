// The open-resolutions board (پیگیری مصوبات): resolutions not done, filtered, by due date, a page
// at a time. `today` may be given (tests, «as of» a date); left out, it is the machine's Jalali today.
import { z } from 'zod';
import { idSchema, jalaliDateSchema, jalaliYearSchema, optionalDeadlineSchema, typedDateSchema } from './common';
import { op } from './define';
import { BOARD_MAX_PAGE, BOARD_PAGE } from './limits';
import { resolutionStatusSchema } from './resolutions';

export const boardFilterSchema = z.object({
  workingGroupId: idSchema.optional(),
  year: jalaliYearSchema.optional(),
  organizationId: idSchema.optional(),
  status: z.array(resolutionStatusSchema).optional(),
  overdue: z.boolean().optional(),
  /** Due today or within the next 7 days, not yet done. */
  dueSoon: z.boolean().optional(),
  /** Open, its session 30 days old or more, and no follow-up report in the last 30 days. */
  unreported: z.boolean().optional(),
  /** At headquarters: the secretariat whose resolutions (one province's). */
  secretariatId: idSchema.optional(),
  today: typedDateSchema.optional(),
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
  /** null: no deadline, so no due date. */
  deadline: optionalDeadlineSchema,
  dueDate: jalaliDateSchema.nullable(),
  status: resolutionStatusSchema,
  overdue: z.boolean(),
  /** Due within the next 7 days (today included), not yet done. */
  dueSoon: z.boolean(),
  responsible: z.array(z.string()),
  followUps: z.number().int(),
  lastFollowUp: z.object({ date: jalaliDateSchema, text: z.string() }).nullable(),
  /** At a province: headquarters' resolution assigned to it (مصوبه ستاد); read-only text, the province's own status. */
  national: z.boolean(),
  /** At headquarters: the province whose resolution it is (its secretariat's province); null for its own. */
  province: z.string().nullable(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

export const boardOps = {
  'board.list': op(
    'the open-resolutions board: not done (unless a status filter says otherwise), filtered, by due date (none last, ties in a fixed order), a page at a time with the count of all that match',
    boardFilterSchema.extend({
      limit: z.number().int().min(1).max(BOARD_MAX_PAGE).default(BOARD_PAGE),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(boardRowSchema), total: z.number().int() }),
  ),
};
