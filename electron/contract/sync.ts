// The sync bundle seen from the app: at a province, what the next bundle would carry and «ارسال
// به ستاد» (written through the shell's save dialog, remembered only once the file is whole); at
// headquarters, importing bundles and the provinces side by side.
import { z } from 'zod';
import { emptyInput, idSchema } from './common';
import { op } from './define';
import { resolutionStatuses } from './follow-up';
import { MAX_BUNDLE_BYTES } from './limits';
import { bundleTooLarge } from './limit-messages';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const countsSchema = z.record(z.string(), z.object({ upserts: z.number().int(), deletes: z.number().int() }));

export const bundleExportRecordSchema = z.object({
  createdAt: z.string(),
  full: z.boolean(),
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  hash: hashSchema,
});

export const bundleStatusSchema = z.object({
  /** The key's fingerprint, five groups of four Persian digits, to read out by phone. */
  fingerprint: z.string(),
  /** What «ارسال به ستاد» would send now: full when nothing was sent yet. */
  pending: z.object({ full: z.boolean(), changes: z.number().int(), counts: countsSchema }),
  /** Bundles sent so far, newest first. */
  exports: z.array(bundleExportRecordSchema),
});
export type BundleStatus = z.infer<typeof bundleStatusSchema>;

export const bundleWrittenSchema = z.discriminatedUnion('saved', [
  /** The secretary closed the save dialog: nothing written, nothing remembered. */
  z.object({ saved: z.literal(false) }),
  z.object({
    saved: z.literal(true),
    /** Where the file now is (the chosen path, or the browser host's outbox folder). */
    path: z.string(),
    size: z.number().int(),
    full: z.boolean(),
    fromSeq: z.number().int(),
    toSeq: z.number().int(),
    counts: countsSchema,
    attachments: z.number().int(),
    hash: hashSchema,
    fingerprint: z.string(),
  }),
]);
export type BundleWritten = z.infer<typeof bundleWrittenSchema>;

export const importOutcomeSchema = z.object({
  status: z.enum(['imported', 'already']),
  secretariatId: idSchema,
  name: z.string(),
  province: z.string(),
  fingerprint: z.string(),
  registered: z.boolean(),
  records: z.number().int(),
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

export const syncOps = {
  'bundle.status': op(
    'what the next bundle to headquarters would carry, and those sent',
    emptyInput,
    bundleStatusSchema,
  ),
  'bundle.export': op(
    'write a bundle for headquarters where the secretary chooses; remembered only once written',
    z.object({ full: z.boolean().default(false) }),
    bundleWrittenSchema,
    { async: true },
  ),
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
