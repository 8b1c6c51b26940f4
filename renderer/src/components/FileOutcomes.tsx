// The outcome of each file imported (use-file-imports.ts): a key to confirm is the normal step of
// a first bundle, not an error — a step to take, with its own style and button.
import { Button } from 'react-aria-components';
import { Ltr } from './Ltr';
import type { FileOutcome } from './use-file-imports';

interface Props {
  outcomes: FileOutcome[];
  busy: boolean;
  /** Said before a confirmation step, and the step's button. */
  confirmTitle: string;
  confirmLabel: string;
  onConfirm: (i: number) => void;
}

export function FileOutcomes({ outcomes, busy, confirmTitle, confirmLabel, onConfirm }: Props) {
  if (outcomes.length === 0) return null;
  return (
    <ul className="import-result" aria-live="polite">
      {outcomes.map((o, i) => (
        <li
          key={`${o.file.name}-${i}`}
          className={o.kind === 'ok' ? 'ok' : o.kind === 'confirm' ? 'fingerprint-step' : 'form-error'}
        >
          <p role={o.kind === 'ok' ? 'status' : o.kind === 'refused' ? 'alert' : undefined}>
            <Ltr value={o.file.name} kind="path" />: {o.kind === 'confirm' && <strong>{confirmTitle} </strong>}
            {o.text}
          </p>
          {o.kind === 'confirm' && (
            <Button className="secondary" isDisabled={busy} onPress={() => onConfirm(i)}>
              {confirmLabel}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
