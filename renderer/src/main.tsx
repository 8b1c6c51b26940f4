// Renderer entry: picks the transport (Electron IPC or the browser host), then mounts either the
// app or, for `?print=…`, the print page alone (what printers load to make a PDF).
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { defaultTransport } from './api/transport';
import { ApiContext } from './app/api-context';
import { loadStart } from './app/start';
import { PrintPage } from './print/PrintPage';
import { ReportPrintPage } from './print/ReportPrintPage';

const api = createApi(defaultTransport());
const root = document.getElementById('root');
const params = new URLSearchParams(window.location.search);

function mount(node: ReactNode): void {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api}>{node}</ApiContext.Provider>
    </StrictMode>,
  );
}

// The print page is small and part of this entry (no second round trip before printing); the
// app is loaded on demand, so the print page carries neither its code nor its styles.
if (params.get('print') === 'minutes') {
  mount(<PrintPage api={api} sessionId={params.get('session') ?? ''} amendmentId={params.get('amendment')} />);
} else if (params.get('print') === 'report') {
  mount(<ReportPrintPage api={api} groupId={params.get('group') ?? ''} year={Number(params.get('year'))} />);
} else {
  // The first screen's data is asked for while the app's code loads, not after.
  const first = loadStart(api);
  first.catch(() => undefined); // the app shows the failure once it is up
  void Promise.all([import('./app/App'), import('./styles.css')]).then(([{ App }]) => mount(<App first={first} />));
}
