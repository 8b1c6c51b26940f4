// The session editor: every part reachable from the keyboard, every change autosaved.
// Header, agenda, discussion, resolutions, attendance and signatories, in the order of the printed minutes.
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Organization, SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AttendanceEditor } from './AttendanceEditor';
import { AutosaveField } from './AutosaveField';
import { DiscussionEditor } from './DiscussionEditor';
import { OrderedTextList } from './OrderedTextList';
import { ResolutionsEditor } from './ResolutionsEditor';
import { SaveIndicator, SaveStatusProvider } from './save-status';
import { SignatoriesEditor } from './SignatoriesEditor';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function SessionEditor({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const api = useApi();
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  // Reloaded after adds, moves and deletes; autosaved fields keep what is typed meanwhile.
  const reload = useCallback(
    () =>
      Promise.all([api.sessions.get({ id: sessionId }), api.organizations.list({})]).then(
        ([s, o]) => {
          setSession(s);
          setOrganizations(o);
        },
        (e: unknown) => setFailure(String(e instanceof Error ? e.message : e)),
      ),
    [api, sessionId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  if (failure) return <p role="alert">{failure}</p>;
  if (!session) return <p>{fa.loading}</p>;
  const id = session.id;
  return (
    <SaveStatusProvider>
      <article className="session-editor" aria-labelledby="session-title">
        <div className="content-header">
          <h3 id="session-title">
            {fa.session} {faDigits(session.number)} {fa.year} {faDigits(session.year)}
          </h3>
          <SaveIndicator />
          <Button className="secondary" onPress={onClose}>
            {fa.back}
          </Button>
        </div>
        <SessionHeader session={session} onDateSaved={reload} />
        <section className="editor-section" aria-labelledby="agenda-heading">
          <h4 id="agenda-heading">{fa.agenda}</h4>
          <OrderedTextList
            draftKey={`${id}.agenda`}
            label={fa.agenda}
            addLabel={fa.addAgenda}
            items={session.agenda}
            onAdd={(text) => api.agenda.add({ sessionId: id, text }).then(reload)}
            onUpdate={(itemId, text) => api.agenda.update({ id: itemId, text })}
            onMove={(itemId, position) => api.agenda.move({ id: itemId, position }).then(reload)}
            onRemove={(itemId) => api.agenda.remove({ id: itemId }).then(reload)}
          />
        </section>
        <DiscussionEditor sessionId={id} discussion={session.discussion} onChanged={reload} />
        <ResolutionsEditor
          sessionId={id}
          resolutions={session.resolutions}
          organizations={organizations}
          onChanged={reload}
        />
        <AttendanceEditor
          sessionId={id}
          attendance={session.attendance}
          organizations={organizations}
          onChanged={reload}
        />
        <SignatoriesEditor sessionId={id} signatories={session.signatories} onChanged={reload} />
      </article>
    </SaveStatusProvider>
  );
}

function SessionHeader({ session, onDateSaved }: { session: SessionDetail; onDateSaved: () => Promise<unknown> }) {
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
        // The year, number and due dates follow the date: show them again.
        save={(v) => api.sessions.update({ id, date: v }).then(onDateSaved)}
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
