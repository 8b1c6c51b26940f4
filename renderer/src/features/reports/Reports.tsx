// A working group's year in figures: the report sheet with its charts on screen (the print view
// itself), printed from the window, saved as PDF through the same printer as the minutes, or each
// report as Excel.
// The year is picked from those the group has sessions in, the latest first.
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { ChoiceFilter } from '../../components/Filters';
import * as charts from '../../components/charts/YearCharts';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { ReportSheet } from '../../print/ReportSheet';
import { saveFile } from '../minutes/download';
import { errorText } from '../../api/error-text';

const excelReports = [
  ['annual', fa.reports.annualReport],
  ['attendance', fa.reports.attendanceReport],
  ['responsible', fa.reports.responsibleReport],
] as const;

/** `year`: the year to show first (the home screen's «year so far» opens it), while the group has it. */
export function Reports({ groups, year: startYear }: { groups: WorkingGroup[]; year?: number }) {
  const api = useApi();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [picked, setPicked] = useState(startYear === undefined ? '' : String(startYear));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sessions = useRead('sessions.list', groupId ? { workingGroupId: groupId } : null);
  const years = useMemo(
    () =>
      sessions.state === 'ready'
        ? [...new Set(sessions.value.map((s) => s.year))].sort((a, b) => b - a).map((y) => String(y))
        : [],
    [sessions],
  );
  // The year picked while the group has it, else the group's latest.
  const year = years.includes(picked) ? picked : (years[0] ?? '');
  const y = Number(year);
  const validYear = year !== '';
  // Until a group and a whole year are chosen, the last report stays.
  const asked = groupId && validYear ? { workingGroupId: groupId, year: y } : null;
  const annual = useRead('reports.annual', asked, { keepPrevious: true });
  const attendance = useRead('reports.attendance', asked, { keepPrevious: true });
  const responsible = useRead('reports.responsible', asked, { keepPrevious: true });
  const monthly = useRead('reports.monthly', asked, { keepPrevious: true });
  const report =
    annual.state === 'ready' &&
    attendance.state === 'ready' &&
    responsible.state === 'ready' &&
    monthly.state === 'ready'
      ? {
          annual: annual.value,
          attendance: attendance.value,
          responsible: responsible.value,
          monthly: monthly.value,
        }
      : null;
  const said = error ?? problemOf(sessions, annual, attendance, responsible, monthly);
  const noYears = sessions.state === 'ready' && years.length === 0;

  async function save(job: () => Promise<void>) {
    setBusy(true);
    try {
      await job();
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="reports-heading" className="reports">
      <h2 id="reports-heading" className="no-print">
        {fa.app.sectionReports}
      </h2>
      <div className="filters no-print">
        <ChoiceFilter label={fa.common.reportGroup} value={groupId} onChange={setGroupId} choices={groups} />
        {!noYears && (
          <ChoiceFilter
            label={fa.common.year}
            value={year}
            onChange={setPicked}
            choices={years.map((id) => ({ id, name: faDigits(id) }))}
          />
        )}
      </div>
      {noYears && <p className="no-print">{fa.reports.noSessions}</p>}
      <div className="record-toolbar no-print" role="toolbar" aria-label={fa.app.sectionReports}>
        <Button className="secondary" isDisabled={!validYear} onPress={() => window.print()}>
          {fa.common.print}
        </Button>
        <Button
          className="secondary"
          isDisabled={busy || !validYear}
          onPress={() => void save(async () => saveFile(await api.reports.pdf({ workingGroupId: groupId, year: y })))}
        >
          {busy ? fa.common.preparing : fa.common.savePdf}
        </Button>
        {excelReports.map(([kind, label]) => (
          <Button
            key={kind}
            className="secondary"
            isDisabled={busy || !validYear}
            onPress={() =>
              void save(async () =>
                saveFile(await api.reports.xlsx({ report: kind, workingGroupId: groupId, year: y })),
              )
            }
          >
            {fa.reports.saveExcel}: {label}
          </Button>
        ))}
      </div>
      {said && (
        <p role="alert" className="form-error no-print">
          {said}
        </p>
      )}
      {report && validYear && (
        <div className="print-area">
          <ReportSheet report={report} charts={charts} />
        </div>
      )}
    </section>
  );
}
