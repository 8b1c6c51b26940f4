// Headquarters (ستاد): importing the provinces' bundles, the secretariats registered, and the
// provinces side by side.
import { z } from 'zod';
import { emptyInput, idSchema } from './common';
import { op } from './define';
import { MAX_BUNDLE_BYTES } from './limits';
import { bundleTooLarge } from './limit-messages';
import { resolutionStatuses } from './vocabulary';

export const importOutcomeSchema = z.object({
  status: z.enum(['imported', 'already']),
  secretariatId: idSchema,
  name: z.string(),
  province: z.string(),
  fingerprint: z.string(),
  registered: z.boolean(),
  records: z.number().int(),
  /** What a newer Dabir's bundle held that this version keeps for after its update. */
  deferred: z.number().int(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export const registeredSecretariatSchema = z.object({
  id: idSchema,
  name: z.string(),
  province: z.string(),
  fingerprint: z.string(),
  registeredAt: z.string(),
  lastImportedAt: z.string(),
  bundles: z.number().int(),
  lastToSeq: z.number().int(),
});
export type RegisteredSecretariat = z.infer<typeof registeredSecretariatSchema>;

const statusCounts = z.object(
  Object.fromEntries(resolutionStatuses.map((s) => [s, z.number().int()])) as Record<
    (typeof resolutionStatuses)[number],
    z.ZodNumber
  >,
);

const tally = z.object({
  sessions: z.number().int(),
  finalSessions: z.number().int(),
  resolutions: z.number().int(),
  byStatus: statusCounts,
  overdue: z.number().int(),
  /** Attendance lines: present (in person, deputy or representative) and absent (with or without notice). */
  present: z.number().int(),
  absent: z.number().int(),
});
export type Tally = z.infer<typeof tally>;

export const overviewSchema = z.object({
  rows: z.array(
    tally.extend({
      secretariatId: idSchema,
      secretariatName: z.string(),
      province: z.string(),
      workingGroupId: idSchema,
      workingGroupName: z.string(),
    }),
  ),
  totals: tally,
});
export type Overview = z.infer<typeof overviewSchema>;

const jalaliYear = z.number({ error: 'سال باید عدد باشد' }).int().min(1300).max(1600);

export const headquartersOps = {
  'headquarters.import': op(
    'import one bundle at headquarters: a backup first (once per batch), then all or nothing; a new secretariat only when trusted',
    z.object({
      fileName: z.string().max(500),
      data: z.base64({ error: 'محتوای بسته خوانا نیست' }).max(Math.ceil(MAX_BUNDLE_BYTES / 3) * 4, {
        error: bundleTooLarge,
      }),
      trustNew: z.boolean().default(false),
      /**
       * The import of several bundles this one belongs to (any id the caller makes up): only the
       * first of a batch gets a backup first, which covers them all. At headquarters each backup
       * copies every province's records (gigabytes): one per bundle made a batch of 31 slow.
       */
      batch: z.string().max(100).optional(),
    }),
    importOutcomeSchema,
    { async: true },
  ),
  'headquarters.secretariats': op(
    'secretariats registered at headquarters',
    emptyInput,
    z.array(registeredSecretariatSchema),
  ),
  'headquarters.overview': op(
    'per province and working group: sessions, resolutions by status, attendance; and the national totals',
    z.object({ year: jalaliYear.nullable().default(null), today: z.string().optional() }),
    overviewSchema,
  ),
};
