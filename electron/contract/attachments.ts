// Attachments of a session: the scanned signed copy (نسخه امضاشده) of its minutes, stored by content.
import { z } from 'zod';
import { byId, fileOutputSchema, idSchema, okOutput } from './common';
import { op } from './define';

import { MAX_ATTACHMENT_BYTES } from './limits';
import { attachmentTooLarge } from './limit-messages';

export const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const attachmentSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  fileName: z.string(),
  mediaType: z.enum(attachmentMediaTypes),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const maxBase64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const attachmentOps = {
  'attachments.list': op(
    'the attachments of a session, oldest first',
    z.object({ sessionId: idSchema }),
    z.array(attachmentSchema),
  ),
  'attachments.add': op(
    'attach the scanned signed copy (PDF, JPEG or PNG, at most 20 MB) to a session',
    z.object({
      sessionId: idSchema,
      fileName: z
        .string()
        .trim()
        .min(1, { error: 'نام پرونده لازم است' })
        .max(255, { error: 'نام پرونده بیش از حد بلند است' }),
      data: z
        .string()
        .max(maxBase64, { error: attachmentTooLarge })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'محتوای پرونده خوانده نشد' }),
    }),
    attachmentSchema,
  ),
  'attachments.get': op('one attachment’s file, to view or save', byId, fileOutputSchema),
  'attachments.remove': op('remove an attachment put on the wrong session', byId, okOutput),
};
