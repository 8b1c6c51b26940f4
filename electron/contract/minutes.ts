// The `dabir.minutes/1` interchange document (shared/design/minutes-format.md): import, export, and
// the printable form (with amendments) that preview, print, PDF and Word use. Structure is checked here; what needs the calendar or the database (date validity, rows 1..n,
// duplicates, an existing session) is checked in core and reported the same way.
import { z } from 'zod';
import { amendmentSchema } from './amendments';
import {
  attendanceStatusSchema,
  deadlineSchema,
  fileOutputSchema,
  hashSchema,
  idSchema,
  sessionStatusSchema,
  tooLong,
} from './common';
import { MAX_LIST_ITEMS, MAX_TEXT_CHARS } from './limits';
import { toPersianDigits } from './persian-text';
import { op } from './define';

export const MINUTES_FORMAT = 'dabir.minutes/1';

const required = (what: string) =>
  z
    .string({ error: `${what} لازم است` })
    .max(MAX_TEXT_CHARS, { error: tooLong })
    .refine((s) => s.trim() !== '', { error: `${what} نباید خالی باشد` });
const text = z.string({ error: 'باید متن باشد' }).max(MAX_TEXT_CHARS, { error: tooLong });
const nullableText = text.nullable().optional();
const personRef = z.object({ name: nullableText, title: nullableText }, { error: 'باید نام و سمت باشد' });
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'باید فهرست باشد' })
    .max(MAX_LIST_ITEMS, { error: `فهرست بیش از حد بلند است (بیشینه ${toPersianDigits(MAX_LIST_ITEMS)} مورد)` });

/** A national resolution's provinces: every one, or those named, each with the resolution's deadline or its own. */
export const provincesSchema = z.union(
  [
    z.literal('all'),
    list(
      z.union(
        [
          required('نام استان'),
          z.object({ province: required('نام استان'), deadline: deadlineSchema.nullable().optional() }),
        ],
        { error: 'هر استان باید نام استان یا {"province": …, "deadline": …} باشد' },
      ),
    ),
  ],
  { error: 'استان‌ها باید "all" یا فهرستی از استان‌ها باشد' },
);
export type ProvincesInput = z.infer<typeof provincesSchema>;

/** What export writes for a national resolution's provinces: "all", or each province with its own deadline or null. */
const provincesOut = z.union([
  z.literal('all'),
  z.array(z.object({ province: z.string(), deadline: deadlineSchema.nullable() })),
]);

export const minutesDocumentSchema = z.object(
  {
    format: z.literal(MINUTES_FORMAT, { error: `قالب سند ناشناخته است؛ باید «${MINUTES_FORMAT}» باشد` }),
    workingGroup: z.object(
      {
        id: idSchema.optional(),
        name: required('نام کارگروه'),
        province: nullableText,
        organization: nullableText,
      },
      { error: 'مشخصات کارگروه لازم است' },
    ),
    session: z.object(
      {
        id: idSchema.optional(),
        year: z.number({ error: 'سال جلسه لازم است و باید عدد باشد' }).int({ error: 'سال جلسه باید عدد صحیح باشد' }),
        number: z
          .number({ error: 'شماره جلسه لازم است و باید عدد باشد' })
          .int({ error: 'شماره جلسه باید عدد صحیح باشد' })
          .positive({ error: 'شماره جلسه باید مثبت باشد' }),
        date: required('تاریخ جلسه'),
        startTime: nullableText,
        endTime: nullableText,
        location: nullableText,
        chair: personRef.nullable().optional(),
        secretary: personRef.nullable().optional(),
        agenda: list(required('متن دستور کار')).optional(),
        discussion: list(z.object({ speaker: personRef, points: list(required('متن مطلب')) })).optional(),
        resolutions: list(
          z.object({
            id: idSchema.optional(),
            row: z.number({ error: 'ردیف مصوبه باید عدد باشد' }).int({ error: 'ردیف مصوبه باید عدد صحیح باشد' }),
            title: nullableText,
            body: required('مفاد مصوبه'),
            // null or left out: no deadline («مقرر شد ... اقدام نمایند» with no مهلت).
            deadline: deadlineSchema.nullable().optional(),
            dueDate: text.nullable().optional(),
            responsible: list(required('مسئول پیگیری')).optional(),
            // At headquarters: the provinces the resolution is assigned to (optional; minutes-format.md).
            provinces: provincesSchema.optional(),
          }),
        ).optional(),
        attendance: list(
          z.object({
            organization: required('نام دستگاه'),
            person: nullableText,
            status: attendanceStatusSchema,
          }),
        ).optional(),
        signatories: list(z.object({ name: required('نام امضاکننده'), title: nullableText })).optional(),
        notes: nullableText,
      },
      { error: 'مشخصات جلسه لازم است' },
    ),
  },
  { error: 'سند باید یک شیء JSON باشد' },
);
export type MinutesDocumentInput = z.infer<typeof minutesDocumentSchema>;

/** What export writes: every field present (null when empty), plus ids and computed due dates. */
const personOut = z.object({ name: z.string().nullable(), title: z.string().nullable() });
export const minutesExportSchema = z.object({
  format: z.literal(MINUTES_FORMAT),
  workingGroup: z.object({ id: idSchema, name: z.string(), province: z.string(), organization: z.string().nullable() }),
  session: z.object({
    id: idSchema,
    year: z.number().int(),
    number: z.number().int(),
    date: z.string(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    location: z.string().nullable(),
    chair: personOut,
    secretary: personOut,
    agenda: z.array(z.string()),
    discussion: z.array(z.object({ speaker: personOut, points: z.array(z.string()) })),
    resolutions: z.array(
      z.object({
        id: idSchema,
        row: z.number().int(),
        title: z.string().nullable(),
        body: z.string(),
        deadline: deadlineSchema.nullable(),
        dueDate: z.string().nullable(),
        responsible: z.array(z.string()),
        /** Only a national resolution's, and never part of the signed content: assignments change after finalisation. */
        provinces: provincesOut.optional(),
      }),
    ),
    attendance: z.array(
      z.object({ organization: z.string(), person: z.string().nullable(), status: attendanceStatusSchema }),
    ),
    signatories: z.array(z.object({ name: z.string(), title: z.string().nullable() })),
    notes: z.string().nullable(),
  }),
});
export type MinutesDocument = z.infer<typeof minutesExportSchema>;

/** Everything one printed document needs; for a final session, its content exactly as finalised. */
export const printableMinutesSchema = z.object({
  sessionId: idSchema,
  /** «صورتجلسه اولین جلسه … استان مرکزی در سال ۱۳۹۹»: the year in Persian digits, the group's name as stored. */
  title: z.string(),
  /** Short reference printed in the footer: year/number and the start of the session id. */
  reference: z.string(),
  status: sessionStatusSchema,
  contentHash: hashSchema.nullable(),
  finalizedAt: z.string().nullable(),
  document: minutesExportSchema,
  amendments: z.array(amendmentSchema),
  /** The working group's setting now (not part of the signed content): print the text exactly as typed. */
  printAsTyped: z.boolean(),
});
export type PrintableMinutes = z.infer<typeof printableMinutesSchema>;

/** What is printed: the minutes, or one amendment's own sheet. */
export const printRequestSchema = z.object({
  sessionId: idSchema,
  amendmentId: idSchema.optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export const minutesOps = {
  'minutes.import': op(
    'import one dabir.minutes/1 document; all or nothing, every problem reported with its JSON path',
    z.object({ document: z.unknown(), replaceDraft: z.boolean().default(false) }),
    z.object({ sessionId: idSchema, workingGroupId: idSchema, replaced: z.boolean() }),
  ),
  'minutes.export': op(
    'one session as a dabir.minutes/1 document',
    z.object({ sessionId: idSchema }),
    minutesExportSchema,
  ),
  'minutes.printable': op(
    'the printable form of a session: its content as finalised (or as it stands, for a draft) with its amendments',
    z.object({ sessionId: idSchema }),
    printableMinutesSchema,
  ),
  'minutes.pdf': op(
    'the minutes (or one amendment) as PDF, printed by the shell: Electron’s printToPDF or a system Chromium',
    printRequestSchema,
    fileOutputSchema,
    { async: true },
  ),
};
