// Headquarters' main screen: the provinces side by side, its own national working groups and
// sessions (drafted and finalised as in a province), its national resolutions with every
// province's follow-up and the directive bundle, every province's resolutions on one board,
// importing bundles, the registered secretariats; an imported group's sessions read-only; the
// calendar of its own sessions.
import { startTransition, Suspense, useState } from 'react';
import type { Secretariat, WorkingGroup } from '../../../electron/contract';
import { GroupsContent, GroupsSidebar, type GroupView } from './GroupsPane';
import { Backups, Board, SessionCalendar } from './screens';
import { Button } from 'react-aria-components';
import { useRead } from '../api/use-read';
import { SearchBox } from '../features/search/SearchBox';
import { MinutesRecord } from '../features/minutes/MinutesRecord';
import { SectionNav } from '../components/SectionNav';
import { fa } from '../i18n/fa';
import { NationalMatrix } from '../features/national/NationalMatrix';
import { GroupSessions } from '../features/headquarters/GroupSessions';
import { ImportBundles } from '../features/headquarters/ImportBundles';
import { Overview, type ChosenGroup } from '../features/headquarters/Overview';
import { Secretariats } from '../features/headquarters/Secretariats';

type Section = 'overview' | 'groups' | 'calendar' | 'national' | 'board' | 'import' | 'secretariats' | 'backups';

export function HeadquartersHome({ secretariat, groups }: { secretariat: Secretariat; groups: WorkingGroup[] }) {
  const [section, setSection] = useState<Section>('overview');
  const [group, setGroup] = useState<ChosenGroup | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<GroupView>('sessions');
  const [openSession, setOpenSession] = useState<string | null>(null);
  const selected = groups.find((g) => g.id === chosen) ?? groups[0];
  const state = { selected, view, openSession, choose: setChosen, setView, setOpenSession };
  const secretariats = useRead('headquarters.secretariats', {});
  // A province's session opened from the search box: its record, read-only.
  const [viewing, setViewing] = useState<string | null>(null);
  const provinces =
    secretariats.state === 'ready' ? secretariats.value.map((s) => ({ id: s.id, name: s.province })) : [];

  return (
    <div className={section === 'groups' ? 'app hq' : 'app app-hq hq'}>
      <header className="app-header">
        <h1>
          {fa.app.appName} — {fa.common.headquarters}
        </h1>
        <p>{secretariat.name}</p>
        <SectionNav
          label={fa.headquarters.hqSections}
          sections={[
            ['overview', fa.headquarters.hqOverview],
            ['groups', fa.national.sectionGroups],
            ['calendar', fa.app.sectionCalendar],
            ['national', fa.national.sectionNational],
            ['board', fa.national.sectionBoard],
            ['import', fa.headquarters.hqImport],
            ['secretariats', fa.headquarters.hqSecretariats],
            ['backups', fa.app.sectionBackups],
          ]}
          current={section}
          onChoose={(key) =>
            startTransition(() => {
              setSection(key);
              setGroup(null);
              setViewing(null);
            })
          }
        />
        <SearchBox
          groups={groups}
          provinces={provinces}
          onOpenSession={(id, province) =>
            startTransition(() => {
              if (province === null) {
                setSection('groups');
                setOpenSession(id);
              } else setViewing(id);
            })
          }
        />
      </header>
      {section === 'groups' && <GroupsSidebar groups={groups} state={state} />}
      <main className="content">
        <Suspense fallback={<p className="loading">{fa.common.loading}</p>}>
          {viewing ? (
            <section aria-labelledby="hq-viewing-heading" className="headquarters">
              <div className="content-header no-print">
                <h2 id="hq-viewing-heading">{fa.headquarters.searchedSession}</h2>
                <Button className="secondary" onPress={() => setViewing(null)}>
                  {fa.common.back}
                </Button>
              </div>
              <p className="muted no-print">{fa.headquarters.readOnlyNotice}</p>
              <MinutesRecord sessionId={viewing} readOnly />
            </section>
          ) : section === 'import' ? (
            <ImportBundles />
          ) : section === 'secretariats' ? (
            <Secretariats />
          ) : section === 'backups' ? (
            <Backups />
          ) : section === 'groups' ? (
            <GroupsContent state={state} province={secretariat.province} />
          ) : section === 'calendar' ? (
            <SessionCalendar
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
          ) : section === 'national' ? (
            <NationalMatrix />
          ) : section === 'board' ? (
            <Board groups={groups} provinces={provinces} />
          ) : group ? (
            <GroupSessions group={group} onBack={() => setGroup(null)} />
          ) : (
            <Overview onOpenGroup={setGroup} />
          )}
        </Suspense>
      </main>
    </div>
  );
}
