// Working groups (کارگروه) and their member organisations (دستگاه‌های عضو).
import { z } from 'zod';
import {
  byId,
  emptyInput,
  idSchema,
  jalaliDateSchema,
  moveInput,
  okOutput,
  optionalTextSchema,
  textSchema,
} from './common';
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
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

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
};

/** A Jalali date as typed: Persian, Arabic-Indic or Latin digits; checked and canonicalised in core. */
const typedDate = z.string().nullable().default(null);

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
