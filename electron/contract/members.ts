// Members (دستگاه‌های عضو) of a working group: organisations in order, with when they joined or left.
import { z } from 'zod';
import { byId, idSchema, jalaliDateSchema, moveInput, okOutput, textSchema } from './common';
import { op } from './define';

export const memberSchema = z.object({
  id: idSchema,
  workingGroupId: idSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  position: z.number().int(),
  since: jalaliDateSchema.nullable(),
  until: jalaliDateSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

/** A Jalali date as typed: Persian, Arabic-Indic or Latin digits; checked and canonicalised in core. */
const typedDate = z.string().nullable().default(null);

export const memberOps = {
  'members.list': op(
    'member organisations of a working group, in order',
    z.object({ workingGroupId: idSchema }),
    z.array(memberSchema),
  ),
  'members.add': op(
    'add an organisation (by id or by name, created if new) to a working group',
    z
      .object({
        workingGroupId: idSchema,
        organizationId: idSchema.optional(),
        organizationName: textSchema.optional(),
        since: typedDate,
        position: z.number().int().nonnegative().optional(),
      })
      .refine((v) => v.organizationId !== undefined || v.organizationName !== undefined, {
        error: 'دستگاه را انتخاب کنید یا نام آن را بنویسید',
        path: ['organizationName'],
      }),
    memberSchema,
  ),
  'members.update': op(
    'set when a member joined or left',
    z.object({ id: idSchema, since: typedDate, until: typedDate }),
    memberSchema,
  ),
  'members.move': op('move a member in the ordered list', moveInput, z.array(memberSchema)),
  'members.remove': op('remove a member from the list (it was never a member)', byId, okOutput),
};
