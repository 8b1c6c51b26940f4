// The backups beside the data file, as the app lists them (making and restoring one is async:
// core/api/async-dispatch.ts).
import path from 'node:path';
import type { BackupSummary } from '../../contract';
import { backupFolder, listBackups, type BackupSummary as CoreSummary } from '../backup/backup';
import type { Handlers } from './handlers';

export const summaryOf = (b: CoreSummary): BackupSummary => ({ ...b, name: path.basename(b.file) });

export const backupHandlers = {
  'backups.list': (db) => {
    const folder = backupFolder(db.name);
    return { folder, backups: listBackups(folder).map(summaryOf) };
  },
} satisfies Handlers<'backups'>;
