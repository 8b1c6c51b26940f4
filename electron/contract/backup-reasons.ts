// The occasions a backup is made on, without zod: core's backup files and the migrations path
// read them at every start, where loading the contract's schemas would cost the command line's start.
/** When a backup was made: the occasions of the automatic ones, by hand, or the content kept at a restore or a repair. */
export const backupReasons = [
  'start',
  'daily',
  'quiet',
  'close',
  'migration',
  'import',
  'manual',
  'before-restore',
  'before-repair',
] as const;
export type BackupReason = (typeof backupReasons)[number];
