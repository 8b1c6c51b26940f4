// Open resolutions of the working group's earlier sessions, so the secretary can put their
// follow-up on this session's agenda with one key press.
import { Button } from 'react-aria-components';
import type { EarlierResolution } from '../../../../electron/contract';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { sessionParts, useSessionPart } from './use-session';

interface Props {
  /** Asked again when this session's date moves (write-effects.ts). */
  sessionId: string;
}

const SNIPPET = 90;
const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text);

/** The agenda line for a resolution's follow-up, e.g. «پیگیری مصوبه ردیف ۲ جلسه ۳ سال ۱۴۰۴: …» («مصوبه ستاد …» for headquarters'). */
export const followUpText = (r: EarlierResolution) =>
  `${(r.national ? fa.sessions.followUpOfNational : fa.sessions.followUpOf)(faDigits(r.row), faDigits(r.sessionNumber), faDigits(r.sessionYear))}: ${snippet(r.title ?? r.body)}`;

export function EarlierResolutions({ sessionId }: Props) {
  const api = useApi();
  const open = useRead('resolutions.openBefore', { sessionId });
  const agendaRead = useSessionPart(sessionId, sessionParts.agenda);
  const action = useAction();
  if (open.state === 'failed') return <FormError message={open.message} />;
  if (open.state !== 'ready' || agendaRead.state !== 'ready') return null;
  const list = open.value;
  const agenda = agendaRead.value;
  const onAddToAgenda = (text: string) => api.agenda.add({ sessionId, text });
  return (
    <details className="editor-section earlier">
      <summary>
        {fa.sessions.earlierResolutions} ({faDigits(list.length)})
      </summary>
      {list.length === 0 ? (
        <p className="empty">{fa.sessions.noEarlierResolutions}</p>
      ) : (
        <ul className="earlier-list">
          {list.map((r) => {
            const text = followUpText(r);
            const onAgenda = agenda.some((a) => a.text === text);
            return (
              <li key={r.id} className={r.overdue ? 'overdue' : undefined}>
                <span className="earlier-ref">
                  {r.national && <strong className="national-mark">{fa.sessions.nationalResolution} </strong>}
                  {fa.common.session} {faDigits(r.sessionNumber)} {fa.common.year} {faDigits(r.sessionYear)} —{' '}
                  {fa.common.row} {faDigits(r.row)}
                </span>
                <span className="earlier-body">{snippet(r.title ?? r.body)}</span>
                <span className="earlier-due">
                  {r.dueDate ? `${fa.common.dueDate} ${faDigits(r.dueDate)}` : fa.common.noDueDate}
                  {r.overdue && <strong> — {fa.common.overdue}</strong>}
                </span>
                <Button
                  className="secondary"
                  isDisabled={onAgenda}
                  aria-label={`${fa.sessions.addFollowUp} — ${fa.common.row} ${faDigits(r.row)} ${fa.common.session} ${faDigits(r.sessionNumber)} ${fa.common.year} ${faDigits(r.sessionYear)}`}
                  onPress={() => void action.run(() => onAddToAgenda(text))}
                >
                  {onAgenda ? fa.sessions.onAgenda : fa.sessions.addFollowUp}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={action.error} />
    </details>
  );
}
