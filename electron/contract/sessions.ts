// Sessions (جلسه) and their parts: agenda, discussion, resolutions, attendance, signatories.
import { z } from 'zod';
import {
  attendanceStatusSchema,
  byId,
  deadlineSchema,
  idSchema,
  jalaliDateSchema,
  moveInput,
  okOutput,
  optionalTextSchema,
  personRefSchema,
  sessionStatusSchema,
  textSchema,
  timeSchema,
} from './common';
import { op } from './define';
import { resolutionStatusSchema } from './follow-up';

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
});
export type EarlierResolution = z.infer<typeof earlierResolutionSchema>;

export const agendaItemSchema = z.object({ id: idSchema, position: z.number().int(), text: z.string() });
export const discussionPointSchema = agendaItemSchema;
export const speakerSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  speaker: personRefSchema,
  points: z.array(discussionPointSchema),
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
  deadline: deadlineSchema,
  /** Computed from the session date and the deadline; null when it has none. */
  dueDate: jalaliDateSchema.nullable(),
  responsible: z.array(responsibleSchema),
});
export type Resolution = z.infer<typeof resolutionSchema>;
/** A resolution as it was removed: with its follow-up status, so an undo puts it back whole. */
export const removedResolutionSchema = resolutionSchema.extend({ status: resolutionStatusSchema });
export const attendanceEntrySchema = z.object({
  organizationId: idSchema,
  organizationName: z.string(),
  person: z.string().nullable(),
  status: attendanceStatusSchema,
  /** True for a member with no line of its own: absent by derivation, not typed. */
  derived: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;
export const attendanceViewSchema = z.object({
  entries: z.array(attendanceEntrySchema),
  absentCount: z.number().int(),
});
export const signatorySchema = z.object({
  id: idSchema,
  position: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
});

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
const personRefInput = z.object({ name: optionalTextSchema.default(null), title: optionalTextSchema.default(null) });
const personPatch = z.object({ name: optionalTextSchema.optional(), title: optionalTextSchema.optional() });
const headerFields = {
  date: typed,
  startTime: typed.nullable(),
  endTime: typed.nullable(),
  location: optionalTextSchema,
  chair: personRefInput,
  secretary: personRefInput,
  notes: optionalTextSchema,
};
const responsibleInput = z.object({ organizationId: idSchema.nullable().default(null), text: textSchema });
// No defaults here: in an update, a field left out must stay as it is, not be reset.
const resolutionFields = {
  title: optionalTextSchema,
  body: z.string({ error: 'مفاد مصوبه لازم است' }),
  deadline: deadlineSchema,
  responsible: z.array(responsibleInput),
};
/**
 * Undo of a removal: the removed row's id, given back to `add` with its place, puts the same row
 * back (earlier edits in the undo history, and the sync bundle, still know it by that id).
 */
const restoredId = idSchema.optional();
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

  'agenda.add': op(
    'add an agenda item (at a position; with `id`, put a removed one back)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      text: textSchema,
      position: z.number().int().nonnegative().optional(),
    }),
    agendaItemSchema,
  ),
  'agenda.update': op('change an agenda item', z.object({ id: idSchema, text: textSchema }), agendaItemSchema),
  'agenda.move': op('reorder an agenda item', moveInput, okOutput),
  'agenda.remove': op('delete an agenda item; answers it as it was, for an undo', byId, agendaItemSchema),

  'discussion.addSpeaker': op(
    'add a speaker to the discussion (at a position; with `id` and `points`, put a removed one back)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      speaker: personRefInput,
      position: z.number().int().nonnegative().optional(),
      points: z.array(z.object({ id: restoredId, text: textSchema })).default([]),
    }),
    speakerSchema,
  ),
  'discussion.updateSpeaker': op(
    'change who spoke; a half left out (name or title) stays',
    z.object({ id: idSchema, speaker: personPatch }),
    speakerSchema,
  ),
  'discussion.moveSpeaker': op('reorder a speaker', moveInput, okOutput),
  'discussion.removeSpeaker': op(
    'delete a speaker and their points; answers them as they were, for an undo',
    byId,
    speakerSchema,
  ),
  'discussion.addPoint': op(
    'add a point under a speaker (at a position; with `id`, put a removed one back)',
    z.object({
      speakerId: idSchema,
      id: restoredId,
      text: textSchema,
      position: z.number().int().nonnegative().optional(),
    }),
    discussionPointSchema,
  ),
  'discussion.updatePoint': op('change a point', z.object({ id: idSchema, text: textSchema }), discussionPointSchema),
  'discussion.movePoint': op('reorder a point under its speaker', moveInput, okOutput),
  'discussion.removePoint': op('delete a point; answers it as it was, for an undo', byId, discussionPointSchema),

  'resolutions.add': op(
    'add a resolution; rows stay 1..n (with `id` and `status`, put a removed one back at its row)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      status: resolutionStatusSchema.optional(),
      row: z.number().int().positive().optional(),
      ...resolutionFields,
      title: resolutionFields.title.default(null),
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

  'attendance.get': op(
    'attendance with derived absentees and their count',
    z.object({ sessionId: idSchema }),
    attendanceViewSchema,
  ),
  'attendance.set': op(
    'mark how an organisation attended (by id, or by name for a guest); status or person left out stays (a new line without a status is present; `position` places a new line, as an undo does)',
    z
      .object({
        sessionId: idSchema,
        position: z.number().int().nonnegative().optional(),
        organizationId: idSchema.optional(),
        organizationName: textSchema.optional(),
        status: attendanceStatusSchema.optional(),
        person: optionalTextSchema.optional(),
      })
      .refine((v) => v.organizationId !== undefined || v.organizationName !== undefined, {
        error: 'دستگاه را انتخاب کنید یا نام آن را بنویسید',
        path: ['organizationName'],
      }),
    attendanceViewSchema,
  ),
  'attendance.clear': op(
    'drop an organisation’s line (a member becomes absent again)',
    z.object({ sessionId: idSchema, organizationId: idSchema }),
    attendanceViewSchema,
  ),

  'signatories.add': op(
    'add a signatory (at a position; with `id`, put a removed one back)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      name: textSchema,
      title: optionalTextSchema.default(null),
      position: z.number().int().nonnegative().optional(),
    }),
    signatorySchema,
  ),
  'signatories.update': op(
    'change a signatory; a field left out stays',
    z.object({ id: idSchema, name: textSchema.optional(), title: optionalTextSchema.optional() }),
    signatorySchema,
  ),
  'signatories.move': op('reorder a signatory', moveInput, okOutput),
  'signatories.remove': op('delete a signatory; answers it as it was, for an undo', byId, signatorySchema),
};
