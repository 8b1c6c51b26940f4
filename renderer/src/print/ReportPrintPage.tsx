// The print page of a year report (`?print=report&group=ID&year=1398`): the sheet with its charts,
// then `data-print-ready` once its data, the charts' code, the fonts and every chart's bars are in
// (as PrintPage does for minutes).
import { useEffect, useState } from 'react';
import type { Api } from '../api/client';
import { chartsDrawn } from './charts-drawn';
import { ReportSheet, yearReportTitle, type YearCharts, type YearReport } from './ReportSheet';
import './print.css';

export function ReportPrintPage({ api, groupId, year }: { api: Api; groupId: string; year: number }) {
  const [loaded, setLoaded] = useState<{ report: YearReport; charts: YearCharts } | null>(null);
  useEffect(() => {
    const input = { workingGroupId: groupId, year };
    Promise.all([
      api.reports.annual(input),
      api.reports.attendance(input),
      api.reports.responsible(input),
      api.reports.monthly(input),
      import('../components/charts/YearCharts'),
    ]).then(
      ([annual, attendance, responsible, monthly, charts]) =>
        setLoaded({ report: { annual, attendance, responsible, monthly }, charts }),
      (e: unknown) => {
        document.documentElement.dataset.printError = e instanceof Error ? e.message : String(e);
      },
    );
  }, [api, groupId, year]);
  useEffect(() => {
    if (!loaded) return;
    // The PDF's Title is the document's <title>: the report's title line.
    document.title = yearReportTitle(loaded.report);
    void chartsDrawn()
      .then(() => document.fonts.ready)
      .then(() => {
        document.documentElement.dataset.printReady = 'true';
      });
  }, [loaded]);
  return loaded ? <ReportSheet report={loaded.report} charts={loaded.charts} /> : null;
}
