// Backups in the app: the automatic ones listed with what each holds, a backup saved where the
// secretary chooses (a USB drive: encrypted with a passphrase), and restoring one from the list or
// from a chosen file (the current file kept aside).
import { z } from 'zod';
import { emptyInput } from './common';
import { op } from './define';
import { backupReasons } from './backup-reasons';

export { backupReasons, type BackupReason } from './backup-reasons';

export const backupSummarySchema = z.object({
  /** The file's name in the backups folder (what `backups.restore` takes). */
  name: z.string(),
  file: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  reason: z.enum(backupReasons).nullable(),
  schemaVersion: z.number().int(),
  secretariat: z.object({ id: z.string(), name: z.string(), province: z.string() }).nullable(),
  counts: z.object({
    workingGroups: z.number().int(),
    sessions: z.number().int(),
    finalSessions: z.number().int(),
    resolutions: z.number().int(),
    followUps: z.number().int(),
  }),
  lastChangeAt: z.string().nullable(),
  lastSeq: z.number().int().nullable(),
  intact: z.boolean(),
  problem: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/** A backup in the list, with how its work stands against the data file's. */
export const listedBackupSchema = backupSummarySchema.extend({
  /** It holds the data file's latest change. */
  latest: z.boolean(),
  /** How many changes the data file has after this backup's last one; null if the backup holds changes the file has not. */
  missing: z.number().int().nullable(),
});
export type ListedBackup = z.infer<typeof listedBackupSchema>;

const backupName = z.string().regex(/^[^/\\]+-\d{4}-\d{2}-\d{2}T[0-9-]+-[a-z-]+\.sqlite$/, {
  error: 'نام پشتیبان نامعتبر است؛ یکی از فهرست پشتیبان‌ها را برگزینید',
});

const MAX_PASSPHRASE = 256;
const passphrase = z.string().min(1).max(MAX_PASSPHRASE);

export const backupOps = {
  'backups.list': op(
    'this data file’s backups beside it, newest first, each with how its work stands against the file’s',
    emptyInput,
    z.object({ folder: z.string(), lastChangeAt: z.string().nullable(), backups: z.array(listedBackupSchema) }),
  ),
  'backups.create': op(
    'a checked backup saved where the secretary chooses, encrypted (age) with a passphrase: Dabir’s own, shown once, or the secretary’s',
    z.object({ passphrase: passphrase.nullable().default(null) }),
    z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({
        saved: z.literal(true),
        backup: backupSummarySchema,
        /** The passphrase Dabir made (null when the secretary chose one): shown this once, never stored. */
        passphrase: z.string().nullable(),
      }),
    ]),
    { async: true },
  ),
  'backups.restore': op(
    'restore a backup from the list, after checking it; the current content is kept as a backup',
    z.object({ name: backupName }),
    z.object({ restored: backupSummarySchema, aside: z.string() }),
    { async: true },
  ),
  'backups.restoreFile': op(
    'restore a backup file the secretary chooses, after checking it (an encrypted one with its passphrase); the current content is kept as a backup',
    z.object({ passphrase: z.string().max(MAX_PASSPHRASE) }),
    z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(false) }),
      z.object({ chosen: z.literal(true), restored: backupSummarySchema, aside: z.string() }),
    ]),
    { async: true },
  ),
};
