// Amendments (اصلاحیه) to a final session: what changed, why, and the hashes that tie each to the
// minutes it amends.
import { z } from 'zod';
import { hashSchema, idSchema, jalaliDateSchema, textSchema } from './common';
import { op } from './define';

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

export const amendmentOps = {
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
};
