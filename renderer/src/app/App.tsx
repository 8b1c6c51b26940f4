// The app's root: first-run setup until the secretariat is named, then the main screen — a
// province's, or headquarters'.
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useQuery } from '../api/use-query';
import { fa } from '../i18n/fa';
import { useApi } from './api-context';
import { HeadquartersHome } from '../features/headquarters/HeadquartersHome';
import { FirstRun } from '../features/setup/FirstRun';
import { Home } from './Home';
import { loadStart, type Start } from './start';
import { FormError } from '../components/FormError';

export function App({ first }: { first?: Promise<Start> }) {
  const api = useApi();
  // Bumped after a change that alters what the root shows (first-run done).
  const [version, setVersion] = useState(0);
  // The first answer was asked for while this code loaded (main.tsx); later ones are asked here.
  const start = useQuery(`start:${version}`, () => (version === 0 && first ? first : loadStart(api)));

  return (
    // Persian text and the Persian (Jalali) calendar for every react-aria component.
    <I18nProvider locale="fa-IR-u-ca-persian">
      {start.state === 'loading' && <p className="loading">{fa.common.loading}</p>}
      {start.state === 'failed' && <FormError message={start.message} />}
      {start.state === 'ready' &&
        (start.value.secretariat === null ? (
          <FirstRun groups={start.value.groups} presetRole={start.value.role} onDone={() => setVersion((v) => v + 1)} />
        ) : start.value.secretariat.role === 'headquarters' ? (
          <HeadquartersHome secretariat={start.value.secretariat} />
        ) : (
          <Home secretariat={start.value.secretariat} groups={start.value.groups} />
        ))}
    </I18nProvider>
  );
}
