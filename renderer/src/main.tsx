// Renderer entry: picks the transport (Electron IPC or the browser host), then mounts either the
// app or, for `?print=…`, the print page alone (what printers load to make a PDF).
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { defaultTransport } from './api/transport';
import { ApiContext } from './api/use-api';
import { loadStart } from './app/start';
import { AttendanceSheetPage } from './print/AttendanceSheet';
import { InvitationPrintPage } from './print/InvitationSheet';
import { LettersPrintPage } from './print/LetterSheet';
import { whichLettersOf } from './print/letters-query';
import { PrintPage } from './print/PrintPage';
import { ReportPrintPage } from './print/ReportPrintPage';

const transport = defaultTransport();
const root = document.getElementById('root');
const params = new URLSearchParams(window.location.search);

function mount(node: ReactNode): void {
  if (root) createRoot(root).render(<StrictMode>{node}</StrictMode>);
}

// The print page is small and part of this entry (no second round trip before printing); the
// app is loaded on demand, so the print page carries neither its code, its read cache nor its styles.
// A print page reads its document once and is closed: it needs no cache.
const printing = params.get('print');
if (printing === 'minutes' || printing === 'report' || printing === 'attendance' || printing === 'invitation') {
  const api = createApi(transport);
  const session = params.get('session') ?? '';
  mount(
    <ApiContext.Provider value={api}>
      {printing === 'minutes' ? (
        <PrintPage api={api} sessionId={session} amendmentId={params.get('amendment')} />
      ) : printing === 'attendance' ? (
        <AttendanceSheetPage api={api} sessionId={session} />
      ) : printing === 'invitation' ? (
        <InvitationPrintPage
          api={api}
          sessionId={session}
          organizationId={params.get('organization')}
          mode={params.get('mode')}
        />
      ) : (
        <ReportPrintPage api={api} groupId={params.get('group') ?? ''} year={Number(params.get('year'))} />
      )}
    </ApiContext.Provider>,
  );
} else if (printing === 'letters') {
  const api = createApi(transport);
  mount(
    <ApiContext.Provider value={api}>
      <LettersPrintPage api={api} which={whichLettersOf(params)} />
    </ApiContext.Provider>,
  );
} else {
  // The first screen's data is asked for while the app's code loads, not after.
  const first = loadStart(createApi(transport));
  first.catch(() => undefined); // the app shows the failure once it is up
  void Promise.all([import('./app/AppRoot'), import('./styles.css')]).then(([{ appRoot }]) =>
    mount(appRoot(transport, first)),
  );
}
