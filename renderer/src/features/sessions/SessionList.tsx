// The sessions of one working group, newest first, with status and counts.
import { useApi } from '../../app/api-context';
import { useQuery } from '../../api/use-query';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

export function SessionList({ workingGroupId }: { workingGroupId: string }) {
  const api = useApi();
  const sessions = useQuery(workingGroupId, () => api.sessions.list({ workingGroupId }));
  if (sessions.state === 'loading') return <p>{fa.loading}</p>;
  if (sessions.state === 'failed') return <p role="alert">{sessions.message}</p>;
  if (sessions.value.length === 0) return <p className="empty">{fa.noSessions}</p>;
  return (
    <table className="session-table">
      <thead>
        <tr>
          <th scope="col">{fa.session}</th>
          <th scope="col">{fa.date}</th>
          <th scope="col">{fa.status}</th>
          <th scope="col">{fa.resolutions}</th>
          <th scope="col">{fa.attendees}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.value.map((s) => (
          <tr key={s.id}>
            <td>
              {fa.session} {faDigits(s.number)} {fa.year} {faDigits(s.year)}
            </td>
            <td>{faDigits(s.date)}</td>
            <td>{s.status === 'final' ? fa.final : fa.draft}</td>
            <td>{faDigits(s.resolutionCount)}</td>
            <td>{faDigits(s.attendeeCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
