// The scanned signed copy (نسخه امضاشده) of a session: attach a PDF, JPEG or PNG; list, view
// (images here; a PDF is saved and opened in the system's viewer), save a copy, or remove.
import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import type { Attachment } from '../../../../electron/contract';
import { MAX_ATTACHMENT_BYTES } from '../../../../electron/contract/limits';
import { useApi } from '../../api/use-api';
import { failureOf, useRead } from '../../api/use-read';
import { fa } from '../../i18n/fa';
import { jalaliMoment, kilobytes } from '../../i18n/moments';
import { base64Of, saveFile } from './download';
import { errorText } from '../../api/error-text';
import { useAction } from '../../api/use-action';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';

/** `readOnly`: headquarters' copy — view and save, never attach or remove. */
export function SignedCopies({ sessionId, readOnly = false }: { sessionId: string; readOnly?: boolean }) {
  const api = useApi();
  const read = useRead('attachments.list', { sessionId });
  const list = read.state === 'ready' ? read.value : [];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<{ id: string; src: string } | null>(null);
  // Viewing, saving and removing a copy: a refusal (a copy removed from another window) is said below the list.
  const action = useAction();

  async function attach(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    // Said at once, before reading 20 MB into memory; the core checks again.
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(fa.minutes.attachTooLarge);
    setBusy(true);
    try {
      await api.attachments.add({ sessionId, fileName: file.name, data: await base64Of(file) });
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function view(a: Attachment) {
    if (viewing?.id === a.id) return setViewing(null);
    const file = await api.attachments.get({ id: a.id });
    if (a.mediaType === 'application/pdf') saveFile(file);
    else setViewing({ id: a.id, src: `data:${file.mediaType};base64,${file.data}` });
  }

  return (
    <section className="editor-section no-print" aria-labelledby="signed-heading">
      <h4 id="signed-heading">{fa.minutes.signedCopies}</h4>
      {list.length === 0 ? (
        <p>{fa.minutes.noSignedCopies}</p>
      ) : (
        <ul className="attachment-list">
          {list.map((a) => (
            <li key={a.id}>
              <Ltr value={a.fileName} kind="path" className="attachment-name" />
              <span className="muted">
                {kilobytes(a.size)} — {jalaliMoment(a.addedAt)}
              </span>
              {a.mediaType !== 'application/pdf' && (
                <Button className="secondary" onPress={() => void action.run(() => view(a))}>
                  {viewing?.id === a.id ? fa.minutes.hideAttachment : fa.minutes.viewAttachment}
                </Button>
              )}
              <Button
                className="secondary"
                onPress={() => void action.run(() => api.attachments.get({ id: a.id }).then(saveFile))}
              >
                {fa.minutes.saveAttachment}
              </Button>
              {!readOnly && (
                // The scanned signed copy may be the only one: asked first, as undo cannot bring it back.
                <ConfirmButton
                  className="secondary danger"
                  label={fa.minutes.removeAttachment}
                  ariaLabel={`${fa.minutes.removeAttachment} ${a.fileName}`}
                  title={fa.minutes.removeAttachmentTitle(a.fileName)}
                  confirmLabel={fa.common.removeSessionConfirm}
                  onConfirm={() => api.attachments.remove({ id: a.id })}
                >
                  <p>{fa.minutes.removeAttachmentBody}</p>
                </ConfirmButton>
              )}
              {viewing?.id === a.id && <img className="attachment-view" src={viewing.src} alt={a.fileName} />}
            </li>
          ))}
        </ul>
      )}
      <FormError message={error ?? action.error ?? failureOf(read)} />
      {!readOnly && (
        <FileTrigger
          acceptedFileTypes={['application/pdf', 'image/jpeg', 'image/png']}
          onSelect={(f) => void attach(f)}
        >
          <Button className="secondary" isDisabled={busy}>
            {busy ? fa.common.preparing : fa.minutes.attachSignedCopy}
          </Button>
        </FileTrigger>
      )}
    </section>
  );
}
