// Importing bundles at headquarters: one or many `.dabir` files, each all or nothing, in the order
// chosen. A secretariat seen for the first time is registered only after its key's fingerprint
// has been compared by phone and confirmed here.
import { Button, FileTrigger } from 'react-aria-components';
import { MAX_BUNDLE_BYTES } from '../../../../electron/contract/limits';
import { keptNotice } from '../../../../electron/contract/sync-messages';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { base64Of } from '../minutes/download';
import { errorText } from '../../api/error-text';
import { FileOutcomes } from '../../components/FileOutcomes';
import { useFileImports, type FileOutcome } from '../../components/use-file-imports';

export function ImportBundles() {
  const api = useApi();
  // The files chosen together are one batch: the services back up before its first bundle only.
  async function importOne(file: File, trustNew: boolean, batch: string): Promise<FileOutcome> {
    if (file.size > MAX_BUNDLE_BYTES) return { file, kind: 'refused', text: fa.headquarters.bundleTooLarge };
    try {
      const r = await api.headquarters.import({
        fileName: file.name,
        data: await base64Of(file),
        trustNew,
        batch,
      });
      return {
        file,
        kind: 'ok',
        text:
          r.status === 'already'
            ? fa.headquarters.alreadyImported(r.name)
            : `${fa.headquarters.imported(r.name, r.province, faDigits(r.records))}${r.deferred > 0 ? ` ${keptNotice(r.deferred)}` : ''}`,
      };
    } catch (e) {
      // The one refusal the secretary can answer here: a new secretariat, confirmed by phone.
      const confirm = e instanceof ApiCallError && e.error.path === 'trustNew';
      return { file, kind: confirm ? 'confirm' : 'refused', text: errorText(e) };
    }
  }

  const { outcomes, busy, importAll, confirm } = useFileImports(importOne);

  return (
    <section aria-labelledby="import-heading" className="headquarters">
      <h2 id="import-heading">{fa.headquarters.hqImport}</h2>
      <p>{fa.headquarters.importIntro}</p>
      <FileTrigger acceptedFileTypes={['.dabir']} allowsMultiple onSelect={(list) => list && void importAll([...list])}>
        <Button className="primary" isDisabled={busy}>
          {busy ? fa.headquarters.importing : fa.headquarters.chooseBundles}
        </Button>
      </FileTrigger>
      <FileOutcomes
        outcomes={outcomes}
        busy={busy}
        confirmTitle={fa.headquarters.newSecretariat}
        confirmLabel={fa.headquarters.confirmNew}
        onConfirm={(i) => void confirm(i)}
      />
    </section>
  );
}
