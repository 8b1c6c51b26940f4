// Follow-up reports (گزارش پیگیری) of a resolution: dated, optionally by an organisation and at a
// later session, and possibly setting its status.
import { z } from 'zod';
import { byId, idSchema, jalaliDateSchema, okOutput, textSchema, typedDateSchema } from './common';
import { op } from './define';
import { resolutionStatusSchema } from './resolutions';

export const followUpSchema = z.object({
  id: idSchema,
  resolutionId: idSchema,
  date: jalaliDateSchema,
  text: z.string(),
  organizationId: idSchema.nullable(),
  organization: z.string().nullable(),
  sessionId: idSchema.nullable(),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpOps = {
  'followUps.list': op(
    'the follow-up reports of a resolution, oldest first',
    z.object({ resolutionId: idSchema }),
    z.array(followUpSchema),
  ),
  'followUps.add': op(
    'record a follow-up report; optionally the reporting organisation, the later session it was given at, and a new status',
    z.object({
      resolutionId: idSchema,
      date: typedDateSchema,
      text: textSchema,
      organizationId: idSchema.nullable().default(null),
      organization: z.string().nullable().default(null),
      sessionId: idSchema.nullable().default(null),
      status: resolutionStatusSchema.optional(),
    }),
    followUpSchema,
  ),
  'followUps.remove': op('delete a follow-up report entered by mistake', byId, okOutput),
};
