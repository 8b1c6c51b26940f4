// Value schemas shared by several operation files: ids, Jalali dates, times, deadlines, attendance
// status, hashes, files answered, and the inputs that put a removed row back.
import { z } from 'zod';
import { fa } from 'zod/locales';
import { MAX_TEXT_CHARS } from './limits';
import { toPersianDigits } from './persian-text';
import { attendanceStatuses, deadlineKinds, sessionStatuses } from './vocabulary';

// Persian messages for every generic schema error, in every process that loads the contract.
z.config(fa());

export const idSchema = z.uuid({ error: 'شناسه نامعتبر است' });

/** Canonical Jalali date as stored and exchanged: `YYYY/MM/DD`, Latin digits. Validity is checked in core. */
export const jalaliDateSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}\/\d{2}$/, { error: 'تاریخ باید به شکل ۱۳۹۹/۰۲/۰۲ باشد' });

/** `HH:MM`, 24-hour, Latin digits. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'ساعت باید به شکل ۰۹:۳۰ باشد' });

/** Required text: at least one visible character. Stored exactly as typed. */
/** Said when a text is longer than any real one: refused whole, never cut. */
export const tooLong = `متن بیش از حد بلند است (بیشینه ${toPersianDigits(MAX_TEXT_CHARS)} نویسه)`;

export const textSchema = z
  .string({ error: 'متن لازم است' })
  .max(MAX_TEXT_CHARS, { error: tooLong })
  .refine((s) => s.trim() !== '', { error: 'این بخش نباید خالی باشد' });
export const optionalTextSchema = z.string().max(MAX_TEXT_CHARS, { error: tooLong }).nullable();

export { deadlineKinds, type DeadlineKind } from './vocabulary';

const count = z
  .number({ error: 'مقدار مهلت باید عدد باشد' })
  .int({ error: 'مقدار مهلت باید عدد صحیح باشد' })
  .positive({ error: 'مقدار مهلت باید مثبت باشد' });

/**
 * A deadline of one of the kinds; a resolution with none holds `null` instead (`deadline.nullable()`
 * wherever a resolution's deadline is stored or answered).
 */
export const deadlineSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('days'), value: count }),
    z.object({ kind: z.literal('weeks'), value: count }),
    z.object({ kind: z.literal('months'), value: count }),
    // As typed (any digits); core checks it is a real Jalali date and stores it canonical.
    z.object({
      kind: z.literal('date'),
      value: z.string({ error: 'تاریخ مهلت لازم است' }).min(1, { error: 'تاریخ مهلت لازم است' }),
    }),
    z.object({ kind: z.literal('continuous') }),
    z.object({ kind: z.literal('immediate') }),
    z.object({ kind: z.literal('text'), value: textSchema }),
  ],
  {
    error: `نوع مهلت اقدام نامعتبر است (${deadlineKinds.slice(0, -1).join('، ')} یا ${deadlineKinds.at(-1)}؛ بدون مهلت: null)`,
  },
);
export type Deadline = z.infer<typeof deadlineSchema>;
/** A resolution's deadline as stored and answered: `null` when it has none («بدون مهلت»). */
export const optionalDeadlineSchema = deadlineSchema.nullable();

export { attendanceStatuses, type AttendanceStatus } from './vocabulary';
export const attendanceStatusSchema = z.enum(attendanceStatuses, {
  error: 'وضعیت حضور نامعتبر است (present، deputy، representative، absent، excused یا guest)',
});

export { sessionStatuses } from './vocabulary';
export const sessionStatusSchema = z.enum(sessionStatuses);

/** A person as printed: a name (may be unknown) and a title. */
export const personRefSchema = z.object({ name: optionalTextSchema, title: optionalTextSchema });
export type PersonRef = z.infer<typeof personRefSchema>;

export const emptyInput = z.object({}).strict();
export const byId = z.object({ id: idSchema });
export const moveInput = z.object({ id: idSchema, position: z.number().int().nonnegative() });
export const okOutput = z.object({ ok: z.literal(true) });

/** A SHA-256, hex: content hashes of final minutes and amendments, bundle hashes. */
export const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A file answered to the caller (PDF, workbook, attachment). */
export const fileOutputSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's bytes, base64. */
  data: z.string(),
});
export type FileOutput = z.infer<typeof fileOutputSchema>;

/** A Jalali date as typed by the secretary (any digits); core checks and canonicalises it. */
export const typedDateSchema = z.string({ error: 'تاریخ لازم است' });
/** A Jalali year asked for (board filter, reports). */
export const jalaliYearSchema = z
  .number({ error: 'سال باید عدد باشد' })
  .int()
  .min(1300, { error: 'سال باید چهاررقمی و شمسی باشد' })
  .max(1600, { error: 'سال باید چهاررقمی و شمسی باشد' });

/** A person typed into a session part (chair, secretary, speaker): both halves may be empty. */
export const personRefInput = z.object({
  name: optionalTextSchema.default(null),
  title: optionalTextSchema.default(null),
});
/** A person changed: a half left out stays. */
export const personPatch = z.object({ name: optionalTextSchema.optional(), title: optionalTextSchema.optional() });
/**
 * Undo of a removal: the removed row's id, given back to `add` with its place, puts the same row
 * back (earlier edits in the undo history, and the sync bundle, still know it by that id).
 */
export const restoredId = idSchema.optional();
