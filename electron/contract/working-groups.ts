// Working groups (کارگروه): name, province, organising body, deadline days, default chair and secretary,
// and whether their minutes print exactly as typed.
import { z } from 'zod';
import { byId, emptyInput, idSchema, okOutput, optionalTextSchema, textSchema } from './common';
import { op } from './define';

export const workingGroupSchema = z.object({
  id: idSchema,
  name: z.string(),
  province: z.string(),
  /** The body that runs the secretariat, e.g. «استانداری مرکزی». */
  organization: z.string().nullable(),
  /** Days added to the session date for an «فوری» deadline. */
  immediateDays: z.number().int(),
  /** People from the directory a new session starts with when there is no earlier session to copy. */
  defaultChairId: idSchema.nullable(),
  defaultSecretaryId: idSchema.nullable(),
  /** Print exactly as typed: no Persian typography on paper, PDF and Word (contract/print-typography.ts). */
  printAsTyped: z.boolean(),
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

// No defaults here: an update that leaves a field out must keep it; create adds the defaults.
const workingGroupFields = {
  name: textSchema,
  province: textSchema,
  organization: optionalTextSchema,
  immediateDays: z
    .number()
    .int()
    .min(0, { error: 'روزهای مهلت فوری نمی‌تواند منفی باشد' })
    .max(365, { error: 'روزهای مهلت فوری حداکثر ۳۶۵ است' }),
  defaultChairId: idSchema.nullable(),
  defaultSecretaryId: idSchema.nullable(),
  printAsTyped: z.boolean(),
};

export const workingGroupOps = {
  'workingGroups.list': op('all working groups of this secretariat', emptyInput, z.array(workingGroupSchema)),
  'workingGroups.get': op('one working group', byId, workingGroupSchema),
  'workingGroups.create': op(
    'create a working group',
    z.object({
      ...workingGroupFields,
      organization: workingGroupFields.organization.default(null),
      immediateDays: workingGroupFields.immediateDays.default(3),
      defaultChairId: workingGroupFields.defaultChairId.default(null),
      defaultSecretaryId: workingGroupFields.defaultSecretaryId.default(null),
      printAsTyped: workingGroupFields.printAsTyped.default(false),
    }),
    workingGroupSchema,
  ),
  'workingGroups.update': op(
    'change a working group',
    z
      .object({ id: idSchema, ...workingGroupFields })
      .partial()
      .required({ id: true }),
    workingGroupSchema,
  ),
  'workingGroups.remove': op('delete a working group that has no sessions', byId, okOutput),
};
