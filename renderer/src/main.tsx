// Renderer entry: picks the transport (Electron IPC or the browser host) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { defaultTransport } from './api/transport';
import { App } from './app/App';
import { ApiContext } from './app/api-context';
import './styles.css';

const api = createApi(defaultTransport());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}
