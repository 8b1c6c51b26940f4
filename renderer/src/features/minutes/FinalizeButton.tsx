// «قطعی کردن»: asks once, saying what it means, then locks the session with its content hash.
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useApi } from '../../app/api-context';
import { fa } from '../../i18n/fa';
import { errorText } from './error-text';

export function FinalizeButton({ sessionId, onFinalized }: { sessionId: string; onFinalized: () => void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button className="primary">{fa.finalize}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">{fa.finalizeTitle}</Heading>
              <p>{fa.finalizeExplain}</p>
              {error && (
                <p role="alert" className="form-error">
                  {error}
                </p>
              )}
              <div className="dialog-actions">
                <Button
                  className="primary"
                  onPress={() =>
                    void api.sessions.finalize({ id: sessionId }).then(
                      () => {
                        close();
                        onFinalized();
                      },
                      (e: unknown) => setError(errorText(e)),
                    )
                  }
                >
                  {fa.finalizeConfirm}
                </Button>
                <Button className="secondary" onPress={close}>
                  {fa.cancel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
