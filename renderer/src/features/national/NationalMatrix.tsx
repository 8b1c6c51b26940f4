// Headquarters' national resolutions: each with how its provinces stand (from their bundles) and,
// opened, every assigned province's status, due date and last report; each province's completion;
// the directive bundle to send them; printable, and as Excel.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { NationalResolution } from '../../../../electron/contract';
import { formatDeadline } from '../../../../electron/contract/deadline-text';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { YearFilter, yearOf } from '../../components/Filters';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { saveFile } from '../minutes/download';
import { DirectiveExport } from './DirectiveExport';

const percent = (v: number | null) => (v === null ? '—' : fa.common.percent(faDigits(Math.round(v * 100))));

function counts(r: NationalResolution) {
  const c = { done: 0, in_progress: 0, not_started: 0, cancelled: 0, noWord: 0, overdue: 0 };
  for (const p of r.provinces) {
    if (p.status === null) c.noWord++;
    else c[p.status]++;
    if (p.overdue) c.overdue++;
  }
  return c;
}

function Provinces({ r }: { r: NationalResolution }) {
  return (
    <table className="session-table national-provinces">
      <thead>
        <tr>
          <th scope="col">{fa.national.province}</th>
          <th scope="col">{fa.common.statusFilter}</th>
          <th scope="col">{fa.national.dueDate}</th>
          <th scope="col">{fa.national.reports}</th>
          <th scope="col">{fa.national.lastReport}</th>
        </tr>
      </thead>
      <tbody>
        {r.provinces.map((p) => (
          <tr key={p.province} data-overdue={p.overdue || undefined}>
            <th scope="row">{p.province}</th>
            <td>
              {p.status === null ? fa.national.noWord : fa.common.statuses[p.status]}
              {p.overdue && <span className="tag overdue">{fa.common.overdue}</span>}
            </td>
            <td>{p.dueDate ? faDigits(p.dueDate) : fa.common.noDueDate}</td>
            <td className="numeric">{faDigits(p.reports)}</td>
            <td>{p.lastReport ? `${faDigits(p.lastReport.date)}: ${p.lastReport.text}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NationalMatrix() {
  const api = useApi();
  const [year, setYear] = useState(todayJalali().slice(0, 4));
  const y = yearOf(year);
  const read = useRead('national.matrix', y === undefined ? null : { year: y }, { keepPrevious: true });
  const data = read.state === 'ready' ? read.value : null;
  const [error, setError] = useState<string | null>(null);

  async function excel() {
    if (y === undefined) return;
    setError(null);
    try {
      saveFile(await api.national.xlsx({ year: y }));
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section aria-labelledby="national-heading" className="headquarters">
      <h2 id="national-heading">{fa.national.sectionNational}</h2>
      <p className="muted no-print">{fa.national.matrixIntro}</p>
      <DirectiveExport />
      <div className="filters no-print">
        <YearFilter value={year} onChange={setYear} />
        <Button className="secondary" isDisabled={y === undefined} onPress={() => window.print()}>
          {fa.common.print}
        </Button>
        <Button className="secondary" isDisabled={y === undefined} onPress={() => void excel()}>
          {fa.national.xlsx}
        </Button>
      </div>
      <FormError message={problemOf(read) ?? error} />
      {data && data.resolutions.length === 0 && <p className="empty">{fa.national.noNational}</p>}
      {data && data.resolutions.length > 0 && (
        <>
          <table className="session-table national">
            <thead>
              <tr>
                <th scope="col">{fa.common.session}</th>
                <th scope="col">{fa.common.row}</th>
                <th scope="col">{fa.common.resolutionBody}</th>
                <th scope="col">{fa.national.assignedTo}</th>
                <th scope="col">{fa.common.statuses.done}</th>
                <th scope="col">{fa.common.statuses.in_progress}</th>
                <th scope="col">{fa.common.statuses.not_started}</th>
                <th scope="col">{fa.national.noWord}</th>
                <th scope="col">{fa.common.overdue}</th>
              </tr>
            </thead>
            <tbody>
              {data.resolutions.map((r) => {
                const c = counts(r);
                return (
                  <tr key={r.id}>
                    <td>{fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))}</td>
                    <td className="numeric">{faDigits(r.row)}</td>
                    <td>
                      <details>
                        <summary>
                          <span className="board-body">{r.title ? `${r.title}: ${r.body}` : r.body}</span>
                          <span className="muted"> ({formatDeadline(r.deadline) || fa.common.noDueDate})</span>
                        </summary>
                        <Provinces r={r} />
                      </details>
                    </td>
                    <td>{r.toAll ? fa.national.toAll : fa.national.toNamed(faDigits(r.provinces.length))}</td>
                    <td className="numeric">{faDigits(c.done)}</td>
                    <td className="numeric">{faDigits(c.in_progress)}</td>
                    <td className="numeric">{faDigits(c.not_started)}</td>
                    <td className="numeric">{faDigits(c.noWord)}</td>
                    <td className="numeric">{faDigits(c.overdue)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{fa.national.provincesTable}</h3>
          <table className="session-table national-summary">
            <thead>
              <tr>
                <th scope="col">{fa.national.province}</th>
                <th scope="col">{fa.national.assigned}</th>
                <th scope="col">{fa.common.statuses.done}</th>
                <th scope="col">{fa.common.statuses.in_progress}</th>
                <th scope="col">{fa.common.statuses.not_started}</th>
                <th scope="col">{fa.national.noWord}</th>
                <th scope="col">{fa.common.overdue}</th>
                <th scope="col">{fa.national.unreported}</th>
                <th scope="col">{fa.national.completion}</th>
              </tr>
            </thead>
            <tbody>
              {data.provinces.map((p) => (
                <tr key={p.province}>
                  <th scope="row">{p.province}</th>
                  <td className="numeric">{faDigits(p.assigned)}</td>
                  <td className="numeric">{faDigits(p.byStatus.done)}</td>
                  <td className="numeric">{faDigits(p.byStatus.in_progress)}</td>
                  <td className="numeric">{faDigits(p.byStatus.not_started)}</td>
                  <td className="numeric">{faDigits(p.noWord)}</td>
                  <td className="numeric">{faDigits(p.overdue)}</td>
                  <td className="numeric">{faDigits(p.unreported)}</td>
                  <td className="numeric">{percent(p.completion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
