// One imported working group's sessions at headquarters, and a session opened read-only: the
// minutes as printed, with print, PDF, Word and the hash check, and nothing that changes them.
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SessionSummary } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { MinutesRecord } from '../minutes/MinutesRecord';
import { errorText } from '../../api/error-text';
import { SessionsTable } from '../sessions/SessionsTable';
import type { ChosenGroup } from './Overview';

export function GroupSessions({ group, onBack }: { group: ChosenGroup; onBack: () => void }) {
  const api = useApi();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [open, setOpen] = useState<SessionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.sessions.list({ workingGroupId: group.id }).then(setSessions, (e: unknown) => setError(errorText(e)));
  }, [api, group.id]);

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
      {error && <p role="alert">{error}</p>}
      {sessions?.length === 0 && <p className="empty">{fa.common.noSessions}</p>}
      {sessions && sessions.length > 0 && <SessionsTable sessions={sessions} onOpen={setOpen} />}
    </section>
  );
}
