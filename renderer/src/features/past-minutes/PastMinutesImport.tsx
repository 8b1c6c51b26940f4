// «ورود صورتجلسه‌های قبلی»: past minutes files (chosen, a folder, or dropped) read one at a time
// into drafts of the chosen working group, each file's outcome listed as it comes; below, the
// imported drafts still waiting for their review.
import { useState } from 'react';
import type { WorkingGroup } from '../../../../electron/contract';
import { Ltr } from '../../components/Ltr';
import { fa } from '../../i18n/fa';
import { FilePicker } from './FilePicker';
import { GroupChoice, groupToSend, type GroupChoiceValue } from './GroupChoice';
import { ImportProgress, ImportResults } from './ImportResults';
import { PendingReviews } from './PendingReviews';
import { useImportQueue } from './import-queue';

const t = fa.pastMinutes;

export function PastMinutesImport({
  groups,
  onOpenSession,
}: {
  groups: readonly WorkingGroup[];
  onOpenSession: (sessionId: string, workingGroupId: string) => void;
}) {
  const [group, setGroup] = useState<GroupChoiceValue>({ pick: 'text', newName: '' });
  const queue = useImportQueue();
  return (
    <section aria-labelledby="past-minutes-heading" className="past-minutes">
      <h2 id="past-minutes-heading">{t.section}</h2>
      <p className="intro">{t.intro}</p>
      <GroupChoice groups={groups} value={group} onChange={setGroup} />
      <FilePicker onFiles={(files, skipped) => queue.add(files, groupToSend(group, groups), skipped)} />
      <ImportProgress queue={queue} />
      {queue.skipped.length > 0 && (
        <div className="past-minutes-skipped">
          <p>{t.skipped}</p>
          <ul>
            {queue.skipped.map((name, i) => (
              <li key={`${name}-${i}`}>
                <Ltr value={name} kind="path" />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ImportResults outcomes={queue.outcomes} onOpen={onOpenSession} />
      <PendingReviews onOpen={onOpenSession} />
    </section>
  );
}
