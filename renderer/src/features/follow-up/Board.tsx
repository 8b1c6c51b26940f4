// The open-resolutions board: every resolution not done, filtered by working group, year,
// responsible organisation, status and overdue; by due date; due within 7 days highlighted.
// On a row: 1–4 set its status, Enter opens its follow-up, ↑ ↓ move between rows. A province has
// thousands open: the board shows a page and the count, and brings the next page on request.
// While a page is on its way it says so, and the rows already shown stay; a refused status, or
// rows that cannot be read again after a change, are said above the rows, which stay too; a filter
// or page that cannot be read is said where its rows would be.
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { BoardRow, InputOf, ResolutionStatus, WorkingGroup } from '../../../../electron/contract';
// From the limits alone: the contract's index would bring zod into the page.
import { BOARD_MAX_PAGE, BOARD_PAGE } from '../../../../electron/contract/limits';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { failureOf, problemOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits, faNumber } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { FollowUpPanel } from './FollowUpPanel';
import { statusOrder } from './statuses';
import { ChoiceFilter, OverdueFilter, statusChoices, YearFilter, yearOf } from '../../components/Filters';

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

export function Board({ groups }: { groups: WorkingGroup[] }) {
  const api = useApi();
  const [groupId, setGroupId] = useState('');
  const [year, setYear] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const action = useAction();
  const organizations = useRead('organizations.list', {});
  const [open, setOpen] = useState<BoardRow | null>(null);
  // The row the keyboard goes on from once it is on the page (the first of a page brought).
  const focusRow = useRef<number | null>(null);

  const filter = useMemo(
    () => ({
      workingGroupId: groupId || undefined,
      year: yearOf(year),
      organizationId: organizationId || undefined,
      status: status ? [status as ResolutionStatus] : undefined,
      overdue: overdue || undefined,
    }),
    [groupId, year, organizationId, status, overdue],
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

  async function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: BoardRow) {
    const digit = /^Digit([1-4])$/.exec(e.code)?.[1];
    if (digit) {
      e.preventDefault();
      const status = statusOrder[Number(digit) - 1]!;
      await action.run(() => api.resolutions.setStatus({ id: row.id, status }));
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
      data-overdue={r.overdue || undefined}
      data-due-soon={r.dueSoon || undefined}
      aria-label={`${fa.common.row} ${faDigits(r.row)} ${fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))}: ${fa.common.statuses[r.status]}`}
      onKeyDown={(e) => void onRowKey(e, r)}
      onDoubleClick={() => setOpen(r)}
    >
      <td>
        {fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))}
        <div className="muted">{r.workingGroupName}</div>
      </td>
      <td>{faDigits(r.row)}</td>
      <td className="board-body">{r.title ? `${r.title}: ${r.body}` : r.body}</td>
      <td>{r.responsible.join(fa.common.listSeparator)}</td>
      <td>
        {r.dueDate ? faDigits(r.dueDate) : fa.common.noDueDate}
        {r.overdue && <div className="tag overdue">{fa.common.overdue}</div>}
        {r.dueSoon && <div className="tag due-soon">{fa.followUp.dueSoon}</div>}
      </td>
      <td>{fa.common.statuses[r.status]}</td>
      <td>{r.lastFollowUp ? `${faDigits(r.lastFollowUp.date)}: ${r.lastFollowUp.text}` : '—'}</td>
    </tr>
  );

  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">{fa.app.sectionBoard}</h2>
      <div className="filters">
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
      </div>
      <p className="hint">{fa.followUp.boardHelp}</p>
      {open && <FollowUpPanel key={open.id} row={open} onClose={() => setOpen(null)} />}
      {loading && (
        <p className="muted" role="status">
          {fa.common.loading}
        </p>
      )}
      <FormError message={failure ?? action.error ?? failureOf(organizations)} />
      {board && !loading && !failure && shown === 0 && <p>{fa.followUp.boardEmpty}</p>}
      {shown > 0 && (
        <p className="muted" aria-live="polite">
          {shown === total
            ? fa.followUp.boardAll(faNumber(total))
            : fa.followUp.boardShown(faNumber(shown), faNumber(total))}
        </p>
      )}
      {shown > 0 && (
        <table className="session-table board">
          <thead>
            <tr>
              <th>{fa.common.session}</th>
              <th>{fa.common.row}</th>
              <th>{fa.common.resolutionBody}</th>
              <th>{fa.followUp.responsibleFilter}</th>
              <th>{fa.common.dueDate}</th>
              <th>{fa.common.statusFilter}</th>
              <th>{fa.followUp.lastReport}</th>
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
