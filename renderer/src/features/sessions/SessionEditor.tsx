// The session editor: every part reachable from the keyboard, every change autosaved.
// This first part holds the header (date, times, place, chair, secretary).
import { Button } from 'react-aria-components';
import type { SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { useQuery } from '../../api/use-query';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from './AutosaveField';
import { SaveIndicator, SaveStatusProvider } from './save-status';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function SessionEditor({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const api = useApi();
  const session = useQuery(sessionId, () => api.sessions.get({ id: sessionId }));
  if (session.state === 'loading') return <p>{fa.loading}</p>;
  if (session.state === 'failed') return <p role="alert">{session.message}</p>;
  return (
    <SaveStatusProvider>
      <article className="session-editor" aria-labelledby="session-title">
        <div className="content-header">
          <h3 id="session-title">
            {fa.session} {faDigits(session.value.number)} {fa.year} {faDigits(session.value.year)}
          </h3>
          <SaveIndicator />
          <Button className="secondary" onPress={onClose}>
            {fa.back}
          </Button>
        </div>
        <SessionHeader session={session.value} />
      </article>
    </SaveStatusProvider>
  );
}

function SessionHeader({ session }: { session: SessionDetail }) {
  const api = useApi();
  const id = session.id;
  const key = (field: string) => `${id}.${field}`;

  return (
    <section className="editor-section header-grid" aria-label={fa.sessionHeader}>
      <AutosaveField
        draftKey={key('date')}
        label={fa.sessionDate}
        serverValue={faDigits(session.date)}
        placeholder={fa.datePlaceholder}
        save={(v) => api.sessions.update({ id, date: v })}
      />
      <AutosaveField
        draftKey={key('startTime')}
        label={fa.startTime}
        serverValue={session.startTime ? faDigits(session.startTime) : ''}
        placeholder="۰۹:۳۰"
        save={(v) => api.sessions.update({ id, startTime: orNull(v) })}
      />
      <AutosaveField
        draftKey={key('endTime')}
        label={fa.endTime}
        serverValue={session.endTime ? faDigits(session.endTime) : ''}
        placeholder="۱۱:۰۰"
        save={(v) => api.sessions.update({ id, endTime: orNull(v) })}
      />
      <AutosaveField
        draftKey={key('location')}
        label={fa.location}
        className="wide"
        serverValue={session.location ?? ''}
        save={(v) => api.sessions.update({ id, location: orNull(v) })}
      />
      <AutosaveField
        draftKey={key('chairName')}
        label={fa.chairName}
        serverValue={session.chair.name ?? ''}
        save={(v) => api.sessions.update({ id, chair: { name: orNull(v) } })}
      />
      <AutosaveField
        draftKey={key('chairTitle')}
        label={fa.chairTitle}
        serverValue={session.chair.title ?? ''}
        save={(v) => api.sessions.update({ id, chair: { title: orNull(v) } })}
      />
      <AutosaveField
        draftKey={key('secretaryName')}
        label={fa.secretaryName}
        serverValue={session.secretary.name ?? ''}
        save={(v) => api.sessions.update({ id, secretary: { name: orNull(v) } })}
      />
      <AutosaveField
        draftKey={key('secretaryTitle')}
        label={fa.secretaryTitle}
        serverValue={session.secretary.title ?? ''}
        save={(v) => api.sessions.update({ id, secretary: { title: orNull(v) } })}
      />
    </section>
  );
}
