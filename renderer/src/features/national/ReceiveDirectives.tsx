// A province takes headquarters' directive bundles (ابلاغ) in: each all or nothing; headquarters'
// key is registered once, after its fingerprint has been compared by phone and confirmed here.
import { Button, FileTrigger } from 'react-aria-components';
import { MAX_BUNDLE_BYTES } from '../../../../electron/contract/limits';
import { keptNotice } from '../../../../electron/contract/sync-messages';
import { ApiCallError } from '../../api/client';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { FileOutcomes } from '../../components/FileOutcomes';
import { useFileImports, type FileOutcome } from '../../components/use-file-imports';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { base64Of } from '../minutes/download';

export function ReceiveDirectives() {
  const api = useApi();
  const source = useRead('national.source', {});
  async function importOne(file: File, trustNew: boolean): Promise<FileOutcome> {
    if (file.size > MAX_BUNDLE_BYTES) return { file, kind: 'refused', text: fa.headquarters.bundleTooLarge };
    try {
      const r = await api.national.importDirective({ fileName: file.name, data: await base64Of(file), trustNew });
      const said =
        r.status === 'already'
          ? fa.national.alreadyReceived
          : fa.national.received(r.headquarters, faDigits(r.assigned));
      return { file, kind: 'ok', text: r.deferred > 0 ? `${said} ${keptNotice(r.deferred)}` : said };
    } catch (e) {
      // The one refusal the secretary answers here: headquarters' key, confirmed by phone.
      const confirm = e instanceof ApiCallError && e.error.path === 'trustNew';
      return { file, kind: confirm ? 'confirm' : 'refused', text: errorText(e) };
    }
  }

  const { outcomes, busy, importAll, confirm } = useFileImports(importOne);

  const hq = source.state === 'ready' ? source.value : null;
  return (
    <section aria-labelledby="receive-heading" className="editor-section">
      <h2 id="receive-heading">{fa.national.receiveHeading}</h2>
      <p>{fa.national.receiveIntro}</p>
      <FormError message={problemOf(source)} />
      {hq && (
        <p className="muted">
          {hq.headquarters
            ? fa.national.headquartersKey(hq.headquarters.name, hq.headquarters.fingerprint)
            : fa.national.noHeadquartersYet}
          {hq.assigned > 0 && ` ${fa.national.assignedHere(faDigits(hq.assigned))}`}
        </p>
      )}
      <FileTrigger acceptedFileTypes={['.dabir']} allowsMultiple onSelect={(list) => list && void importAll([...list])}>
        <Button className="primary" isDisabled={busy}>
          {busy ? fa.national.receiving : fa.national.chooseDirective}
        </Button>
      </FileTrigger>
      <FileOutcomes
        outcomes={outcomes}
        busy={busy}
        confirmTitle={fa.national.newHeadquarters}
        confirmLabel={fa.national.confirmHeadquarters}
        onConfirm={(i) => void confirm(i)}
      />
    </section>
  );
}
