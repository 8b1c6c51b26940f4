// The open-resolutions board: every resolution not done, filtered by working group, year,
// responsible organisation, status, overdue, due within 7 days and no report for 30 days (the
// home screen's figures open it so); by due date; due within 7 days highlighted.
// On a row: 1–4 set its status, Ctrl+Z sets the one before again, Enter opens its follow-up, ↑ ↓ move between rows; the mouse has the
// same on the row (a status picker, «پیگیری»). A status set is said with «بازگرداندن» beside it,
// and the keyboard stays in the table: on the row, or on the next when the row left the board.
// Rows are a few lines each (the body clamped; the follow-up shows it whole). A province has
// thousands open: the board shows a page and the count, and brings the next page on request.
// While a page is on its way it says so, and the rows already shown stay; a refused status, or
// rows that cannot be read again after a change, are said above the rows, which stay too; a filter
// or page that cannot be read is said where its rows would be.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { BoardRow, InputOf, ResolutionStatus, WorkingGroup } from '../../../../electron/contract';
// From the limits alone: the contract's index would bring zod into the page.
import { BOARD_MAX_PAGE, BOARD_PAGE } from '../../../../electron/contract/limits';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { failureOf, problemOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { PickOne } from '../../components/PickOne';
import { faDigits, faNumber } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { FollowUpPanel } from './FollowUpPanel';
import { statusOrder } from './statuses';

import { CheckFilter, ChoiceFilter, OverdueFilter, statusChoices, YearFilter, yearOf } from '../../components/Filters';

const statusPicks = statusChoices.map((c) => ({ id: c.id, label: c.name }));

type BoardInput = InputOf<'board.list'> & { offset: number; limit: number };

/** The first `count` rows of the filter, in the pieces one call may bring. */
function pieces(filter: InputOf<'board.list'>, count: number): BoardInput[] {
  const all: BoardInput[] = [];
  for (let offset = 0; offset < count; offset += BOARD_MAX_PAGE)
    all.push({ ...filter, offset, limit: Math.min(BOARD_MAX_PAGE, count - offset) });
  return all;
}

/** The rows of one piece, numbered from its offset on the board. */
function BoardRows({ input, row }: { input: BoardInput; row: (r: BoardRow, index: number) => ReactNode }) {
  const piece = useRead('board.list', input, { keepPrevious: true });
  return piece.state === 'ready' ? piece.value.rows.map((r, i) => row(r, input.offset + i)) : null;
}

/** Filters the board opens with (the home screen's figures); the secretary may change them. */
export interface BoardStart {
  workingGroupId?: string;
  year?: number;
  status?: ResolutionStatus;
  overdue?: boolean;
  dueSoon?: boolean;
  unreported?: boolean;
}

interface Props {
  groups: WorkingGroup[];
  start?: BoardStart;
  /** At headquarters: the provinces' secretariats, to filter by; their rows are read-only here. */
  provinces?: readonly { id: string; name: string }[];
}

export function Board({ groups, provinces, start = {} }: Props) {
  const api = useApi();
  const [secretariatId, setSecretariatId] = useState('');
  const [groupId, setGroupId] = useState(start.workingGroupId ?? '');
  const [year, setYear] = useState(start.year === undefined ? '' : faDigits(start.year));
  const [organizationId, setOrganizationId] = useState('');
  const [status, setStatus] = useState<string>(start.status ?? '');
  const [overdue, setOverdue] = useState(start.overdue ?? false);
  const [dueSoon, setDueSoon] = useState(start.dueSoon ?? false);
  const [unreported, setUnreported] = useState(start.unreported ?? false);
  const action = useAction();
  const organizations = useRead('organizations.list', {});
  const [open, setOpen] = useState<BoardRow | null>(null);
  // The row the keyboard goes on from once it is on the page (the first of a page brought).
  const focusRow = useRef<number | null>(null);
  const table = useRef<HTMLTableElement>(null);
  // Once a status set is answered (the rows on screen read again by then): the row to keep the
  // focus on, or the row now at its place when it has left the board.
  const refocus = useRef<{ id: string; index: number | null } | null>(null);
  const [changed, setChanged] = useState<{ row: BoardRow; to: ResolutionStatus; undone: boolean } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    const body = table.current?.tBodies[0];
    if (!want || !body) return;
    const same = [...body.rows].find((tr) => tr.dataset.id === want.id);
    const target = same ?? (want.index === null ? undefined : body.rows[Math.min(want.index, body.rows.length - 1)]);
    if (!target) return;
    if (!target.contains(document.activeElement)) target.focus();
    refocus.current = null;
  });

  const filter = useMemo(
    () => ({
      workingGroupId: groupId || undefined,
      secretariatId: secretariatId || undefined,
      year: yearOf(year),
      organizationId: organizationId || undefined,
      status: status ? [status as ResolutionStatus] : undefined,
      overdue: overdue || undefined,
      dueSoon: dueSoon || undefined,
      unreported: unreported || undefined,
    }),
    [groupId, secretariatId, year, organizationId, status, overdue, dueSoon, unreported],
  );
  // How many rows are asked: a new filter starts from its first page; a change on a row reads
  // again as many as are shown (the write's effects do that).
  const [asked, setAsked] = useState({ filter, count: BOARD_PAGE });
  const count = asked.filter === filter ? asked.count : BOARD_PAGE;
  const parts = useMemo(() => pieces(filter, count), [filter, count]);
  const first = useRead('board.list', parts[0]!, { keepPrevious: true });
  const board = first.state === 'ready' ? first.value : null;
  // While the rows asked are on their way, those shown before stay.
  const loading = first.state === 'loading' || (first.state === 'ready' && first.previous);
  const total = board?.total ?? 0;
  const shown = board ? board.rows.length + Math.max(0, Math.min(count, total) - BOARD_MAX_PAGE) : 0;
  const failure = problemOf(first);

  function showMore() {
    focusRow.current = shown;
    setAsked({ filter, count: shown + BOARD_PAGE });
  }
  const focusBrought = (tr: HTMLTableRowElement | null) => {
    if (!tr) return;
    tr.focus();
    focusRow.current = null;
  };

  const rowName = (r: BoardRow) =>
    `${fa.common.row} ${faDigits(r.row)} ${fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))}`;

  async function changeStatus(row: BoardRow, index: number, status: ResolutionStatus) {
    // A province's resolution at headquarters is the province's to follow.
    if (status === row.status || row.province !== null) return;
    const done = await action.run(() => api.resolutions.setStatus({ id: row.id, status }));
    refocus.current = { id: row.id, index };
    setChanged(done ? { row, to: status, undone: false } : null);
  }

  async function undo() {
    if (!changed) return;
    const { row } = changed;
    const done = await action.run(() => api.resolutions.setStatus({ id: row.id, status: row.status }));
    // Back on the row restored (where the board's order puts it).
    refocus.current = { id: row.id, index: null };
    setChanged(done ? { ...changed, undone: true } : changed);
  }

  async function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: BoardRow, index: number) {
    // Keys on the row itself: its picker and button keep theirs.
    if (e.target !== e.currentTarget) return;
    const digit = /^Digit([1-4])$/.exec(e.code)?.[1];
    if (digit) {
      e.preventDefault();
      await changeStatus(row, index, statusOrder[Number(digit) - 1]!);
    } else if (e.code === 'KeyZ' && (e.ctrlKey || e.metaKey) && changed && !changed.undone) {
      // «بازگرداندن» from the keyboard, without leaving the rows for the notice above them.
      e.preventDefault();
      await undo();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      setOpen(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  }

  const row = (r: BoardRow, index: number) => (
    <tr
      key={r.id}
      ref={index === focusRow.current ? focusBrought : undefined}
      tabIndex={0}
      data-id={r.id}
      data-overdue={r.overdue || undefined}
      data-due-soon={r.dueSoon || undefined}
      aria-label={`${rowName(r)}: ${fa.common.statuses[r.status]}`}
      onKeyDown={(e) => void onRowKey(e, r, index)}
      onDoubleClick={() => setOpen(r)}
    >
      <td>
        {fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))}
        {r.national && <span className="tag national">{fa.national.nationalResolution}</span>}
        <div className="muted clamp-1">{r.province ? `${r.province} — ${r.workingGroupName}` : r.workingGroupName}</div>
      </td>
      <td>{faDigits(r.row)}</td>
      <td>
        <div className="board-body">{r.title ? `${r.title}: ${r.body}` : r.body}</div>
      </td>
      <td>
        <div className="clamp-2">{r.responsible.join(fa.common.listSeparator)}</div>
      </td>
      <td>
        {r.dueDate ? faDigits(r.dueDate) : fa.common.noDueDate}
        {r.overdue && <span className="tag overdue">{fa.common.overdue}</span>}
        {r.dueSoon && <span className="tag due-soon">{fa.followUp.dueSoon}</span>}
      </td>
      <td>
        {r.province === null ? (
          <PickOne
            className="board-status"
            label={fa.followUp.rowStatus(rowName(r))}
            hideLabel
            choices={statusPicks}
            value={r.status}
            onChange={(s) => void changeStatus(r, index, s)}
          />
        ) : (
          fa.common.statuses[r.status]
        )}
      </td>
      <td>
        <div className="clamp-2">
          {r.lastFollowUp ? `${faDigits(r.lastFollowUp.date)}: ${r.lastFollowUp.text}` : '—'}
        </div>
      </td>
      <td>
        <Button className="secondary" aria-label={fa.followUp.rowFollowUp(rowName(r))} onPress={() => setOpen(r)}>
          {fa.followUp.openFollowUp}
        </Button>
      </td>
    </tr>
  );

  return (
    <section aria-labelledby="board-heading" className="board-section">
      <h2 id="board-heading">{fa.app.sectionBoard}</h2>
      <div className="filters board-filters">
        {provinces && (
          <ChoiceFilter
            label={fa.national.province}
            value={secretariatId}
            onChange={setSecretariatId}
            choices={provinces}
            anyLabel={fa.national.allProvinces}
          />
        )}
        <ChoiceFilter
          label={fa.common.reportGroup}
          value={groupId}
          onChange={setGroupId}
          choices={groups}
          anyLabel={fa.common.allGroups}
        />
        <YearFilter value={year} onChange={setYear} />
        <ChoiceFilter
          label={fa.followUp.responsibleFilter}
          value={organizationId}
          onChange={setOrganizationId}
          choices={organizations.state === 'ready' ? organizations.value : []}
          anyLabel={fa.followUp.allOrganizations}
        />
        <ChoiceFilter
          label={fa.common.statusFilter}
          value={status}
          onChange={setStatus}
          choices={statusChoices}
          anyLabel={fa.followUp.allStatuses}
        />
        <OverdueFilter checked={overdue} onChange={setOverdue} />
        <CheckFilter label={fa.followUp.onlyDueSoon} checked={dueSoon} onChange={setDueSoon} />
        <CheckFilter label={fa.followUp.onlyUnreported} checked={unreported} onChange={setUnreported} />
      </div>
      <p className="hint">{fa.followUp.boardHelp}</p>
      {open && <FollowUpPanel key={open.id} row={open} onClose={() => setOpen(null)} />}
      {loading && (
        <p className="muted" role="status">
          {fa.common.loading}
        </p>
      )}
      <FormError message={failure ?? action.error ?? failureOf(organizations)} />
      <div className="board-notice" role="status">
        {changed && (
          <>
            {changed.undone
              ? fa.followUp.statusRestored(rowName(changed.row), fa.common.statuses[changed.row.status])
              : fa.followUp.statusChanged(rowName(changed.row), fa.common.statuses[changed.to])}
            {!changed.undone && (
              <Button className="secondary" isDisabled={action.pending} onPress={() => void undo()}>
                {fa.followUp.undoStatus}
              </Button>
            )}
          </>
        )}
      </div>
      {board && !loading && !failure && shown === 0 && <p>{fa.followUp.boardEmpty}</p>}
      {shown > 0 && (
        <p className="muted" aria-live="polite">
          {shown === total
            ? fa.followUp.boardAll(faNumber(total))
            : fa.followUp.boardShown(faNumber(shown), faNumber(total))}
        </p>
      )}
      {shown > 0 && (
        <table ref={table} className="session-table board">
          <thead>
            <tr>
              <th>{fa.common.session}</th>
              <th>{fa.common.row}</th>
              <th>{fa.common.resolutionBody}</th>
              <th>{fa.followUp.responsibleFilter}</th>
              <th>{fa.common.dueDate}</th>
              <th>{fa.common.statusFilter}</th>
              <th>{fa.followUp.lastReport}</th>
              <th>{fa.followUp.actions}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((input) => (
              <BoardRows key={input.offset} input={input} row={row} />
            ))}
          </tbody>
        </table>
      )}
      {board && shown < total && (
        <Button isDisabled={action.pending || loading} onPress={showMore}>
          {fa.followUp.boardMore(faNumber(Math.min(BOARD_PAGE, total - shown)))}
        </Button>
      )}
    </section>
  );
}
