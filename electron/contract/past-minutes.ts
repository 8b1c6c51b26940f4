// Past minutes from Word (.docx, .doc) and text: each file becomes a draft session to review, its
// source kept beside it with what the recognizer was not sure of, until the secretary accepts it.
import { z } from 'zod';
import { idSchema, okOutput } from './common';
import { op } from './define';
import { MAX_PAST_MINUTES_BYTES, MAX_SOURCE_LINES, MAX_TEXT_CHARS } from './limits';
import { inMegabytes } from './limit-messages';
import { toPersianDigits } from './persian-text';

export const sourceKinds = ['docx', 'doc', 'txt', 'pasted'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** One line of the source: a paragraph, or a table row with the paragraphs of each of its cells. */
export const sourceLineSchema = z.object({
  text: z.string().max(MAX_TEXT_CHARS * 4, { error: 'سطر بیش از حد بلند است' }),
  cells: z
    .array(z.array(z.string().max(MAX_TEXT_CHARS * 2)).max(200))
    .max(100)
    .nullable(),
});
export type SourceLine = z.infer<typeof sourceLineSchema>;

const fileName = z
  .string()
  .trim()
  .min(1, { error: 'نام پرونده لازم است' })
  .max(255, { error: 'نام پرونده بیش از حد بلند است' });
/** The working group by name, made when it does not exist yet; null: the one the document names, or the only one. */
const groupName = z.string().trim().max(300).nullable().default(null);

/** What one file became. */
export const importedDraftSchema = z.object({
  sessionId: idSchema,
  workingGroupId: idSchema,
  workingGroupName: z.string(),
  workingGroupCreated: z.boolean(),
  year: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  /** Fields the recognizer was not sure of: each is marked on the review screen. */
  uncertain: z.number().int().nonnegative(),
  /** Organisations in the attendance that are not members of the group: offered to add. */
  unknownOrganizations: z.number().int().nonnegative(),
});
export type ImportedDraft = z.infer<typeof importedDraftSchema>;

/** A field the recognizer was not sure of: its place in the minutes, why, and the source line it came from. */
export const uncertainFieldSchema = z.object({
  /** The field's path in the minutes document: `session.date`, `session.resolutions[2].deadline`. */
  path: z.string(),
  reason: z.string(),
  /** 1-based line of the source; null when the field was not found at all. */
  line: z.number().int().positive().nullable(),
});
export type UncertainField = z.infer<typeof uncertainFieldSchema>;

export const pastMinutesReviewSchema = z.object({
  sessionId: idSchema,
  fileName: z.string(),
  kind: z.enum(sourceKinds),
  importedAt: z.string(),
  acceptedAt: z.string().nullable(),
  lines: z.array(z.object({ n: z.number().int().positive(), text: z.string() })),
  /** Which source lines each part of the draft came from; lines in none of them are shown as unused. */
  used: z.array(z.number().int().positive()),
  uncertain: z.array(uncertainFieldSchema),
  unknownOrganizations: z.array(
    z.object({ organizationId: idSchema, name: z.string(), isMember: z.boolean(), line: z.number().int().nullable() }),
  ),
});
export type PastMinutesReview = z.infer<typeof pastMinutesReviewSchema>;

export const pendingReviewSchema = z.object({
  sessionId: idSchema,
  workingGroupId: idSchema,
  workingGroupName: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  uncertain: z.number().int().nonnegative(),
});

const maxBase64 = Math.ceil(MAX_PAST_MINUTES_BYTES / 3) * 4;

export const pastMinutesOps = {
  'pastMinutes.read': op(
    'read one past minutes file (Word .docx or .doc, or text) into a draft session to review; refused whole with a Persian message naming the file',
    z.object({
      fileName,
      data: z
        .string()
        .max(maxBase64, {
          error: `پرونده بیش از حد بزرگ است (بیشینه ${inMegabytes(MAX_PAST_MINUTES_BYTES)})`,
        })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'محتوای پرونده خوانده نشد' }),
      group: groupName,
    }),
    importedDraftSchema,
    { async: true },
  ),
  'pastMinutes.save': op(
    'recognize the lines of past minutes (as read from a file, or pasted) and save them as a draft session to review',
    z.object({
      fileName,
      kind: z.enum(sourceKinds),
      /** SHA-256 of the file read: the same file twice is refused. */
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable()
        .default(null),
      lines: z
        .array(sourceLineSchema)
        .min(1, { error: 'متنی در پرونده نیست' })
        .max(MAX_SOURCE_LINES, {
          error: `پرونده بیش از ${toPersianDigits(MAX_SOURCE_LINES)} سطر دارد؛ صورتجلسه‌ای چنین بلند نیست`,
        }),
      group: groupName,
    }),
    importedDraftSchema,
  ),
  'pastMinutes.review': op(
    'the source of an imported draft beside it: its lines, what was not recognized for sure, organisations not members',
    z.object({ sessionId: idSchema }),
    pastMinutesReviewSchema.nullable(),
  ),
  'pastMinutes.pending': op(
    'imported drafts not yet accepted, oldest first',
    z.object({}).strict(),
    z.array(pendingReviewSchema),
  ),
  'pastMinutes.addMembers': op(
    'make organisations of an imported draft’s attendance members of its working group, in one step',
    z.object({ sessionId: idSchema, organizationIds: z.array(idSchema).min(1).max(1000) }),
    okOutput,
  ),
  'pastMinutes.accept': op(
    'the secretary has reviewed the imported draft: from now on it is an ordinary draft',
    z.object({ sessionId: idSchema }),
    okOutput,
  ),
};
