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
import { useRowRange, type RowRange } from './use-row-range';
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

  // Lines picked together (Shift with the arrows, Home/End or a click): one status key marks them all.
  const members = attendance.entries.filter((e) => e.status !== 'guest').map((e) => e.organizationId);
  const { picked, range } = useRowRange(members);
  const setMany = useCallback(
    (organizationIds: string[], status: AttendanceStatus) =>
      api.attendance.setMany({ sessionId, status, organizationIds }),
    [api, sessionId],
  );
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
              picked={picked.has(e.organizationId)}
              range={range}
              setMany={setMany}
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
  /** In the range a status key marks at once. */
  picked: boolean;
  range: RowRange;
  setMany: (organizationIds: string[], status: AttendanceStatus) => Promise<unknown>;
}

/** A status key on a focused line: ↑ ↓ to the line before or after. */
function moveTo(row: Element | null): void {
  if (row instanceof HTMLElement) row.focus();
}

/** The line of an organisation in the same table. */
const lineOf = (from: Element, organizationId: string | null) =>
  organizationId === null ? null : from.parentElement?.querySelector(`tr[data-line="${CSS.escape(organizationId)}"]`);

/** Enter in a line's person field, with no suggestion chosen: on to the next line's person, as in a sheet. */
function onPersonKey(k: KeyboardEvent<HTMLTableCellElement>) {
  if (k.key !== 'Enter' || k.shiftKey || k.ctrlKey || k.altKey || k.metaKey) return;
  const input = k.target;
  if (!(input instanceof HTMLInputElement) || input.getAttribute('aria-activedescendant')) return;
  const next = k.currentTarget
    .closest('tr')
    ?.nextElementSibling?.querySelector<HTMLInputElement>('td.person-cell input');
  if (!next) return;
  k.preventDefault();
  k.stopPropagation();
  next.focus();
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
  picked,
  range,
  setMany,
}: RowProps) {
  const api = useApi();
  const action = useAction();
  // The people of this line's organisation first, then the rest of the directory.
  const people = useMemo(() => peopleOfFirst(directory.people, e.organizationId), [directory.people, e.organizationId]);
  function onKey(k: KeyboardEvent<HTMLTableRowElement>) {
    // Only on the line itself: in its fields a letter is typed.
    if (k.target !== k.currentTarget || k.ctrlKey || k.altKey || k.metaKey) return;
    const row = k.currentTarget;
    const id = e.organizationId;
    if ((k.key === 'ArrowDown' || k.key === 'ArrowUp') && k.shiftKey) {
      k.preventDefault();
      moveTo(lineOf(row, range.extendBy(id, k.key === 'ArrowDown' ? 1 : -1)) ?? null);
      return;
    }
    if ((k.key === 'End' || k.key === 'Home') && k.shiftKey) {
      k.preventDefault();
      moveTo(lineOf(row, range.extendToEnd(id, k.key === 'End' ? 'last' : 'first')) ?? null);
      return;
    }
    if (k.key === 'ArrowDown' || k.key === 'ArrowUp') {
      k.preventDefault();
      const next = k.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      const nextId = next instanceof HTMLElement ? next.dataset.line : undefined;
      if (nextId) range.anchorAt(nextId);
      moveTo(next);
      return;
    }
    if (k.key === 'Escape') return range.anchorAt(id);
    const status = statusOfKey(k);
    if (!status || e.status === 'guest') return;
    k.preventDefault();
    const lines = range.take(id);
    if (lines.length > 1) void action.run(() => setMany(lines, status));
    else void action.run(() => set(e, { status }));
    // A roll call goes down the list: the line after the last one marked is next.
    moveTo(lineOf(row, lines.at(-1) ?? id)?.nextElementSibling ?? null);
  }
  return (
    <tr
      data-status={e.status}
      tabIndex={first ? 0 : -1}
      aria-label={fa.attendance.rowLabel(e.organizationName, statusLabels[e.status])}
      aria-describedby="attendance-keys"
      aria-selected={picked || undefined}
      data-line={e.organizationId}
      onKeyDown={onKey}
      onClick={(c) => {
        // On the line itself or its name, not in its fields: Shift+click extends the range.
        if (c.target !== c.currentTarget && !(c.target instanceof HTMLTableCellElement && c.target.scope === 'row'))
          return;
        if (c.shiftKey && e.status !== 'guest') range.extendTo(e.organizationId);
        else range.anchorAt(e.organizationId);
      }}
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
      <td className="person-cell" onKeyDownCapture={onPersonKey}>
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
