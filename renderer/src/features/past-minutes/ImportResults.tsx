// The progress of the files being read («۳ از ۱۲») and what each became: a draft, with what to
// check in it and a way to open its review, or the Persian reason it was refused.
import { Button, Label, ProgressBar } from 'react-aria-components';
import { Ltr } from '../../components/Ltr';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import type { ImportQueue, Outcome } from './import-queue';

const t = fa.pastMinutes;

export function ImportProgress({ queue }: { queue: ImportQueue }) {
  if (queue.total === 0) return null;
  const made = queue.outcomes.filter((o) => o.kind === 'made').length;
  return (
    <div className="past-minutes-progress">
      <ProgressBar
        value={queue.done}
        maxValue={queue.total}
        valueLabel={t.progress(faDigits(queue.done), faDigits(queue.total))}
      >
        {({ percentage, valueText }) => (
          <>
            <div className="progress-label">
              <Label>{t.progressLabel}</Label>
              <span className="progress-value">{valueText}</span>
            </div>
            <div className="progress-track">
              <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      <p role="status">
        {queue.current ? t.reading(queue.current) : t.finished(faDigits(made), faDigits(queue.outcomes.length - made))}
      </p>
    </div>
  );
}

export function ImportResults({
  outcomes,
  onOpen,
}: {
  outcomes: readonly Outcome[];
  onOpen: (sessionId: string, workingGroupId: string) => void;
}) {
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="past-minutes-results">
      <h3 id="past-minutes-results">{t.results}</h3>
      <ul className="import-result past-minutes-results">
        {outcomes.map((o, i) => (
          <li key={`${o.name}-${i}`} className={o.kind === 'made' ? 'ok' : 'form-error'}>
            {o.kind === 'made' ? <Made outcome={o} onOpen={onOpen} /> : <p>{o.message}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Made({
  outcome: { name, draft: d },
  onOpen,
}: {
  outcome: Extract<Outcome, { kind: 'made' }>;
  onOpen: (sessionId: string, workingGroupId: string) => void;
}) {
  const session = fa.common.sessionOf(faDigits(d.number), faDigits(d.year));
  return (
    <div className="past-minutes-made">
      <p>
        <Ltr value={name} kind="path" />: {t.made(d.workingGroupName, session, faDigits(d.date))}
        {d.workingGroupCreated && <span className="badge">{t.groupCreated}</span>}
      </p>
      <p className="past-minutes-counts">
        <span className={d.uncertain > 0 ? 'doubt-count' : undefined}>
          {d.uncertain > 0 ? t.toCheck(faDigits(d.uncertain)) : t.nothingToCheck}
        </span>
        {d.unknownOrganizations > 0 && (
          <span>
            {fa.common.listSeparator}
            {t.unknownCount(faDigits(d.unknownOrganizations))}
          </span>
        )}
      </p>
      <Button
        className="secondary"
        aria-label={t.openReviewOf(session)}
        onPress={() => onOpen(d.sessionId, d.workingGroupId)}
      >
        {t.openReview}
      </Button>
    </div>
  );
}
