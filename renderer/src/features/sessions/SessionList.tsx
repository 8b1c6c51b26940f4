// The sessions of one working group, newest first, with status and counts, and «جلسه جدید».
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { fieldErrors } from '../../api/field-errors';
import { useRead } from '../../api/use-read';
import { PickOne } from '../../components/PickOne';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { SessionsTable } from './SessionsTable';
import { FormError } from '../../components/FormError';

export function SessionList({
  workingGroupId,
  onOpen,
}: {
  workingGroupId: string;
  onOpen: (sessionId: string) => void;
}) {
  const api = useApi();
  const sessions = useRead('sessions.list', { workingGroupId });
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<string>('all');
  const years = sessions.state === 'ready' ? [...new Set(sessions.value.map((s) => s.year))] : [];
  const shown =
    sessions.state === 'ready' ? sessions.value.filter((s) => year === 'all' || String(s.year) === year) : [];

  async function startNew() {
    try {
      // Number, times, place, chair and secretary come from the services (next in the year, previous session).
      const created = await api.sessions.create({ workingGroupId, date: todayJalali() });
      onOpen(created.id);
    } catch (e) {
      setError(Object.values(fieldErrors(e, {}))[0] ?? fa.common.error);
    }
  }

  return (
    <>
      <div className="list-tools">
        <Button className="primary" onPress={() => void startNew()}>
          {fa.sessions.newSession}
        </Button>
        {years.length > 1 && (
          <PickOne
            className="field year-pick"
            label={fa.common.year}
            choices={[
              { id: 'all', label: fa.sessions.allYears },
              ...years.map((y) => ({ id: String(y), label: faDigits(y) })),
            ]}
            value={year}
            onChange={setYear}
          />
        )}
      </div>
      <FormError message={error} />
      {sessions.state === 'loading' && <p>{fa.common.loading}</p>}
      {sessions.state === 'failed' && <p role="alert">{sessions.message}</p>}
      {sessions.state === 'ready' && sessions.value.length === 0 && <p className="empty">{fa.common.noSessions}</p>}
      {shown.length > 0 && <SessionsTable sessions={shown} onOpen={(s) => onOpen(s.id)} />}
    </>
  );
}
