// The session editor: every part reachable from the keyboard, every change autosaved.
// Header, agenda, discussion, resolutions, attendance and signatories, in the order of the printed minutes.
import { Fragment, useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { failureOf, useRead } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AttendanceEditor } from './AttendanceEditor';
import { AttendanceSheetButton } from './AttendanceSheetButton';
import { InvitationPanel } from './InvitationPanel';
import { AutosaveField } from '../../components/AutosaveField';
import { DiscussionEditor } from './DiscussionEditor';
import { PersonNameField } from '../../components/PersonNameField';
import { EarlierResolutions } from './EarlierResolutions';
import { OrderedTextList } from './OrderedTextList';
import { ResolutionsEditor } from './ResolutionsEditor';
import { EditHistoryProvider } from '../../components/edit-history';
import { SaveIndicator, SaveStatusProvider } from '../../components/save-status';
import { SignatoriesEditor } from './SignatoriesEditor';
import { MinutesRecord } from '../minutes/MinutesRecord';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormError } from '../../components/FormError';
import { sessionParts, useDirectory, useSessionPart } from './use-session';
import { ReviewBeside } from '../past-minutes/ReviewBeside';
import { useIsDoubtful } from '../past-minutes/doubtful';
import { SessionAssignments } from '../national/SessionAssignments';
import { NotificationLetters } from '../letters/NotificationLetters';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function SessionEditor({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const api = useApi();
  const frame = useSessionPart(sessionId, sessionParts.frame);
  // Asked together with the session, so every card renders once, with its pickers' lists.
  const people = useRead('people.list', {});
  const organizations = useRead('organizations.list', {});
  const [view, setView] = useState<'edit' | 'record'>('edit');
  const role = useRead('secretariat.role', {});
  const headquarters = role.state === 'ready' && role.value.role === 'headquarters';

  // A session that cannot be read is said in its place; one that cannot be read again after a
  // change stays on screen as it was, with the reason above it.
  const failure = failureOf(frame, people, organizations);
  if (frame.state !== 'ready' && failure) return <p role="alert">{failure}</p>;
  if (frame.state !== 'ready' || people.state === 'loading' || organizations.state === 'loading')
    return <p>{fa.common.loading}</p>;
  const session = frame.value;
  const id = session.id;
  // A final session is the legal record: it is shown as printed, never as an editor.
  const final = session.status === 'final';
  const name = `${fa.common.session} ${faDigits(session.number)} ${fa.common.year} ${faDigits(session.year)}`;
  const showing = final ? 'record' : view;
  return (
    <SaveStatusProvider>
      <EditHistoryProvider>
        {/* An imported draft not yet accepted: its review beside the editor. */}
        <ReviewBeside sessionId={id} active={!final}>
          <article className="session-editor" aria-labelledby="session-title">
            <div className="content-header no-print">
              <div className="title-row">
                <h3 id="session-title">{name}</h3>
                <span className={final ? 'badge final' : 'badge'}>{final ? fa.common.final : fa.sessions.draft}</span>
              </div>
              {showing === 'edit' && <SaveIndicator />}
              <FormError message={frame.failure ?? failure} />
              <div className="header-actions">
                {!final && (
                  <Button className="secondary" onPress={() => setView(view === 'edit' ? 'record' : 'edit')}>
                    {view === 'edit' ? fa.common.previewMinutes : fa.sessions.editMinutes}
                  </Button>
                )}
                {!final && <AttendanceSheetButton sessionId={id} />}
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
            {/* Printed before the session, and again later: for drafts and final sessions alike. */}
            <InvitationPanel sessionId={id} />
            {showing === 'record' ? (
              <MinutesRecord sessionId={id} />
            ) : (
              <>
                <SessionHeader sessionId={id} />
                <EarlierResolutions sessionId={id} />
                <AgendaEditor sessionId={id} />
                <DiscussionEditor sessionId={id} />
                <ResolutionsEditor sessionId={id} />
                <AttendanceEditor sessionId={id} />
                <SignatoriesEditor sessionId={id} />
              </>
            )}
            {/* Once final, a letter to each responsible organisation («ابلاغ مصوبات»). */}
            {final && !headquarters && <NotificationLetters sessionId={id} />}
            {/* Headquarters' own session: its resolutions' provinces, in the draft and once final. */}
            {headquarters && <SessionAssignments sessionId={id} />}
          </article>
        </ReviewBeside>
      </EditHistoryProvider>
    </SaveStatusProvider>
  );
}

function AgendaEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const agenda = useSessionPart(sessionId, sessionParts.agenda);
  if (agenda.state !== 'ready') return null;
  return (
    <section className="editor-section" aria-labelledby="agenda-heading">
      <h4 id="agenda-heading">{fa.sessions.agenda}</h4>
      <OrderedTextList
        draftKey={`${sessionId}.agenda`}
        label={fa.sessions.agenda}
        addLabel={fa.sessions.addAgenda}
        items={agenda.value}
        onAdd={(text) => api.agenda.add({ sessionId, text })}
        onUpdate={(itemId, text) => api.agenda.update({ id: itemId, text })}
        onMove={(itemId, position) => api.agenda.move({ id: itemId, position })}
        onRemove={(itemId) => api.agenda.remove({ id: itemId })}
        onRestore={(item) => api.agenda.add({ sessionId, ...item })}
      />
    </section>
  );
}

function SessionHeader({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const header = useSessionPart(sessionId, sessionParts.header);
  const directory = useDirectory();
  // The fields an imported draft's review doubts are marked here too.
  const doubtful = {
    date: useIsDoubtful('date'),
    location: useIsDoubtful('location'),
  };
  const mark = (part: keyof typeof doubtful, className?: string) =>
    [className, doubtful[part] ? 'doubtful' : null].filter(Boolean).join(' ') || undefined;
  if (header.state !== 'ready') return null;
  const session = header.value;
  const id = session.id;
  const key = (field: string) => `${id}.${field}`;

  return (
    <section className="editor-section header-grid" aria-label={fa.sessions.sessionHeader}>
      <AutosaveField
        draftKey={key('date')}
        label={fa.sessions.sessionDate}
        className={mark('date')}
        serverValue={faDigits(session.date)}
        placeholder={fa.calendar.datePlaceholder}
        date
        // The year, number and due dates follow the date: the answer is the whole session.
        save={(v) => api.sessions.update({ id, date: v })}
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
        className={mark('location', 'wide')}
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
            onPick={(p) => api.sessions.update({ id, [role]: { name: p.name, title: p.title } })}
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
