// A final session's notification letters («ابلاغ مصوبات»): one per responsible organisation,
// shown under its minutes in the session editor.
import { useRead, failureOf } from '../../api/use-read';
import { faLetters as t } from '../../i18n/fa-letters';
import { fa } from '../../i18n/fa';
import { LetterRows } from './LetterRows';

export function NotificationLetters({ sessionId }: { sessionId: string }) {
  const read = useRead('letters.notifications', { sessionId });
  const failure = failureOf(read);
  return (
    <section className="editor-section letters-panel no-print" aria-labelledby="notification-letters">
      <h4 id="notification-letters">{t.notificationsHeading}</h4>
      <p className="muted">{t.notificationsHint}</p>
      {read.state === 'ready' ? (
        <LetterRows
          entries={read.value.entries}
          which={{ kind: 'notification', sessionId }}
          markOf={(key) => ({ kind: 'notification', sessionId, key })}
          none={t.noResponsible}
        />
      ) : failure ? (
        <p role="alert">{failure}</p>
      ) : (
        <p>{fa.common.loading}</p>
      )}
    </section>
  );
}
