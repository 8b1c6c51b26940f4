// The imported drafts not yet accepted, oldest first: each one press from its review.
import { Button } from 'react-aria-components';
import { useRead } from '../../api/use-read';
import { Ltr } from '../../components/Ltr';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

const t = fa.pastMinutes;

export function PendingReviews({ onOpen }: { onOpen: (sessionId: string, workingGroupId: string) => void }) {
  const pending = useRead('pastMinutes.pending', {});
  return (
    <section aria-labelledby="past-minutes-pending" className="past-minutes-pending">
      <h3 id="past-minutes-pending">{t.pending}</h3>
      {pending.state === 'failed' ? (
        <p role="alert">{pending.message}</p>
      ) : pending.state === 'loading' ? (
        <p>{fa.common.loading}</p>
      ) : pending.value.length === 0 ? (
        <p className="empty">{t.noPending}</p>
      ) : (
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">{t.pendingColumns.group}</th>
              <th scope="col">{t.pendingColumns.session}</th>
              <th scope="col">{t.pendingColumns.date}</th>
              <th scope="col">{t.pendingColumns.file}</th>
              <th scope="col">{t.pendingColumns.check}</th>
            </tr>
          </thead>
          <tbody>
            {pending.value.map((p) => {
              const session = fa.common.sessionOf(faDigits(p.number), faDigits(p.year));
              return (
                <tr key={p.sessionId}>
                  <td>{p.workingGroupName}</td>
                  <td className="nowrap">
                    <Button
                      className="link"
                      aria-label={t.openReviewOf(session)}
                      onPress={() => onOpen(p.sessionId, p.workingGroupId)}
                    >
                      {session}
                    </Button>
                  </td>
                  <td className="numeric nowrap">{faDigits(p.date)}</td>
                  <td>
                    <Ltr value={p.fileName} />
                  </td>
                  <td>{p.uncertain > 0 ? t.toCheck(faDigits(p.uncertain)) : t.nothingToCheck}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
