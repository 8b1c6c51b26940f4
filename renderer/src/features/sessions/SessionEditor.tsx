// The session editor: every part reachable from the keyboard, every change autosaved.
// Header, agenda, discussion, resolutions, attendance and signatories, in the order of the printed minutes.
import { Fragment, useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Organization, Person, SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AttendanceEditor } from './AttendanceEditor';
import { AutosaveField } from '../../components/AutosaveField';
import { DiscussionEditor } from './DiscussionEditor';
import { PersonNameField } from '../../components/PersonNameField';
import type { Directory } from './directory';
import { EarlierResolutions } from './EarlierResolutions';
import { OrderedTextList } from './OrderedTextList';
import { ResolutionsEditor } from './ResolutionsEditor';
import { EditHistoryProvider } from '../../components/edit-history';
import { SaveIndicator, SaveStatusProvider } from '../../components/save-status';
import { SignatoriesEditor } from './SignatoriesEditor';
import { MinutesRecord } from '../minutes/MinutesRecord';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormError } from '../../components/FormError';
import { errorText } from '../../api/error-text';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function SessionEditor({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const api = useApi();
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [view, setView] = useState<'edit' | 'record'>('edit');

  // Reloaded after adds, moves and deletes; autosaved fields keep what is typed meanwhile.
  const reload = useCallback(
    () =>
      Promise.all([api.sessions.get({ id: sessionId }), api.organizations.list({}), api.people.list({})]).then(
        ([s, o, p]) => {
          setSession(s);
          // The same list keeps its identity, so the memoised resolution cards are left as they are.
          setOrganizations((prev) => (JSON.stringify(prev) === JSON.stringify(o) ? prev : o));
          setPeople(p);
          setFailure(null);
        },
        (e: unknown) => setFailure(errorText(e)),
      ),
    [api, sessionId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const directory: Directory = {
    people,
    add: (name, title) => api.people.create({ name, title }).then(reload),
  };

  // A session that cannot be read is said in its place; one that cannot be read again after a
  // change stays on screen as it was, with the reason above it.
  if (failure && !session) return <p role="alert">{failure}</p>;
  if (!session) return <p>{fa.common.loading}</p>;
  const id = session.id;
  // A final session is the legal record: it is shown as printed, never as an editor.
  const final = session.status === 'final';
  const name = `${fa.common.session} ${faDigits(session.number)} ${fa.common.year} ${faDigits(session.year)}`;
  const showing = final ? 'record' : view;
  return (
    <SaveStatusProvider>
      <EditHistoryProvider>
        <article className="session-editor" aria-labelledby="session-title">
          <div className="content-header no-print">
            <div className="title-row">
              <h3 id="session-title">{name}</h3>
              <span className={final ? 'badge final' : 'badge'}>{final ? fa.common.final : fa.sessions.draft}</span>
            </div>
            {showing === 'edit' && <SaveIndicator />}
            <FormError message={failure} />
            <div className="header-actions">
              {!final && (
                <Button className="secondary" onPress={() => setView(view === 'edit' ? 'record' : 'edit')}>
                  {view === 'edit' ? fa.common.previewMinutes : fa.sessions.editMinutes}
                </Button>
              )}
              {/* No undo can bring a whole session back: it is asked first, by its name. A final one is never removed. */}
              {!final && (
                <ConfirmButton
                  className="secondary danger"
                  label={fa.sessions.removeSession}
                  title={fa.sessions.removeSessionTitle(name, faDigits(session.date))}
                  confirmLabel={fa.common.removeSessionConfirm}
                  onConfirm={() => api.sessions.remove({ id }).then(onClose)}
                >
                  <p>{fa.sessions.removeSessionBody}</p>
                </ConfirmButton>
              )}
              <Button className="secondary" onPress={onClose}>
                {fa.common.back}
              </Button>
            </div>
          </div>
          {showing === 'record' ? (
            <MinutesRecord sessionId={id} onFinalized={() => void reload()} />
          ) : (
            <>
              <SessionHeader session={session} directory={directory} onChanged={reload} />
              <EarlierResolutions
                sessionId={id}
                date={session.date}
                agenda={session.agenda}
                onAddToAgenda={(text) => api.agenda.add({ sessionId: id, text }).then(reload)}
              />
              <section className="editor-section" aria-labelledby="agenda-heading">
                <h4 id="agenda-heading">{fa.sessions.agenda}</h4>
                <OrderedTextList
                  draftKey={`${id}.agenda`}
                  label={fa.sessions.agenda}
                  addLabel={fa.sessions.addAgenda}
                  items={session.agenda}
                  onAdd={(text) => api.agenda.add({ sessionId: id, text }).then(reload)}
                  onUpdate={(itemId, text) => api.agenda.update({ id: itemId, text })}
                  onMove={(itemId, position) => api.agenda.move({ id: itemId, position }).then(reload)}
                  onRemove={(itemId) => api.agenda.remove({ id: itemId })}
                  onRestore={(item) => api.agenda.add({ sessionId: id, ...item })}
                  refresh={reload}
                />
              </section>
              <DiscussionEditor
                sessionId={id}
                discussion={session.discussion}
                directory={directory}
                onChanged={reload}
              />
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
              <SignatoriesEditor
                sessionId={id}
                signatories={session.signatories}
                directory={directory}
                onChanged={reload}
              />
            </>
          )}
        </article>
      </EditHistoryProvider>
    </SaveStatusProvider>
  );
}

interface HeaderProps {
  session: SessionDetail;
  directory: Directory;
  onChanged: () => Promise<unknown>;
}

function SessionHeader({ session, directory, onChanged }: HeaderProps) {
  const api = useApi();
  const id = session.id;
  const key = (field: string) => `${id}.${field}`;

  return (
    <section className="editor-section header-grid" aria-label={fa.sessions.sessionHeader}>
      <AutosaveField
        draftKey={key('date')}
        label={fa.sessions.sessionDate}
        serverValue={faDigits(session.date)}
        placeholder={fa.calendar.datePlaceholder}
        date
        // The year, number and due dates follow the date: show them again.
        save={(v) => api.sessions.update({ id, date: v }).then(onChanged)}
      />
      <AutosaveField
        draftKey={key('startTime')}
        label={fa.sessions.startTime}
        serverValue={session.startTime ? faDigits(session.startTime) : ''}
        placeholder={fa.sessions.startTimePlaceholder}
        save={(v) => api.sessions.update({ id, startTime: orNull(v) })}
      />
      <AutosaveField
        draftKey={key('endTime')}
        label={fa.sessions.endTime}
        serverValue={session.endTime ? faDigits(session.endTime) : ''}
        placeholder={fa.sessions.endTimePlaceholder}
        save={(v) => api.sessions.update({ id, endTime: orNull(v) })}
      />
      <AutosaveField
        draftKey={key('location')}
        label={fa.sessions.location}
        className="wide"
        serverValue={session.location ?? ''}
        save={(v) => api.sessions.update({ id, location: orNull(v) })}
      />
      {(['chair', 'secretary'] as const).map((role) => (
        <Fragment key={role}>
          <PersonNameField
            draftKey={key(`${role}Name`)}
            label={role === 'chair' ? fa.sessions.chairName : fa.sessions.secretaryName}
            serverValue={session[role].name ?? ''}
            people={directory.people}
            save={(v) => api.sessions.update({ id, [role]: { name: orNull(v) } })}
            onPick={(p) => api.sessions.update({ id, [role]: { name: p.name, title: p.title } }).then(onChanged)}
            onAddToDirectory={(name) => directory.add(name, session[role].title)}
          />
          <AutosaveField
            draftKey={key(`${role}Title`)}
            label={role === 'chair' ? fa.sessions.chairTitle : fa.sessions.secretaryTitle}
            serverValue={session[role].title ?? ''}
            save={(v) => api.sessions.update({ id, [role]: { title: orNull(v) } })}
          />
        </Fragment>
      ))}
    </section>
  );
}
