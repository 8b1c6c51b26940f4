// A working group's year in figures: the report sheet on screen (the print view itself), printed
// from the window, saved as PDF through the same printer as the minutes, or each report as Excel.
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { ChoiceFilter, YearFilter, yearOf } from '../../components/Filters';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { ReportSheet, type YearReport } from '../../print/ReportSheet';
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
  const [report, setReport] = useState<YearReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const y = yearOf(year) ?? 0;
  const validYear = y !== 0;

  useEffect(() => {
    if (!groupId || !validYear) return;
    let current = true;
    Promise.all([
      api.reports.annual({ workingGroupId: groupId, year: y }),
      api.reports.attendance({ workingGroupId: groupId, year: y }),
      api.reports.responsible({ workingGroupId: groupId, year: y }),
    ]).then(
      ([annual, attendance, responsible]) => {
        if (!current) return;
        setReport({ annual, attendance, responsible });
        setError(null);
      },
      (e: unknown) => current && setError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [api, groupId, y, validYear]);

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
      {error && (
        <p role="alert" className="form-error no-print">
          {error}
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
