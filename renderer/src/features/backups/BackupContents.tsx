// What a backup holds, in one Persian line: groups, sessions (final), resolutions, follow-ups.
import type { BackupSummary } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

export function BackupContents({ b }: { b: BackupSummary }) {
  return (
    <>
      {fa.backups.backupContents(
        faDigits(b.counts.workingGroups),
        faDigits(b.counts.sessions),
        faDigits(b.counts.finalSessions),
        faDigits(b.counts.resolutions),
        faDigits(b.counts.followUps),
      )}
    </>
  );
}
