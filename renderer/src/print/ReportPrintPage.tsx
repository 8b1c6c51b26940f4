// The print page of a year report (`?print=report&group=ID&year=1398`): the sheet alone, then
// `data-print-ready` once its data and fonts are in (as PrintPage does for minutes).
import { useEffect, useState } from 'react';
import type { Api } from '../api/client';
import { ReportSheet, yearReportTitle, type YearReport } from './ReportSheet';
import './print.css';

export function ReportPrintPage({ api, groupId, year }: { api: Api; groupId: string; year: number }) {
  const [report, setReport] = useState<YearReport | null>(null);
  useEffect(() => {
    Promise.all([
      api.reports.annual({ workingGroupId: groupId, year }),
      api.reports.attendance({ workingGroupId: groupId, year }),
      api.reports.responsible({ workingGroupId: groupId, year }),
    ]).then(
      ([annual, attendance, responsible]) => setReport({ annual, attendance, responsible }),
      (e: unknown) => {
        document.documentElement.dataset.printError = e instanceof Error ? e.message : String(e);
      },
    );
  }, [api, groupId, year]);
  useEffect(() => {
    if (!report) return;
    // The PDF's Title is the document's <title>: the report's title line.
    document.title = yearReportTitle(report);
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = 'true';
    });
  }, [report]);
  return report ? <ReportSheet report={report} /> : null;
}
