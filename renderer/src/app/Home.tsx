// The main screen: working groups on the right, the chosen group's sessions beside them; the
// open-resolutions board, the reports and «ارسال به ستاد» one press away; the search box always
// in the header. The working groups stand beside their own screens only: the board, the reports,
// «ارسال به ستاد» and the backups take the whole width (they have their own group filter or none).
import { startTransition, Suspense, useEffect, useState } from 'react';
import type { Secretariat, WorkingGroup } from '../../../electron/contract';
import { SectionNav } from '../components/SectionNav';
import { SearchBox } from '../features/search/SearchBox';
import { fa } from '../i18n/fa';
import { GroupsContent, GroupsSidebar, type GroupsState, type GroupView } from './GroupsPane';
import {
  Backups,
  Board,
  LettersScreen,
  PastMinutesImport,
  preloadProvinceScreens,
  Reports,
  SendToHeadquarters,
} from './screens';

/** `groups` is the root's read: a group added or renamed shows here once its write is answered. */
export function Home({ secretariat, groups }: { secretariat: Secretariat; groups: WorkingGroup[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<GroupView>('sessions');
  const [openSession, setOpenSession] = useState<string | null>(null);
  const [section, setSection] = useState<'groups' | 'board' | 'reports' | 'letters' | 'past' | 'send' | 'backups'>(
    'groups',
  );
  const selected = groups.find((g) => g.id === chosen) ?? groups[0];
  const state: GroupsState = { selected, view, openSession, choose: setChosen, setView, setOpenSession };
  const wide = section !== 'groups';
  useEffect(preloadProvinceScreens, []);
  // Screens load on demand (screens.ts): moving to one is a transition (startTransition below), so
  // the current screen stays until the next is ready instead of a «loading» fallback, which React
  // reveals late.

  return (
    <div className={wide ? 'app app-wide' : 'app'}>
      <header className="app-header">
        <h1>{fa.app.appName}</h1>
        <p title={secretariat.name}>{secretariat.name}</p>
        <SectionNav
          label={fa.app.sections}
          sections={[
            ['groups', fa.app.sectionGroups],
            ['board', fa.app.sectionBoard],
            ['reports', fa.app.sectionReports],
            ['letters', fa.letters.lettersScreen],
            ['past', fa.app.sectionPastMinutes],
            ['send', fa.app.sectionSend],
            ['backups', fa.app.sectionBackups],
          ]}
          current={section}
          onChoose={(next) => startTransition(() => setSection(next))}
        />
        <SearchBox
          groups={groups}
          onOpenSession={(id) =>
            startTransition(() => {
              setSection('groups');
              setOpenSession(id);
            })
          }
        />
      </header>
      {!wide && <GroupsSidebar groups={groups} state={state} />}
      <main className="content">
        <Suspense fallback={<p className="loading">{fa.common.loading}</p>}>
          {section === 'board' ? (
            <Board groups={groups} />
          ) : section === 'reports' ? (
            <Reports groups={groups} />
          ) : section === 'letters' ? (
            <LettersScreen groups={groups} />
          ) : section === 'past' ? (
            <PastMinutesImport
              groups={groups}
              onOpenSession={(id, groupId) =>
                startTransition(() => {
                  setChosen(groupId);
                  setView('sessions');
                  setOpenSession(id);
                  setSection('groups');
                })
              }
            />
          ) : section === 'send' ? (
            <SendToHeadquarters secretariat={secretariat} />
          ) : section === 'backups' ? (
            <Backups />
          ) : (
            <GroupsContent state={state} province={secretariat.province} />
          )}
        </Suspense>
      </main>
    </div>
  );
}
