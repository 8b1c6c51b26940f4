// «قطعی کردن»: asks once, saying what it means, then locks the session with its content hash (the
// screens showing it read it again as final).
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { fa } from '../../i18n/fa';

export function FinalizeButton({ sessionId }: { sessionId: string }) {
  const api = useApi();
  return (
    <ConfirmButton
      label={fa.minutes.finalize}
      className="primary"
      title={fa.minutes.finalizeTitle}
      confirmLabel={fa.minutes.finalizeConfirm}
      onConfirm={() => api.sessions.finalize({ id: sessionId })}
    >
      <p>{fa.minutes.finalizeExplain}</p>
    </ConfirmButton>
  );
}
