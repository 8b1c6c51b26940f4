// A session's resolutions (مصوبات): rows 1..n with deadline and responsible organisations, their
// follow-up status, and the open ones of earlier sessions.
import { z } from 'zod';
import {
  byId,
  idSchema,
  jalaliDateSchema,
  okOutput,
  optionalDeadlineSchema,
  optionalTextSchema,
  restoredId,
  textSchema,
} from './common';
import { op } from './define';
import { resolutionStatuses } from './vocabulary';

export { resolutionStatuses, type ResolutionStatus } from './vocabulary';
export const resolutionStatusSchema = z.enum(resolutionStatuses, {
  error: 'وضعیت مصوبه نامعتبر است (not_started، in_progress، done یا cancelled)',
});

export const responsibleSchema = z.object({
  position: z.number().int(),
  organizationId: idSchema.nullable(),
  text: z.string(),
});
export const resolutionSchema = z.object({
  id: idSchema,
  row: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  /** null: no deadline («بدون مهلت»). */
  deadline: optionalDeadlineSchema,
  /** Computed from the session date and the deadline; null when it has none. */
  dueDate: jalaliDateSchema.nullable(),
  responsible: z.array(responsibleSchema),
});
export type Resolution = z.infer<typeof resolutionSchema>;
/** A resolution as it was removed: with its follow-up status, so an undo puts it back whole. */
export const removedResolutionSchema = resolutionSchema.extend({ status: resolutionStatusSchema });

export const earlierResolutionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  sessionYear: z.number().int(),
  sessionNumber: z.number().int(),
  sessionDate: jalaliDateSchema,
  row: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  dueDate: jalaliDateSchema.nullable(),
  /** Due before this session's date: its follow-up belongs on the agenda. */
  overdue: z.boolean(),
  /** Headquarters' resolution this province follows (مصوبه ستاد), not one of the group's own. */
  national: z.boolean(),
});
export type EarlierResolution = z.infer<typeof earlierResolutionSchema>;

const responsibleInput = z.object({ organizationId: idSchema.nullable().default(null), text: textSchema });
// No defaults here: in an update, a field left out must stay as it is, not be reset.
const resolutionFields = {
  title: optionalTextSchema,
  body: z.string({ error: 'مفاد مصوبه لازم است' }),
  /** null clears it: no deadline. */
  deadline: optionalDeadlineSchema,
  responsible: z.array(responsibleInput),
};

export const resolutionOps = {
  'resolutions.add': op(
    'add a resolution; rows stay 1..n (with `id` and `status`, put a removed one back at its row)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      status: resolutionStatusSchema.optional(),
      row: z.number().int().positive().optional(),
      ...resolutionFields,
      title: resolutionFields.title.default(null),
      deadline: resolutionFields.deadline.default(null),
      responsible: resolutionFields.responsible.default([]),
    }),
    resolutionSchema,
  ),
  'resolutions.update': op(
    'change a resolution',
    z
      .object({ id: idSchema, ...resolutionFields })
      .partial()
      .required({ id: true }),
    resolutionSchema,
  ),
  'resolutions.move': op(
    'move a resolution to another row; rows stay 1..n',
    z.object({ id: idSchema, row: z.number().int().positive() }),
    okOutput,
  ),
  'resolutions.remove': op(
    'delete a resolution (refused once it has follow-up reports); later rows move up; answers it as it was, for an undo',
    byId,
    removedResolutionSchema,
  ),
  'resolutions.openBefore': op(
    'open resolutions (not done, not cancelled) of the same working group’s earlier sessions, newest session first',
    z.object({ sessionId: idSchema }),
    z.array(earlierResolutionSchema),
  ),
  'resolutions.setStatus': op(
    'set a resolution’s follow-up status (also of a final session: status is not part of the minutes)',
    z.object({ id: idSchema, status: resolutionStatusSchema }),
    okOutput,
  ),
};
