// The open-resolutions board: every resolution not done, filtered by working group, year,
// responsible organisation, status and overdue; by due date; due within 7 days highlighted.
// On a row: 1–4 set its status, Enter opens its follow-up, ↑ ↓ move between rows. A province has
// thousands open: the board shows a page and the count, and brings the next page on request.
// While a page is on its way it says so; a page that cannot be read, or a refused status, is said
// above the rows, and the rows already shown stay.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import type { BoardRow, Organization, ResolutionStatus, WorkingGroup } from '../../../../electron/contract';
// From the limits alone: the contract's index would bring zod into the page.
import { BOARD_MAX_PAGE, BOARD_PAGE } from '../../../../electron/contract/limits';
import { useApi } from '../../api/use-api';
import { errorText } from '../../api/error-text';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { faDigits, faNumber } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { FollowUpPanel } from './FollowUpPanel';
import { statusOrder } from './statuses';
import { ChoiceFilter, OverdueFilter, statusChoices, YearFilter, yearOf } from '../../components/Filters';

export function Board({ groups }: { groups: WorkingGroup[] }) {
  const api = useApi();
  const [groupId, setGroupId] = useState('');
  const [year, setYear] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [board, setBoard] = useState<{ rows: BoardRow[]; total: number } | null>(null);
  // Which filter the rows shown answer (until the new one's first page is in, it is loading), and
  // why the last page could not be read.
  const [answered, setAnswered] = useState<unknown>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const action = useAction();
  const { run } = action;
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [open, setOpen] = useState<BoardRow | null>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<number | null>(null);
  const rows = board?.rows ?? [];

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

  /** The first `count` rows (a page at least), fetched in pieces the contract allows. */
  const load = useCallback(
    async (count: number) => {
      const page = await api.board.list({ ...filter, limit: Math.min(BOARD_MAX_PAGE, count) });
      while (page.rows.length < Math.min(count, page.total)) {
        const more = await api.board.list({
          ...filter,
          limit: Math.min(BOARD_MAX_PAGE, count - page.rows.length),
          offset: page.rows.length,
        });
        if (more.rows.length === 0) break;
        page.rows.push(...more.rows);
      }
      return page;
    },
    [api, filter],
  );
  // A new filter starts from its first page; a change on a row reloads as many rows as are shown.
  useEffect(() => {
    let live = true;
    load(BOARD_PAGE).then(
      (page) => {
        if (!live) return;
        setBoard(page);
        setFailure(null);
        setAnswered(() => load);
      },
      (e: unknown) => {
        if (!live) return;
        setFailure(errorText(e));
        setAnswered(() => load);
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  const loading = answered !== load;
  const reload = () => load(Math.max(BOARD_PAGE, rows.length)).then(setBoard);

  async function showMore() {
    const shown = rows.length;
    const page = await api.board.list({ ...filter, limit: BOARD_PAGE, offset: shown });
    // The keyboard goes on from the first row brought, once it is on the page.
    focusRow.current = shown;
    setBoard({ rows: [...rows, ...page.rows], total: page.total });
  }
  useEffect(() => {
    if (focusRow.current === null) return;
    table.current?.rows.item(focusRow.current)?.focus();
    focusRow.current = null;
  }, [board]);
  useEffect(() => {
    void run(() => api.organizations.list({}).then(setOrganizations));
  }, [api, run]);

  async function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: BoardRow) {
    const digit = /^Digit([1-4])$/.exec(e.code)?.[1];
    if (digit) {
      e.preventDefault();
      const status = statusOrder[Number(digit) - 1]!;
      await action.run(async () => {
        await api.resolutions.setStatus({ id: row.id, status });
        await reload();
      });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      setOpen(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  }

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
          choices={organizations}
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
      {open && (
        <FollowUpPanel
          key={open.id}
          row={open}
          onChanged={() => void action.run(reload)}
          onClose={() => setOpen(null)}
        />
      )}
      {loading && (
        <p className="muted" role="status">
          {fa.common.loading}
        </p>
      )}
      <FormError message={failure ?? action.error} />
      {board && !loading && !failure && rows.length === 0 && <p>{fa.followUp.boardEmpty}</p>}
      {board && rows.length > 0 && (
        <p className="muted" aria-live="polite">
          {rows.length === board.total
            ? fa.followUp.boardAll(faNumber(board.total))
            : fa.followUp.boardShown(faNumber(rows.length), faNumber(board.total))}
        </p>
      )}
      {rows.length > 0 && (
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
          <tbody ref={table}>
            {rows.map((r) => (
              <tr
                key={r.id}
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
            ))}
          </tbody>
        </table>
      )}
      {board && rows.length < board.total && (
        <Button isDisabled={action.pending} onPress={() => void action.run(showMore)}>
          {fa.followUp.boardMore(faNumber(Math.min(BOARD_PAGE, board.total - rows.length)))}
        </Button>
      )}
    </section>
  );
}
