// A session's attendance (حاضران و غایبان): how each organisation attended, absentees derived.
import { z } from 'zod';
import { attendanceStatusSchema, fileOutputSchema, idSchema, optionalTextSchema, textSchema } from './common';
import { op } from './define';

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

/** The sheet the members sign during the session: the members on its date, in the group's order. */
export const attendanceSheetSchema = z.object({
  sessionId: idSchema,
  /** «اولین جلسه کارگروه … استان مرکزی در سال ۱۳۹۹»: the minutes' title without «صورتجلسه». */
  title: z.string(),
  reference: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  location: z.string().nullable(),
  members: z.array(z.string()),
  /** The group's setting: print the text exactly as typed. */
  printAsTyped: z.boolean(),
});
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;

export const attendanceOps = {
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
  'attendance.setMany': op(
    'one status for many organisations in one transaction: those named (lines made where missing, persons kept), or with none named every member without a line of its own («همه حاضر»)',
    z.object({
      sessionId: idSchema,
      status: attendanceStatusSchema,
      organizationIds: z.array(idSchema).max(1000).optional(),
    }),
    attendanceViewSchema,
  ),
  'attendance.sheet': op(
    'the attendance sheet to sign: the session’s title and date, the members on its date in order',
    z.object({ sessionId: idSchema }),
    attendanceSheetSchema,
  ),
  'attendance.sheetPdf': op(
    'the attendance sheet as PDF, through the same print page and printer as the minutes',
    z.object({ sessionId: idSchema }),
    fileOutputSchema,
    { async: true },
  ),
  'attendance.clear': op(
    'drop an organisation’s line (a member becomes absent again)',
    z.object({ sessionId: idSchema, organizationId: idSchema }),
    attendanceViewSchema,
  ),
};
