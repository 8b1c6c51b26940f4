// A working group's sessions as a table: each opens with one press. The province's session list
// and headquarters' view of an imported group show the same table.
import { Button } from 'react-aria-components';
import type { SessionSummary } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

export function SessionsTable({
  sessions,
  onOpen,
}: {
  sessions: SessionSummary[];
  onOpen: (s: SessionSummary) => void;
}) {
  return (
    <table className="session-table">
      <thead>
        <tr>
          <th scope="col">{fa.common.session}</th>
          <th scope="col">{fa.common.date}</th>
          <th scope="col">{fa.common.status}</th>
          <th scope="col">{fa.sessions.resolutions}</th>
          <th scope="col">{fa.sessions.attendees}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td>
              <Button className="link" onPress={() => onOpen(s)}>
                {fa.common.session} {faDigits(s.number)} {fa.common.year} {faDigits(s.year)}
              </Button>
            </td>
            <td>{faDigits(s.date)}</td>
            <td>{s.status === 'final' ? fa.common.final : fa.sessions.draft}</td>
            <td>{faDigits(s.resolutionCount)}</td>
            <td>{faDigits(s.attendeeCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
