// A working group's year in figures: the report sheet on screen (the print view itself), printed
// from the window, saved as PDF through the same printer as the minutes, or each report as Excel.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { ChoiceFilter, YearFilter, yearOf } from '../../components/Filters';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { ReportSheet } from '../../print/ReportSheet';
import { saveFile } from '../minutes/download';
import { errorText } from '../../api/error-text';

const excelReports = [
  ['annual', fa.reports.annualReport],
  ['attendance', fa.reports.attendanceReport],
  ['responsible', fa.reports.responsibleReport],
] as const;

export function Reports({ groups }: { groups: WorkingGroup[] }) {
  const api = useApi();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [year, setYear] = useState(faDigits(todayJalali().slice(0, 4)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const y = yearOf(year) ?? 0;
  const validYear = y !== 0;
  // Until a group and a whole year are chosen, the last report stays.
  const asked = groupId && validYear ? { workingGroupId: groupId, year: y } : null;
  const annual = useRead('reports.annual', asked, { keepPrevious: true });
  const attendance = useRead('reports.attendance', asked, { keepPrevious: true });
  const responsible = useRead('reports.responsible', asked, { keepPrevious: true });
  const report =
    annual.state === 'ready' && attendance.state === 'ready' && responsible.state === 'ready'
      ? { annual: annual.value, attendance: attendance.value, responsible: responsible.value }
      : null;
  const said = error ?? problemOf(annual, attendance, responsible);

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
        <YearFilter value={year} onChange={setYear} />
      </div>
      <div className="record-toolbar no-print" role="toolbar" aria-label={fa.app.sectionReports}>
        <Button className="secondary" onPress={() => window.print()}>
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
      {report && (
        <div className="print-area">
          <ReportSheet report={report} />
        </div>
      )}
    </section>
  );
}
