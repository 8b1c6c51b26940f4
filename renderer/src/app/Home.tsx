// The main screen: working groups on the right, the chosen group's sessions beside them; the
// open-resolutions board, the reports and «ارسال به ستاد» one press away; the search box always
// in the header.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Secretariat, WorkingGroup } from '../../../electron/contract';
import { Backups } from '../features/backups/Backups';
import { SectionNav } from '../components/SectionNav';
import { Board } from '../features/follow-up/Board';
import { Reports } from '../features/reports/Reports';
import { SearchBox } from '../features/search/SearchBox';
import { SessionEditor } from '../features/sessions/SessionEditor';
import { SessionList } from '../features/sessions/SessionList';
import { SendToHeadquarters } from '../features/sync/SendToHeadquarters';
import { GroupSetup } from '../features/working-groups/GroupSetup';
import { WorkingGroupList } from '../features/working-groups/WorkingGroupList';
import { fa } from '../i18n/fa';

export function Home({ secretariat, groups: loaded }: { secretariat: Secretariat; groups: WorkingGroup[] }) {
  // Kept here so a group renamed in its setup shows its new name in the list at once.
  const [groups, setGroups] = useState(loaded);
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<'sessions' | 'setup'>('sessions');
  const [openSession, setOpenSession] = useState<string | null>(null);
  const [section, setSection] = useState<'groups' | 'board' | 'reports' | 'send' | 'backups'>('groups');
  const selected = groups.find((g) => g.id === chosen) ?? groups[0];

  return (
    <div className="app">
      <header className="app-header">
        <h1>{fa.appName}</h1>
        <p>{secretariat.name}</p>
        <SectionNav
          label={fa.sections}
          sections={[
            ['groups', fa.sectionGroups],
            ['board', fa.sectionBoard],
            ['reports', fa.sectionReports],
            ['send', fa.sectionSend],
            ['backups', fa.sectionBackups],
          ]}
          current={section}
          onChoose={setSection}
        />
        <SearchBox
          groups={groups}
          onOpenSession={(id) => {
            setSection('groups');
            setOpenSession(id);
          }}
        />
      </header>
      <nav className="sidebar" aria-label={fa.workingGroups}>
        <h2>{fa.workingGroups}</h2>
        <WorkingGroupList
          groups={groups}
          selectedId={selected?.id ?? null}
          onSelect={(id) => {
            setChosen(id);
            setView('sessions');
            setOpenSession(null);
            setSection('groups');
          }}
        />
      </nav>
      <main className="content">
        {section === 'board' ? (
          <Board groups={groups} />
        ) : section === 'reports' ? (
          <Reports groups={groups} />
        ) : section === 'send' ? (
          <SendToHeadquarters secretariat={secretariat} />
        ) : section === 'backups' ? (
          <Backups />
        ) : selected && openSession ? (
          <SessionEditor key={openSession} sessionId={openSession} onClose={() => setOpenSession(null)} />
        ) : selected ? (
          <>
            <div className="content-header">
              <h2>{selected.name}</h2>
              <Button className="secondary" onPress={() => setView(view === 'sessions' ? 'setup' : 'sessions')}>
                {view === 'sessions' ? fa.groupSetup : fa.back}
              </Button>
            </div>
            {view === 'sessions' ? (
              <SessionList workingGroupId={selected.id} onOpen={setOpenSession} />
            ) : (
              <GroupSetup
                key={selected.id}
                group={selected}
                onGroupChanged={(g) => setGroups((all) => all.map((x) => (x.id === g.id ? g : x)))}
              />
            )}
          </>
        ) : (
          <p>{fa.chooseGroup}</p>
        )}
      </main>
    </div>
  );
}
