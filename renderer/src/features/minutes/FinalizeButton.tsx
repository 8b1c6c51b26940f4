// «قطعی کردن»: asks once, saying what it means, then locks the session with its content hash.
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { fa } from '../../i18n/fa';

export function FinalizeButton({ sessionId, onFinalized }: { sessionId: string; onFinalized: () => void }) {
  const api = useApi();
  return (
    <ConfirmButton
      label={fa.finalize}
      className="primary"
      title={fa.finalizeTitle}
      confirmLabel={fa.finalizeConfirm}
      onConfirm={() => api.sessions.finalize({ id: sessionId }).then(onFinalized)}
    >
      <p>{fa.finalizeExplain}</p>
    </ConfirmButton>
  );
}
