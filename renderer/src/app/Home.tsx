// The main screen: «امروز» first (what needs attention, each group's next and last session, the
// year so far), then the working groups with the chosen group's sessions beside them; the
// calendar of sessions, the open-resolutions board, the reports, the letters to responsible
// bodies and «ارسال به ستاد» one press away; the search box always in the header. A figure of «امروز» opens the board with its filter,
// a session, or the year's report. The working groups stand beside their own screens only: the
// others take the whole width (they have their own group filter or none).
import { startTransition, Suspense, useEffect, useState } from 'react';
import type { Secretariat, WorkingGroup } from '../../../electron/contract';
import { SectionNav } from '../components/SectionNav';
import type { BoardStart } from '../features/follow-up/Board';
import { SearchBox } from '../features/search/SearchBox';
import { Today } from '../features/today/Today';
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
  SessionCalendar,
} from './screens';

/** `groups` is the root's read: a group added or renamed shows here once its write is answered. */
type Section = 'today' | 'groups' | 'calendar' | 'board' | 'reports' | 'letters' | 'past' | 'send' | 'backups';

/** `firstSection`: «امروز», or the working groups right after first-run setup. */
export function Home({
  secretariat,
  groups,
  firstSection = 'today',
}: {
  secretariat: Secretariat;
  groups: WorkingGroup[];
  firstSection?: 'today' | 'groups';
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<GroupView>('sessions');
  const [openSessionId, setOpenSession] = useState<string | null>(null);
  const [section, setSection] = useState<Section>(firstSection);
  // What a figure of «امروز» opened the board or the reports with; the screen keyed by it starts anew.
  const [boardStart, setBoardStart] = useState<{ key: number; start: BoardStart }>({ key: 0, start: {} });
  const [reportsYear, setReportsYear] = useState<number | undefined>(undefined);
  const selected = groups.find((g) => g.id === chosen) ?? groups[0];
  const state: GroupsState = {
    selected,
    view,
    openSession: openSessionId,
    choose: setChosen,
    setView,
    setOpenSession,
  };
  const wide = section !== 'groups';
  const openSession = (id: string, groupId: string) =>
    startTransition(() => {
      setChosen(groupId);
      setView('sessions');
      setOpenSession(id);
      setSection('groups');
    });
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
            ['today', fa.today.section],
            ['groups', fa.app.sectionGroups],
            ['calendar', fa.app.sectionCalendar],
            ['board', fa.app.sectionBoard],
            ['reports', fa.app.sectionReports],
            ['letters', fa.letters.lettersScreen],
            ['past', fa.app.sectionPastMinutes],
            ['send', fa.app.sectionSend],
            ['backups', fa.app.sectionBackups],
          ]}
          current={section}
          onChoose={(next) =>
            startTransition(() => {
              // Chosen from the navigation, the board and the reports start with no filter.
              if (next === 'board') setBoardStart((b) => ({ key: b.key + 1, start: {} }));
              if (next === 'reports') setReportsYear(undefined);
              setSection(next);
            })
          }
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
          {section === 'today' ? (
            <Today
              onOpenSession={openSession}
              onOpenBoard={(start) =>
                startTransition(() => {
                  setBoardStart((b) => ({ key: b.key + 1, start }));
                  setSection('board');
                })
              }
              onOpenReports={(year) =>
                startTransition(() => {
                  setReportsYear(year);
                  setSection('reports');
                })
              }
            />
          ) : section === 'calendar' ? (
            <SessionCalendar groups={groups} onOpenSession={openSession} />
          ) : section === 'board' ? (
            <Board key={boardStart.key} groups={groups} start={boardStart.start} />
          ) : section === 'reports' ? (
            <Reports key={reportsYear ?? 'latest'} groups={groups} year={reportsYear} />
          ) : section === 'letters' ? (
            <LettersScreen groups={groups} />
          ) : section === 'past' ? (
            <PastMinutesImport groups={groups} onOpenSession={openSession} />
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
