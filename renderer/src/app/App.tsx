// The first screen: working groups on the right, the chosen group's sessions beside them.
import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { SessionList } from '../features/sessions/SessionList';
import { WorkingGroupList } from '../features/working-groups/WorkingGroupList';
import { fa } from '../i18n/fa';
import { useApi } from './api-context';

export function App() {
  const api = useApi();
  const groups = useQuery('groups', () => api.workingGroups.list({}));
  const [chosen, setChosen] = useState<string | null>(null);
  const selectedId = chosen ?? (groups.state === 'ready' ? (groups.value[0]?.id ?? null) : null);
  const selected = groups.state === 'ready' ? groups.value.find((g) => g.id === selectedId) : undefined;

  return (
    <div className="app">
      <header className="app-header">
        <h1>{fa.appName}</h1>
        <p>{fa.appTagline}</p>
      </header>
      <nav className="sidebar">
        <h2>{fa.workingGroups}</h2>
        {groups.state === 'loading' && <p>{fa.loading}</p>}
        {groups.state === 'failed' && <p role="alert">{groups.message}</p>}
        {groups.state === 'ready' && (
          <WorkingGroupList groups={groups.value} selectedId={selectedId} onSelect={setChosen} />
        )}
      </nav>
      <main className="content">
        {selected ? (
          <>
            <h2>{selected.name}</h2>
            <SessionList workingGroupId={selected.id} />
          </>
        ) : (
          groups.state === 'ready' && groups.value.length > 0 && <p>{fa.chooseGroup}</p>
        )}
      </main>
    </div>
  );
}
