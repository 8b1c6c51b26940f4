// Sessions (جلسه): the list, one session with all its parts, its header, and finalising (قطعی
// کردن) with a content hash and checking it.
import { z } from 'zod';
import { agendaItemSchema } from './agenda';
import { attendanceViewSchema } from './attendance';
import {
  byId,
  hashSchema,
  idSchema,
  jalaliDateSchema,
  okOutput,
  optionalTextSchema,
  personPatch,
  personRefInput,
  personRefSchema,
  sessionStatusSchema,
  timeSchema,
} from './common';
import { op } from './define';
import { speakerSchema } from './discussion';
import { resolutionSchema } from './resolutions';
import { signatorySchema } from './signatories';

export const sessionSummarySchema = z.object({
  id: idSchema,
  workingGroupId: idSchema,
  year: z.number().int(),
  number: z.number().int(),
  date: jalaliDateSchema,
  status: sessionStatusSchema,
  resolutionCount: z.number().int(),
  attendeeCount: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** A session in brief, as the home screen and the calendar name it: when, where, planned or held. */
export const sessionBriefSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  number: z.number().int(),
  date: jalaliDateSchema,
  startTime: timeSchema.nullable(),
  location: z.string().nullable(),
  status: sessionStatusSchema,
});
export type SessionBrief = z.infer<typeof sessionBriefSchema>;

/** A session as the calendar shows it on its day: a draft is planned, a final one was held. */
export const calendarSessionSchema = sessionBriefSchema.extend({
  workingGroupId: idSchema,
  workingGroupName: z.string(),
});
export type CalendarSession = z.infer<typeof calendarSessionSchema>;

export const verificationSchema = z.object({
  sessionId: idSchema,
  status: sessionStatusSchema,
  /** The hash stored when the session was finalised; null for a draft. */
  contentHash: hashSchema.nullable(),
  /** The hash of the stored content, computed now. */
  computedHash: hashSchema.nullable(),
  /** True when the session's own rows, rebuilt now, give the stored content; null for a draft. */
  liveMatches: z.boolean().nullable(),
  /**
   * Where the live rows and the stored content differ, as JSON paths into the minutes document
   * (`session.resolutions[0].body`); text as is, other values as JSON, null where absent.
   */
  differences: z.array(z.object({ path: z.string(), stored: z.string().nullable(), live: z.string().nullable() })),
  /** True only when stored hash, stored content and live rows all agree. */
  intact: z.boolean(),
  finalizedAt: z.string().nullable(),
});
export type Verification = z.infer<typeof verificationSchema>;

export const sessionDetailSchema = z.object({
  id: idSchema,
  workingGroupId: idSchema,
  workingGroupName: z.string(),
  province: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  date: jalaliDateSchema,
  startTime: timeSchema.nullable(),
  endTime: timeSchema.nullable(),
  location: z.string().nullable(),
  chair: personRefSchema,
  secretary: personRefSchema,
  notes: z.string().nullable(),
  status: sessionStatusSchema,
  agenda: z.array(agendaItemSchema),
  discussion: z.array(speakerSchema),
  resolutions: z.array(resolutionSchema),
  attendance: attendanceViewSchema,
  signatories: z.array(signatorySchema),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

/** Dates and times as typed (any digits); core checks and canonicalises them. */
const typed = z.string();
const headerFields = {
  date: typed,
  startTime: typed.nullable(),
  endTime: typed.nullable(),
  location: optionalTextSchema,
  chair: personRefInput,
  secretary: personRefInput,
  notes: optionalTextSchema,
};
const year = z
  .number()
  .int()
  .min(1300, { error: 'سال باید چهاررقمی و شمسی باشد' })
  .max(1600, { error: 'سال باید چهاررقمی و شمسی باشد' });

export const sessionOps = {
  'sessions.list': op(
    'sessions of a working group, newest first, optionally of one Jalali year',
    z.object({ workingGroupId: idSchema, year: year.optional() }),
    z.array(sessionSummarySchema),
  ),
  'sessions.get': op('one session with all its parts', byId, sessionDetailSchema),
  'sessions.calendar': op(
    'this secretariat’s own sessions of every working group from one Jalali date to another (at most three months), by date, time and group',
    z.object({ from: typed, to: typed }),
    z.array(calendarSessionSchema),
  ),
  'sessions.nextNumber': op(
    'the number the next session of the year would get',
    z.object({ workingGroupId: idSchema, year }),
    z.number().int(),
  ),
  'sessions.create': op(
    'start a draft session, numbered among the year’s drafts by date; times and place left out are copied from the previous session, chair and secretary from the working group’s defaults or else the previous session (null leaves them empty)',
    z.object({
      workingGroupId: idSchema,
      year: year.optional(),
      ...headerFields,
      startTime: headerFields.startTime.optional(),
      endTime: headerFields.endTime.optional(),
      location: headerFields.location.optional(),
      chair: personRefInput.optional(),
      secretary: personRefInput.optional(),
      notes: headerFields.notes.default(null),
    }),
    sessionDetailSchema,
  ),
  'sessions.update': op(
    'change the header of a draft session (a new date or year renumbers the year’s drafts); a chair or secretary given by one half keeps the other',
    z
      .object({
        id: idSchema,
        year: year.optional(),
        ...headerFields,
        chair: personPatch,
        secretary: personPatch,
      })
      .partial()
      .required({ id: true }),
    sessionDetailSchema,
  ),
  'sessions.remove': op(
    'delete a draft session with all its parts (a final one is refused); the year’s later drafts move up',
    byId,
    okOutput,
  ),
  'sessions.finalize': op(
    'finalise (قطعی کردن) a draft session: store its canonical content and SHA-256; no edit after this',
    z.object({ id: idSchema }),
    verificationSchema,
  ),
  'sessions.verify': op(
    'check a final session: its stored content against the recorded hash, and its live rows against the stored content',
    z.object({ id: idSchema }),
    verificationSchema,
  ),
};
