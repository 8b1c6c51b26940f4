// Letters to the responsible bodies: once a session is final, one notification letter («ابلاغ
// مصوبات») per responsible organisation with its resolutions; later one follow-up letter («پیگیری
// مصوبات») per organisation with its overdue ones. The office's number and date of each letter are
// typed in and kept with the resolutions it covered.
import { z } from 'zod';
import { fileOutputSchema, idSchema, jalaliDateSchema, optionalDeadlineSchema, typedDateSchema } from './common';
import { op } from './define';
import { letterheadSchema } from './letterhead';

export const letterKinds = ['notification', 'follow_up'] as const;
export const letterKindSchema = z.enum(letterKinds, { error: 'نوع نامه ناشناخته است (notification یا follow_up)' });
export type LetterKind = z.infer<typeof letterKindSchema>;

/** A letter as kept: the office's number as typed and its date (Jalali, canonical). */
export const keptLetterSchema = z.object({
  id: idSchema,
  number: z.string(),
  date: jalaliDateSchema,
});
export type KeptLetter = z.infer<typeof keptLetterSchema>;

/** One resolution in a letter's table. */
export const letterLineSchema = z.object({
  resolutionId: idSchema,
  row: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  deadline: optionalDeadlineSchema,
  dueDate: jalaliDateSchema.nullable(),
  session: z.object({ id: idSchema, year: z.number().int(), number: z.number().int(), date: jalaliDateSchema }),
  /** Days past its due date on the day asked about (follow-up letters); null in a notification. */
  daysOverdue: z.number().int().nullable(),
});
export type LetterLine = z.infer<typeof letterLineSchema>;

/** One organisation's letter: whom it is addressed to, what it covers, and the letter kept for it. */
export const letterEntrySchema = z.object({
  /** The organisation as `letters.mark` names it: `id:<organisation id>`, or `name:<its name folded>`. */
  key: z.string(),
  organizationId: idSchema.nullable(),
  organization: z.string(),
  resolutions: z.array(letterLineSchema),
  /** The letter kept for exactly these resolutions (number and date typed), or null. */
  letter: keptLetterSchema.nullable(),
  /** The last letter of this kind kept for this organisation (the follow-up's last reminder), or null. */
  lastLetter: keptLetterSchema.nullable(),
  /** The follow-up letter's day for the report of action: its date (or today) and FOLLOW_UP_REPORT_DAYS; null in a notification. */
  reportBy: jalaliDateSchema.nullable(),
});
export type LetterEntry = z.infer<typeof letterEntrySchema>;

const groupRefSchema = z.object({ id: idSchema, name: z.string() });
const sessionRefSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  number: z.number().int(),
  date: jalaliDateSchema,
});

export const notificationLettersSchema = z.object({
  workingGroup: groupRefSchema,
  session: sessionRefSchema,
  entries: z.array(letterEntrySchema),
});
export type NotificationLetters = z.infer<typeof notificationLettersSchema>;

export const overdueLettersSchema = z.object({
  workingGroup: groupRefSchema,
  /** The day overdue was counted on (Jalali, canonical). */
  today: jalaliDateSchema,
  entries: z.array(letterEntrySchema),
});
export type OverdueLetters = z.infer<typeof overdueLettersSchema>;

const keySchema = z.string({ error: 'دستگاه نامه مشخص نیست' }).min(1, { error: 'دستگاه نامه مشخص نیست' }).max(2000);

/** Which letters: a final session's notifications, or a group's follow-ups; one organisation or all. */
export const whichLettersSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('notification'), sessionId: idSchema, key: keySchema.optional() }),
    z.object({
      kind: z.literal('follow_up'),
      workingGroupId: idSchema,
      today: typedDateSchema.optional(),
      key: keySchema.optional(),
    }),
  ],
  { error: 'نوع نامه ناشناخته است (notification یا follow_up)' },
);
export type WhichLetters = z.input<typeof whichLettersSchema>;

/** The letters as printed: on the letterhead, signed by the group's secretary. */
export const printableLettersSchema = z.object({
  kind: letterKindSchema,
  letterhead: letterheadSchema,
  workingGroup: groupRefSchema,
  /** The notification's session; null for follow-up letters. */
  session: sessionRefSchema.nullable(),
  today: jalaliDateSchema,
  /** Who signs: the session's secretary, or the group's default secretary; null when neither is set. */
  signatory: z.object({ name: z.string().nullable(), title: z.string().nullable() }).nullable(),
  letters: z.array(letterEntrySchema),
});
export type PrintableLetters = z.infer<typeof printableLettersSchema>;

/** Days a follow-up letter gives for the report of action, from its date. */
export const FOLLOW_UP_REPORT_DAYS = 10;

export const letterOfResolutionSchema = z.object({
  id: idSchema,
  kind: letterKindSchema,
  number: z.string(),
  date: jalaliDateSchema,
  organization: z.string(),
});
export type LetterOfResolution = z.infer<typeof letterOfResolutionSchema>;

const markFields = {
  key: keySchema,
  number: z
    .string({ error: 'شماره نامه لازم است' })
    .max(60, { error: 'شماره نامه بیش از حد بلند است' })
    .refine((s) => s.trim() !== '', { error: 'شماره نامه را بنویسید' }),
  date: typedDateSchema,
};

export const letterOps = {
  'letters.notifications': op(
    'a final session’s notification letters: one per responsible organisation, with its resolutions and the letter kept for it',
    z.object({ sessionId: idSchema }),
    notificationLettersSchema,
  ),
  'letters.overdue': op(
    'a working group’s follow-up letters: one per organisation with overdue resolutions in its final sessions',
    z.object({ workingGroupId: idSchema, today: typedDateSchema.optional() }),
    overdueLettersSchema,
  ),
  'letters.mark': op(
    'keep the office’s number and date of one organisation’s letter (typed; any digits), with the resolutions it covers now',
    z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('notification'), sessionId: idSchema, ...markFields }),
        z.object({
          kind: z.literal('follow_up'),
          workingGroupId: idSchema,
          today: typedDateSchema.optional(),
          ...markFields,
        }),
      ],
      { error: 'نوع نامه ناشناخته است (notification یا follow_up)' },
    ),
    letterEntrySchema,
  ),
  'letters.ofResolution': op(
    'the letters that covered a resolution, by date: its follow-up log shows them',
    z.object({ resolutionId: idSchema }),
    z.array(letterOfResolutionSchema),
  ),
  'letters.printable': op(
    'letters as printed: the letterhead, the signatory and each organisation’s letter',
    whichLettersSchema,
    printableLettersSchema,
  ),
  'letters.pdf': op(
    'letters as one PDF (one organisation a page), printed by the shell like the minutes',
    whichLettersSchema,
    fileOutputSchema,
    { async: true },
  ),
};
