// A session's signatories (امضاکنندگان): who signs the minutes, in order.
import { z } from 'zod';
import { byId, idSchema, moveInput, okOutput, optionalTextSchema, restoredId, textSchema } from './common';
import { op } from './define';

export const signatorySchema = z.object({
  id: idSchema,
  position: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
});

export const signatoryOps = {
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
