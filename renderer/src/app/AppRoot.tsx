// The app with its read cache: the API every screen writes through tells the cache what each
// write changed (api/write-effects.ts); the first screen's reads start from the answers main.tsx
// asked for while this code loaded.
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createApi } from '../api/client';
import type { Transport } from '../api/transport';
import { ApiContext } from '../api/use-api';
import { createReadCache } from '../api/use-read';
import { App } from './App';
import { seedStart, type Start } from './start';

export function appRoot(transport: Transport, first: Promise<Start>): ReactNode {
  const { cache, answered } = createReadCache();
  const api = createApi(transport, answered);
  seedStart(cache, first);
  return (
    <QueryClientProvider client={cache}>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
