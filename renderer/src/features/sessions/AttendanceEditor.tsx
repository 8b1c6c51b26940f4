// Attendance: one line per member organisation with how it attended and who came; guests added
// freely and removed (Ctrl+Z puts a removed guest back in its place); the absentees and their
// count are derived by the services and shown live. A long list renders a few lines at a time
// (use-progressive.ts). A refused change is said on its line. «همه حاضر» marks every member without
// a line present in one write; on a focused line a letter or digit sets its status (status-keys.ts).
import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import type { AttendanceEntry, AttendanceStatus } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { useRemoval } from '../../components/use-removal';
import { faDigits } from '../../i18n/digits';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PickOne } from '../../components/PickOne';
import { fa } from '../../i18n/fa';
import { sameText } from '../../i18n/match';
import { PersonNameLazy } from '../../components/PersonNameLazy';
import type { Directory } from './directory';
import { useProgressive } from '../../components/use-progressive';
import { attendanceStatuses } from '../../../../electron/contract/vocabulary';
import { sessionParts, useDirectory, useOrganizations, useSessionPart } from './use-session';
import { peopleOfFirst, statusKeys, statusOfKey } from './status-keys';

const statusLabels: Record<AttendanceStatus, string> = {
  present: fa.sessions.present,
  deputy: fa.sessions.deputy,
  representative: fa.sessions.representative,
  absent: fa.sessions.absent,
  excused: fa.sessions.excused,
  guest: fa.sessions.guest,
};
/** Every status of the contract, in its order (a new one cannot be left out: the labels are a Record). */
const statuses = attendanceStatuses.map((id) => ({ id, label: statusLabels[id] }));

type Change = { status: AttendanceStatus } | { person: string | null };

const nobody = { entries: [], absentCount: 0 };

export function AttendanceEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const read = useSessionPart(sessionId, sessionParts.attendance);
  const attendance = read.state === 'ready' ? read.value : nobody;
  const organizations = useOrganizations();
  const directory = useDirectory();
  const marking = useAction();
  const [guest, setGuest] = useState('');
  const [listed, setListed] = useState<string | null>(null);
  const adding = useAction();
  const removeUndoably = useRemoval();
  // Status and person are saved apart, each leaving the other as it is, so quick typing never races.
  const set = useCallback(
    (e: AttendanceEntry, change: Change) =>
      api.attendance.set({ sessionId, organizationId: e.organizationId, ...change }),
    [api, sessionId],
  );
  // A guest's line comes back where it was: its place among the lines typed (derived ones come after).
  const lines = attendance.entries.filter((e) => !e.derived);
  const removeGuest = useCallback(
    (e: AttendanceEntry, position: number) =>
      removeUndoably({
        target: `${sessionId}.${e.organizationId}.person`,
        label: fa.sessions.removed(e.organizationName),
        remove: () => api.attendance.clear({ sessionId, organizationId: e.organizationId }).then(() => e),
        restore: (was) =>
          api.attendance.set({
            sessionId,
            organizationId: was.organizationId,
            status: was.status,
            person: was.person,
            position,
          }),
      }),
    [api, sessionId, removeUndoably],
  );

  async function addGuest(name = guest) {
    if (name.trim() === '') return;
    if (attendance.entries.some((e) => sameText(e.organizationName, name)))
      return setListed(fa.sessions.alreadyListed(name));
    setListed(null);
    const added = await adding.run(() =>
      api.attendance.set({ sessionId, organizationName: name, status: 'guest', person: null }),
    );
    if (added) setGuest('');
  }

  const shown = useProgressive(attendance.entries.length);
  const absentees = attendance.entries.filter((e) => e.status === 'absent' || e.status === 'excused');
  const unmarked = attendance.entries.some((e) => e.derived);
  return (
    <section className="editor-section" aria-labelledby="attendance-heading">
      <h4 id="attendance-heading">{fa.sessions.attendance}</h4>
      <div className="attendance-tools">
        {unmarked && (
          <Button
            className="secondary"
            aria-describedby="attendance-all-hint"
            onPress={() => void marking.run(() => api.attendance.setMany({ sessionId, status: 'present' }))}
          >
            {lines.length === 0 ? fa.attendance.allPresent : fa.attendance.restPresent}
          </Button>
        )}
        <span id="attendance-all-hint" className="visually-hidden">
          {fa.attendance.allPresentHint}
        </span>
        <p className="attendance-keys" id="attendance-keys">
          {fa.attendance.keysLegend}{' '}
          {statusKeys.map((k, i) => (
            <span key={k.status}>
              {i > 0 && fa.common.listSeparator}
              <kbd>{k.letter}</kbd> {fa.attendance.or} <kbd>{faDigits(k.digit)}</kbd> {statusLabels[k.status]}
            </span>
          ))}
          {fa.common.listSeparator}
          {fa.attendance.keysMove}
        </p>
        <FormError message={marking.error} />
      </div>
      <table className="attendance-table">
        <thead>
          <tr>
            <th scope="col">{fa.sessions.organization}</th>
            <th scope="col">{fa.common.status}</th>
            <th scope="col">{fa.sessions.person}</th>
            <th scope="col">
              <span className="visually-hidden">{fa.common.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attendance.entries.slice(0, shown).map((e) => (
            <AttendanceRow
              key={e.organizationId}
              sessionId={sessionId}
              entry={e}
              position={lines.indexOf(e)}
              set={set}
              remove={removeGuest}
              directory={directory}
              first={e === attendance.entries[0]}
            />
          ))}
        </tbody>
      </table>
      <div className="member-add">
        <OrganizationPicker
          label={fa.sessions.addGuest}
          options={organizations.filter((o) => !attendance.entries.some((e) => e.organizationId === o.id))}
          typed={guest}
          onTyped={setGuest}
          onAdd={(name) => void addGuest(name)}
          error={listed ?? adding.error}
        />
        <Button className="secondary" onPress={() => void addGuest()}>
          {fa.common.add}
        </Button>
      </div>
      <div className="absentees" aria-live="polite">
        <h5>{fa.sessions.absentees(faDigits(attendance.absentCount))}</h5>
        <p>
          {absentees
            .map((e) => e.organizationName + (e.status === 'excused' ? ` (${fa.sessions.excused})` : ''))
            .join(fa.common.listSeparator) || '—'}
        </p>
      </div>
    </section>
  );
}

interface RowProps {
  sessionId: string;
  entry: AttendanceEntry;
  /** Its place among the typed lines (-1 for a derived absence). */
  position: number;
  set: (e: AttendanceEntry, change: Change) => Promise<unknown>;
  remove: (e: AttendanceEntry, position: number) => Promise<unknown>;
  directory: Directory;
  /** The first line is the one Tab reaches; the arrows go on from there. */
  first: boolean;
}

/** A status key on a focused line: ↑ ↓ to the line before or after. */
function moveTo(row: Element | null): void {
  if (row instanceof HTMLElement) row.focus();
}

// Memoised: another line's change (the other lines keep their identity in the read cache), or the
// next lines of a long list appearing, leaves it as it is.
const AttendanceRow = memo(function AttendanceRow({
  sessionId,
  entry: e,
  position,
  set,
  remove,
  directory,
  first,
}: RowProps) {
  const api = useApi();
  const action = useAction();
  // The people of this line's organisation first, then the rest of the directory.
  const people = useMemo(() => peopleOfFirst(directory.people, e.organizationId), [directory.people, e.organizationId]);
  function onKey(k: KeyboardEvent<HTMLTableRowElement>) {
    // Only on the line itself: in its fields a letter is typed.
    if (k.target !== k.currentTarget || k.ctrlKey || k.altKey || k.metaKey) return;
    const row = k.currentTarget;
    if (k.key === 'ArrowDown' || k.key === 'ArrowUp') {
      k.preventDefault();
      moveTo(k.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling);
      return;
    }
    const status = statusOfKey(k);
    if (!status || e.status === 'guest') return;
    k.preventDefault();
    void action.run(() => set(e, { status }));
    // A roll call goes down the list: the next line is next.
    moveTo(row.nextElementSibling);
  }
  return (
    <tr
      data-status={e.status}
      tabIndex={first ? 0 : -1}
      aria-label={fa.attendance.rowLabel(e.organizationName, statusLabels[e.status])}
      aria-describedby="attendance-keys"
      onKeyDown={onKey}
    >
      <th scope="row">{e.organizationName}</th>
      <td>
        <PickOne
          label={`${fa.common.status} — ${e.organizationName}`}
          hideLabel
          choices={statuses}
          value={e.status}
          onChange={(status) => void action.run(() => set(e, { status }))}
        />
        <FormError message={action.error} />
      </td>
      <td>
        <PersonNameLazy
          className="compact"
          draftKey={`${sessionId}.${e.organizationId}.person`}
          label={`${fa.sessions.person} — ${e.organizationName}`}
          serverValue={e.person ?? ''}
          people={people}
          save={(v) => set(e, { person: v.trim() === '' ? null : v })}
          onPick={(p) => set(e, { person: p.name })}
          onAddToDirectory={(name) => api.people.create({ name, title: null, organizationId: e.organizationId })}
        />
      </td>
      <td>
        {/* Only a guest is removed: a member's line is how it attended, absent at least. */}
        {e.status === 'guest' && (
          <Button
            aria-label={`${fa.common.remove} — ${e.organizationName}`}
            onPress={() => void action.run(() => remove(e, position))}
          >
            {fa.common.remove}
          </Button>
        )}
      </td>
    </tr>
  );
});
AttendanceRow.displayName = 'AttendanceRow';
