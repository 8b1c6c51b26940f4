// One resolution's follow-up: its reports, oldest first, and a form to record a new one (with a
// new status if the report says so). Refused input stays on screen with the message beside it.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import type { BoardRow, ResolutionStatus } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { fieldErrors } from '../../api/field-errors';
import { failureOf, useRead } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { statusOrder } from './statuses';
import { FormError } from '../../components/FormError';
import { ResolutionLetters } from '../letters/ResolutionLetters';

// Headquarters' minutes as printed, for a national resolution: loaded only when asked for.
const MinutesRecord = lazy(() => import('../minutes/MinutesRecord').then((m) => ({ default: m.MinutesRecord })));

interface Props {
  row: BoardRow;
  onClose: () => void;
}

export function FollowUpPanel({ row, onClose }: Props) {
  const [showMinutes, setShowMinutes] = useState(false);
  const api = useApi();
  const read = useRead('followUps.list', { resolutionId: row.id });
  const reports = read.state === 'ready' ? read.value : [];
  const [errors, setErrors] = useState<Record<string, string>>({});
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => text.current?.focus(), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    try {
      await api.followUps.add({
        resolutionId: row.id,
        date: data.date ?? '',
        text: data.text ?? '',
        organization: data.organization?.trim() ? data.organization : null,
        status: data.status ? (data.status as ResolutionStatus) : undefined,
      });
      setErrors({});
      form.reset();
    } catch (err) {
      setErrors(fieldErrors(err, { date: 'date', text: 'text', organization: 'organization' }));
    }
  }

  return (
    <section
      className="editor-section follow-up-panel"
      aria-label={`${fa.followUp.followUps} ${fa.common.row} ${faDigits(row.row)}`}
    >
      <div className="content-header">
        <h3>
          {fa.followUp.followUps}: {fa.common.row} {faDigits(row.row)} —{' '}
          {fa.common.sessionOf(faDigits(row.sessionNumber), faDigits(row.sessionYear))}
        </h3>
        <Button className="secondary" onPress={onClose}>
          {fa.common.close}
        </Button>
      </div>
      {row.national && <p className="muted">{fa.national.readOnlyText}</p>}
      <p className="resolution-body">{row.body}</p>
      {row.national && (
        // Headquarters' minutes the resolution came from, as printed; read only when opened.
        <details className="national-minutes" onToggle={(e) => setShowMinutes(e.currentTarget.open)}>
          <summary>{fa.national.nationalMinutes}</summary>
          {showMinutes && (
            <Suspense fallback={<p className="loading">{fa.common.loading}</p>}>
              <MinutesRecord sessionId={row.sessionId} readOnly national />
            </Suspense>
          )}
        </details>
      )}
      {reports.length === 0 ? (
        <p>{fa.followUp.noFollowUps}</p>
      ) : (
        <ol className="follow-up-list">
          {reports.map((r, i) => (
            <li key={r.id}>
              <span className="follow-up-number">{faDigits(i + 1)}.</span> <strong>{faDigits(r.date)}</strong>
              {r.organization && ` — ${r.organization}`}: {r.text}
            </li>
          ))}
        </ol>
      )}
      <ResolutionLetters resolutionId={row.id} />
      {/* A province's resolution at headquarters: its reports are the province's to write. */}
      {row.province === null && (
        <form className="stack" onSubmit={(e) => void submit(e)} aria-label={fa.followUp.recordFollowUp}>
          <FormError message={errors[''] ?? failureOf(read)} />
          <label className="field">
            {fa.followUp.followUpText}
            <textarea ref={text} name="text" rows={3} aria-invalid={errors.text ? true : undefined} />
            {errors.text && <span className="field-error">{errors.text}</span>}
          </label>
          <div className="follow-up-row">
            <label className="field">
              {fa.followUp.followUpDate}
              <input name="date" defaultValue={faDigits(todayJalali())} aria-invalid={errors.date ? true : undefined} />
              {errors.date && <span className="field-error">{errors.date}</span>}
            </label>
            <label className="field">
              {fa.followUp.followUpOrganization}
              <input name="organization" defaultValue={row.responsible[0] ?? ''} />
            </label>
            <label className="field">
              {fa.followUp.followUpStatus}
              <select name="status" defaultValue="">
                <option value="">{fa.followUp.keepStatus}</option>
                {statusOrder.map((s) => (
                  <option key={s} value={s}>
                    {fa.common.statuses[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Button type="submit" className="primary">
            {fa.followUp.recordFollowUp}
          </Button>
        </form>
      )}
    </section>
  );
}
