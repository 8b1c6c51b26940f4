// One imported working group's sessions at headquarters, and a session opened read-only: the
// minutes as printed, with print, PDF, Word and the hash check, and nothing that changes them.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { SessionSummary } from '../../../../electron/contract';
import { useRead } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { MinutesRecord } from '../minutes/MinutesRecord';
import { SessionsTable } from '../sessions/SessionsTable';
import type { ChosenGroup } from './Overview';

export function GroupSessions({ group, onBack }: { group: ChosenGroup; onBack: () => void }) {
  const read = useRead('sessions.list', { workingGroupId: group.id });
  const sessions = read.state === 'ready' ? read.value : null;
  const [open, setOpen] = useState<SessionSummary | null>(null);

  if (open)
    return (
      <section aria-labelledby="hq-session-heading" className="headquarters">
        <div className="content-header no-print">
          <h2 id="hq-session-heading">
            {fa.common.session} {faDigits(open.number)} {fa.common.year} {faDigits(open.year)} — {group.name}
          </h2>
          <Button className="secondary" onPress={() => setOpen(null)}>
            {fa.common.back}
          </Button>
        </div>
        <p className="muted no-print">{fa.headquarters.readOnlyNotice}</p>
        <MinutesRecord sessionId={open.id} readOnly />
      </section>
    );

  return (
    <section aria-labelledby="hq-group-heading" className="headquarters">
      <div className="content-header">
        <h2 id="hq-group-heading">{fa.headquarters.sessionsOf(group.name, group.province)}</h2>
        <Button className="secondary" onPress={onBack}>
          {fa.headquarters.backToOverview}
        </Button>
      </div>
      {read.state === 'failed' && <p role="alert">{read.message}</p>}
      {sessions?.length === 0 && <p className="empty">{fa.common.noSessions}</p>}
      {sessions && sessions.length > 0 && <SessionsTable sessions={sessions} onOpen={setOpen} />}
    </section>
  );
}
