// A button whose action is asked once in a dialog, saying what it means: the action runs on
// «confirm», the dialog closes when it is done, or stays open with the refusal shown.
import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { errorText } from '../api/error-text';
import { fa } from '../i18n/fa';
import { FormError } from './FormError';

interface Props {
  label: string;
  /** The trigger's accessible name when the label alone is ambiguous (one per table row). */
  ariaLabel?: string;
  className?: string;
  isDisabled?: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}

export function ConfirmButton({
  label,
  ariaLabel,
  className,
  isDisabled,
  title,
  children,
  confirmLabel,
  onConfirm,
}: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button className={className} isDisabled={isDisabled} aria-label={ariaLabel}>
        {label}
      </Button>
      <Modal className="modal" isDismissable={!busy}>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {children}
              <FormError message={error} />
              <div className="dialog-actions">
                <Button
                  className="primary"
                  isDisabled={busy}
                  onPress={() => {
                    setBusy(true);
                    onConfirm().then(
                      () => {
                        setBusy(false);
                        close();
                      },
                      (e: unknown) => {
                        setBusy(false);
                        setError(errorText(e));
                      },
                    );
                  }}
                >
                  {busy ? fa.common.preparing : confirmLabel}
                </Button>
                <Button className="secondary" isDisabled={busy} onPress={close}>
                  {fa.common.cancel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
