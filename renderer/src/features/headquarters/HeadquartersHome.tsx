// Headquarters' main screen: the provinces side by side, importing bundles, the registered
// secretariats; an imported group's sessions and any session opened read-only.
import { useState } from 'react';
import type { Secretariat } from '../../../../electron/contract';
import { SectionNav } from '../../components/SectionNav';
import { fa } from '../../i18n/fa';
import { Backups } from '../backups/Backups';
import { GroupSessions } from './GroupSessions';
import { ImportBundles } from './ImportBundles';
import { Overview, type ChosenGroup } from './Overview';
import { Secretariats } from './Secretariats';

type Section = 'overview' | 'import' | 'secretariats' | 'backups';

export function HeadquartersHome({ secretariat }: { secretariat: Secretariat }) {
  const [section, setSection] = useState<Section>('overview');
  const [group, setGroup] = useState<ChosenGroup | null>(null);

  return (
    <div className="app app-hq">
      <header className="app-header">
        <h1>
          {fa.app.appName} — {fa.common.headquarters}
        </h1>
        <p>{secretariat.name}</p>
        <SectionNav
          label={fa.headquarters.hqSections}
          sections={[
            ['overview', fa.headquarters.hqOverview],
            ['import', fa.headquarters.hqImport],
            ['secretariats', fa.headquarters.hqSecretariats],
            ['backups', fa.app.sectionBackups],
          ]}
          current={section}
          onChoose={(key) => {
            setSection(key);
            setGroup(null);
          }}
        />
      </header>
      <main className="content">
        {section === 'import' ? (
          <ImportBundles />
        ) : section === 'secretariats' ? (
          <Secretariats />
        ) : section === 'backups' ? (
          <Backups />
        ) : group ? (
          <GroupSessions group={group} onBack={() => setGroup(null)} />
        ) : (
          <Overview onOpenGroup={setGroup} />
        )}
      </main>
    </div>
  );
}
