// The sync bundle seen from a province: what the next bundle would carry, and «ارسال به ستاد»
// (written through the shell's save dialog, remembered only once the file is whole).
import { z } from 'zod';
import { emptyInput, hashSchema } from './common';
import { op } from './define';

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

export const bundleOps = {
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
};
