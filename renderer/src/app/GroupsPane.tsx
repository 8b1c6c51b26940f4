// A secretariat's own working groups: the list beside the chosen group's sessions, its setup, a
// new group, and a session opened in the editor. A province's home shows it, and headquarters'
// for its national groups; the state is the home's, so search and other screens can open a session.
import { startTransition } from 'react';
import { Button } from 'react-aria-components';
import type { WorkingGroup } from '../../../electron/contract';
import { fa } from '../i18n/fa';
import { GroupSetup, SessionEditor } from './screens';
import { SessionList } from '../features/sessions/SessionList';
import { NewGroupForm } from '../features/working-groups/NewGroupForm';
import { WorkingGroupList } from '../features/working-groups/WorkingGroupList';

export type GroupView = 'sessions' | 'setup' | 'new';

export interface GroupsState {
  selected: WorkingGroup | undefined;
  view: GroupView;
  openSession: string | null;
  choose: (id: string) => void;
  setView: (view: GroupView) => void;
  setOpenSession: (id: string | null) => void;
}

export function GroupsSidebar({ groups, state }: { groups: WorkingGroup[]; state: GroupsState }) {
  return (
    <nav className="sidebar" aria-label={fa.workingGroups.workingGroups}>
      <h2>{fa.workingGroups.workingGroups}</h2>
      <WorkingGroupList
        groups={groups}
        selectedId={state.selected?.id ?? null}
        onSelect={(id) => {
          state.choose(id);
          state.setView('sessions');
          state.setOpenSession(null);
        }}
      />
      <Button
        className="secondary new-group-button"
        onPress={() => {
          state.setOpenSession(null);
          state.setView('new');
        }}
      >
        {fa.workingGroups.newGroup}
      </Button>
    </nav>
  );
}

export function GroupsContent({ state, province }: { state: GroupsState; province: string }) {
  const { selected, view, openSession } = state;
  if (view === 'new')
    return (
      <NewGroupForm
        province={province}
        onCreated={(g) => {
          state.choose(g.id);
          // A new group is set up next: members, officers, people.
          state.setView('setup');
        }}
        onCancel={() => state.setView('sessions')}
      />
    );
  if (selected && openSession)
    return <SessionEditor key={openSession} sessionId={openSession} onClose={() => state.setOpenSession(null)} />;
  if (!selected) return <p>{fa.app.chooseGroup}</p>;
  return (
    <>
      <div className="content-header">
        <h2>{selected.name}</h2>
        <Button
          className="secondary"
          onPress={() => startTransition(() => state.setView(view === 'sessions' ? 'setup' : 'sessions'))}
        >
          {view === 'sessions' ? fa.workingGroups.groupSetup : fa.common.back}
        </Button>
      </div>
      {view === 'sessions' ? (
        <SessionList workingGroupId={selected.id} onOpen={(id) => startTransition(() => state.setOpenSession(id))} />
      ) : (
        <GroupSetup key={selected.id} group={selected} />
      )}
    </>
  );
}
