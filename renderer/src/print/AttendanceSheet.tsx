// The attendance sheet signed during the session (`?print=attendance&session=ID`): the session's
// title, date, time and place, then every member on its date in the group's order, with a column
// for the name of who came and one for their signature, and a few empty lines for guests. Then
// `data-print-ready` once its data and fonts are in, as the minutes' print page does.
import { useEffect, useState } from 'react';
import type { AttendanceSheet as Sheet } from '../../../electron/contract';
import type { Api } from '../api/client';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';
import { faPrint } from '../i18n/fa-print';
import { textOf } from './format';
import './print.css';

/** Empty lines after the members, for guests who sign too. */
const GUEST_LINES = 4;

export function AttendanceSheetPage({ api, sessionId }: { api: Api; sessionId: string }) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  useEffect(() => {
    api.attendance.sheet({ sessionId }).then(setSheet, (e: unknown) => {
      document.documentElement.dataset.printError = e instanceof Error ? e.message : String(e);
    });
  }, [api, sessionId]);
  useEffect(() => {
    if (!sheet) return;
    // The PDF's Title is the document's <title>: the sheet's title line.
    document.title = sheetTitle(sheet);
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = 'true';
    });
  }, [sheet]);
  return sheet ? <AttendanceSheet sheet={sheet} /> : null;
}

const sheetTitle = (sheet: Sheet) => fa.attendance.sheetTitle(textOf(sheet)(sheet.title));

export function AttendanceSheet({ sheet }: { sheet: Sheet }) {
  const show = textOf(sheet);
  const rows = [...sheet.members.map((m) => show(m)), ...Array<string>(GUEST_LINES).fill('')];
  return (
    <article className="sheet attendance-sheet" lang="fa" dir="rtl">
      <h1 className="sheet-title">{sheetTitle(sheet)}</h1>
      <dl className="sheet-header">
        <div>
          <dt>{faPrint.date}:</dt>
          <dd>{faDigits(sheet.date)}</dd>
        </div>
        {sheet.startTime && (
          <div>
            <dt>{faPrint.time}:</dt>
            <dd>{faDigits(sheet.startTime)}</dd>
          </div>
        )}
        {sheet.location && (
          <div className="wide">
            <dt>{faPrint.location}:</dt>
            <dd>{show(sheet.location)}</dd>
          </div>
        )}
      </dl>
      <table className="sheet-table attendance-signatures">
        <colgroup>
          <col className="c-row" />
          <col className="c-organization" />
          <col className="c-name" />
          <col className="c-signature" />
        </colgroup>
        <thead>
          <tr>
            {fa.attendance.sheetColumns.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((organization, i) => (
            <tr key={i} data-guest={i >= sheet.members.length || undefined}>
              <td className="sheet-num">{faDigits(i + 1)}</td>
              <td className="sheet-text">{organization}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sheet-reference">{sheet.reference}</p>
    </article>
  );
}
