// The provinces side by side: per province and working group, sessions held, resolutions by
// status, overdue ones and attendance, for one year or all, with the national totals underneath;
// above it, each province's resolutions as a chart (loaded on demand: recharts is large).
import { lazy, Suspense, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Tally } from '../../../../electron/contract';
import { problemOf, useRead } from '../../api/use-read';
import { YearFilter, yearOf } from '../../components/Filters';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { FormError } from '../../components/FormError';

const ProvincesChart = lazy(() => import('../../components/charts/ProvincesChart'));

export interface ChosenGroup {
  id: string;
  name: string;
  province: string;
}

function rate(t: Tally): string {
  const lines = t.present + t.absent;
  return lines === 0 ? '—' : fa.common.percent(faDigits(Math.round((100 * t.present) / lines)));
}

function Figures({ t }: { t: Tally }) {
  return (
    <>
      <td className="numeric">
        {faDigits(t.sessions)} ({faDigits(t.finalSessions)})
      </td>
      <td className="numeric">{faDigits(t.resolutions)}</td>
      <td className="numeric">{faDigits(t.byStatus.done)}</td>
      <td className="numeric">{faDigits(t.byStatus.in_progress)}</td>
      <td className="numeric">{faDigits(t.byStatus.not_started)}</td>
      <td className="numeric">{faDigits(t.byStatus.cancelled)}</td>
      <td className="numeric">{faDigits(t.overdue)}</td>
      <td className="numeric">{rate(t)}</td>
    </>
  );
}

export function Overview({ onOpenGroup }: { onOpenGroup: (g: ChosenGroup) => void }) {
  const [year, setYear] = useState('');
  const y = yearOf(year);
  // Typed but not a year: keep the last table rather than show every year.
  const pending = year.trim() !== '' && y === undefined;
  const read = useRead('headquarters.overview', pending ? null : { year: y ?? null }, { keepPrevious: true });
  const data = read.state === 'ready' ? read.value : null;

  return (
    <section aria-labelledby="overview-heading" className="headquarters">
      <h2 id="overview-heading">{fa.headquarters.hqOverview}</h2>
      <div className="filters">
        <YearFilter value={year} onChange={setYear} />
        <span className="muted">{fa.headquarters.emptyYearAll}</span>
      </div>
      <FormError message={problemOf(read)} />
      {data && data.rows.length === 0 && <p className="empty">{fa.headquarters.noImports}</p>}
      {data && data.rows.length > 0 && (
        <Suspense fallback={null}>
          <ProvincesChart rows={data.rows} />
        </Suspense>
      )}
      {data && data.rows.length > 0 && (
        <table className="session-table overview">
          <thead>
            <tr>
              <th scope="col">{fa.common.province}</th>
              <th scope="col">{fa.common.secretariat}</th>
              <th scope="col">{fa.headquarters.workingGroup}</th>
              <th scope="col">{fa.headquarters.sessionsFinal}</th>
              <th scope="col">{fa.headquarters.resolutionsCount}</th>
              <th scope="col">{fa.common.statuses.done}</th>
              <th scope="col">{fa.common.statuses.in_progress}</th>
              <th scope="col">{fa.common.statuses.not_started}</th>
              <th scope="col">{fa.common.statuses.cancelled}</th>
              <th scope="col">{fa.common.overdue}</th>
              <th scope="col">{fa.headquarters.attendanceRate}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.workingGroupId}>
                <th scope="row">{r.province}</th>
                <td>{r.secretariatName}</td>
                <td>
                  <Button
                    className="link"
                    onPress={() =>
                      onOpenGroup({ id: r.workingGroupId, name: r.workingGroupName, province: r.province })
                    }
                  >
                    {r.workingGroupName}
                  </Button>
                </td>
                <Figures t={r} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {fa.headquarters.nationalTotals}
              </th>
              <Figures t={data.totals} />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
