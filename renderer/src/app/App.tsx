// The app's root: first-run setup until the secretariat is named, then the main screen — a
// province's, or headquarters'.
import { I18nProvider } from 'react-aria-components';
import { useState } from 'react';
import { failureOf, useRead } from '../api/use-read';
import { fa } from '../i18n/fa';
import { HeadquartersHome } from './HeadquartersHome';
import { FirstRun } from '../features/setup/FirstRun';
import { ImportQueueProvider } from '../features/past-minutes/import-queue';
import { Home } from './Home';
import { FormError } from '../components/FormError';

export function App() {
  // Asked again by themselves after every write that may change them (first run, a group renamed).
  const secretariat = useRead('secretariat.get', {});
  const role = useRead('secretariat.role', {});
  const groups = useRead('workingGroups.list', {});
  const failure = failureOf(secretariat, role, groups);
  // First run stays until it is done: its second step (the first group) may still be refused
  // after the secretariat, read again, is already there.
  const [inFirstRun, setInFirstRun] = useState(false);
  // Just set up: the new group's (empty) sessions come first, to go on with; later starts open «امروز».
  const [justSetUp, setJustSetUp] = useState(false);
  if (secretariat.state === 'ready' && secretariat.value === null && !inFirstRun) setInFirstRun(true);

  return (
    // Persian text and the Persian (Jalali) calendar for every react-aria component.
    <I18nProvider locale="fa-IR-u-ca-persian">
      {failure ? (
        <FormError message={failure} />
      ) : secretariat.state !== 'ready' || role.state !== 'ready' || groups.state !== 'ready' ? (
        <p className="loading">{fa.common.loading}</p>
      ) : secretariat.value === null || inFirstRun ? (
        <FirstRun
          groups={groups.value}
          presetRole={role.value.role}
          onDone={() => {
            setInFirstRun(false);
            setJustSetUp(true);
          }}
        />
      ) : secretariat.value.role === 'headquarters' ? (
        <HeadquartersHome secretariat={secretariat.value} groups={groups.value} />
      ) : (
        // Past minutes being read go on, their outcomes kept, while the secretary opens a review.
        <ImportQueueProvider>
          <Home secretariat={secretariat.value} groups={groups.value} firstSection={justSetUp ? 'groups' : 'today'} />
        </ImportQueueProvider>
      )}
    </I18nProvider>
  );
}
