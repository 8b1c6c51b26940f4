// Final (قطعی) minutes: finalising with a content hash, checking it, amendments (اصلاحیه), and
// the printable form of minutes and amendments that preview, print, PDF and Word all use.
import { z } from 'zod';
import { idSchema, jalaliDateSchema, sessionStatusSchema, textSchema } from './common';
import { op } from './define';
import { minutesExportSchema } from './minutes';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

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

export const amendmentSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  number: z.number().int().positive(),
  date: jalaliDateSchema,
  changes: z.string(),
  reason: z.string(),
  /** The content hash of the final session this amends. */
  originalHash: hashSchema,
  /** Hash of the amendment's own content, printed on its sheet. */
  contentHash: hashSchema,
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** Everything one printed document needs; for a final session, its content exactly as finalised. */
export const printableMinutesSchema = z.object({
  sessionId: idSchema,
  /** «صورتجلسه اولین جلسه … استان مرکزی در سال ۱۳۹۹» (digits as stored; the view shows them Persian). */
  title: z.string(),
  /** Short reference printed in the footer: year/number and the start of the session id. */
  reference: z.string(),
  status: sessionStatusSchema,
  contentHash: hashSchema.nullable(),
  finalizedAt: z.string().nullable(),
  document: minutesExportSchema,
  amendments: z.array(amendmentSchema),
});
export type PrintableMinutes = z.infer<typeof printableMinutesSchema>;

/** What is printed: the minutes, or one amendment's own sheet. */
export const printRequestSchema = z.object({
  sessionId: idSchema,
  amendmentId: idSchema.optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export const fileOutputSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's bytes, base64. */
  data: z.string(),
});
export type FileOutput = z.infer<typeof fileOutputSchema>;

export const finalMinutesOps = {
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
  'amendments.list': op(
    'the amendments of a session, in order',
    z.object({ sessionId: idSchema }),
    z.array(amendmentSchema),
  ),
  'amendments.add': op(
    'record an amendment (اصلاحیه) to a final session: what changed, why, and its date',
    z.object({
      sessionId: idSchema,
      date: z.string({ error: 'تاریخ اصلاحیه لازم است' }),
      changes: textSchema,
      reason: textSchema,
    }),
    amendmentSchema,
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
