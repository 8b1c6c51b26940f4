// Attendance: one line per member organisation with how it attended and who came; guests added
// freely; the absentees and their count are derived by the services and shown live. A long list
// renders a few lines at a time (use-progressive.ts).
import { memo, useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import type { AttendanceEntry, AttendanceStatus, Organization, SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { ApiCallError } from '../../api/client';
import { faDigits } from '../../i18n/digits';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PickOne } from '../../components/PickOne';
import { fa } from '../../i18n/fa';
import { sameText } from '../../i18n/match';
import { AutosaveField } from '../../components/AutosaveField';
import { useProgressive } from '../../components/use-progressive';

const statuses: { id: AttendanceStatus; label: string }[] = [
  { id: 'present', label: fa.present },
  { id: 'deputy', label: fa.deputy },
  { id: 'representative', label: fa.representative },
  { id: 'absent', label: fa.absent },
  { id: 'excused', label: fa.excused },
  { id: 'guest', label: fa.guest },
];

type Change = { status: AttendanceStatus } | { person: string | null };

interface Props {
  sessionId: string;
  attendance: SessionDetail['attendance'];
  organizations: Organization[];
  onChanged: () => Promise<unknown>;
}

export function AttendanceEditor({ sessionId, attendance, organizations, onChanged }: Props) {
  const api = useApi();
  const [guest, setGuest] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Status and person are saved apart, each leaving the other as it is, so quick typing never races.
  const set = useCallback(
    (e: AttendanceEntry, change: Change) =>
      api.attendance.set({ sessionId, organizationId: e.organizationId, ...change }).then(onChanged),
    [api, sessionId, onChanged],
  );

  async function addGuest(name = guest) {
    if (name.trim() === '') return;
    const listed = attendance.entries.find((e) => sameText(e.organizationName, name));
    if (listed) return setError(fa.alreadyListed(name));
    try {
      await api.attendance.set({ sessionId, organizationName: name, status: 'guest', person: null });
      setGuest('');
      setError(null);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  }

  const shown = useProgressive(attendance.entries.length);
  const absentees = attendance.entries.filter((e) => e.status === 'absent' || e.status === 'excused');
  return (
    <section className="editor-section" aria-labelledby="attendance-heading">
      <h4 id="attendance-heading">{fa.attendance}</h4>
      <table className="attendance-table">
        <thead>
          <tr>
            <th scope="col">{fa.organization}</th>
            <th scope="col">{fa.status}</th>
            <th scope="col">{fa.person}</th>
          </tr>
        </thead>
        <tbody>
          {attendance.entries.slice(0, shown).map((e) => (
            <AttendanceRow key={e.organizationId} sessionId={sessionId} entry={e} set={set} />
          ))}
        </tbody>
      </table>
      <div className="member-add">
        <OrganizationPicker
          label={fa.addGuest}
          options={organizations.filter((o) => !attendance.entries.some((e) => e.organizationId === o.id))}
          typed={guest}
          onTyped={setGuest}
          onAdd={(name) => void addGuest(name)}
          error={error}
        />
        <Button className="secondary" onPress={() => void addGuest()}>
          {fa.add}
        </Button>
      </div>
      <div className="absentees" aria-live="polite">
        <h5>{fa.absentees(faDigits(attendance.absentCount))}</h5>
        <p>
          {absentees.map((e) => e.organizationName + (e.status === 'excused' ? ` (${fa.excused})` : '')).join('، ') ||
            '—'}
        </p>
      </div>
    </section>
  );
}

interface RowProps {
  sessionId: string;
  entry: AttendanceEntry;
  set: (e: AttendanceEntry, change: Change) => Promise<unknown>;
}

// Memoised on what it shows: a reload after another line's change, or the next lines of a long
// list appearing, leaves it as it is.
const AttendanceRow = memo(
  function AttendanceRow({ sessionId, entry: e, set }: RowProps) {
    return (
      <tr data-status={e.status}>
        <th scope="row">{e.organizationName}</th>
        <td>
          <PickOne
            label={`${fa.status} — ${e.organizationName}`}
            hideLabel
            choices={statuses}
            value={e.status}
            onChange={(status) => void set(e, { status })}
          />
        </td>
        <td>
          <AutosaveField
            className="compact"
            draftKey={`${sessionId}.${e.organizationId}.person`}
            label={`${fa.person} — ${e.organizationName}`}
            serverValue={e.person ?? ''}
            save={(v) => set(e, { person: v.trim() === '' ? null : v })}
          />
        </td>
      </tr>
    );
  },
  (a, b) => a.sessionId === b.sessionId && a.set === b.set && JSON.stringify(a.entry) === JSON.stringify(b.entry),
);
