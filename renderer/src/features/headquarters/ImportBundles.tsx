// Importing bundles at headquarters: one or many `.dabir` files, each all or nothing, in the order
// chosen. A secretariat seen for the first time is registered only after its key's fingerprint
// has been compared by phone and confirmed here.
import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { MAX_BUNDLE_BYTES } from '../../../../electron/contract/limits';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { base64Of } from '../minutes/download';
import { errorText } from '../../api/error-text';
import { Ltr } from '../../components/Ltr';

interface Outcome {
  file: File;
  /** What happened, after the file's name. */
  text: string;
  kind: 'ok' | 'refused' | 'confirm';
}

export function ImportBundles() {
  const api = useApi();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);

  // The files chosen together are one batch: the services back up before its first bundle only.
  async function importOne(file: File, trustNew: boolean, batch: string): Promise<Outcome> {
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
            : fa.headquarters.imported(r.name, r.province, faDigits(r.records)),
      };
    } catch (e) {
      // The one refusal the secretary can answer here: a new secretariat, confirmed by phone.
      const confirm = e instanceof ApiCallError && e.error.path === 'trustNew';
      return { file, kind: confirm ? 'confirm' : 'refused', text: errorText(e) };
    }
  }

  async function importAll(files: File[]) {
    setBusy(true);
    const done: Outcome[] = [];
    const batch = crypto.randomUUID();
    for (const file of files) done.push(await importOne(file, false, batch));
    setOutcomes(done);
    setBusy(false);
  }

  async function confirm(i: number) {
    const o = outcomes[i];
    if (!o) return;
    setBusy(true);
    const again = await importOne(o.file, true, crypto.randomUUID());
    setOutcomes((all) => all.map((x, j) => (j === i ? again : x)));
    setBusy(false);
  }

  return (
    <section aria-labelledby="import-heading" className="headquarters">
      <h2 id="import-heading">{fa.headquarters.hqImport}</h2>
      <p>{fa.headquarters.importIntro}</p>
      <FileTrigger acceptedFileTypes={['.dabir']} allowsMultiple onSelect={(list) => list && void importAll([...list])}>
        <Button className="primary" isDisabled={busy}>
          {busy ? fa.headquarters.importing : fa.headquarters.chooseBundles}
        </Button>
      </FileTrigger>
      {outcomes.length > 0 && (
        <ul className="import-result" aria-live="polite">
          {outcomes.map((o, i) => (
            // A new secretariat is the normal step of its first bundle, not an error: a step to
            // take, with its own style and button.
            <li
              key={`${o.file.name}-${i}`}
              className={o.kind === 'ok' ? 'ok' : o.kind === 'confirm' ? 'fingerprint-step' : 'form-error'}
            >
              <p role={o.kind === 'ok' ? 'status' : o.kind === 'refused' ? 'alert' : undefined}>
                <Ltr value={o.file.name} kind="path" />:{' '}
                {o.kind === 'confirm' && <strong>{fa.headquarters.newSecretariat} </strong>}
                {o.text}
              </p>
              {o.kind === 'confirm' && (
                <Button className="secondary" isDisabled={busy} onPress={() => void confirm(i)}>
                  {fa.headquarters.confirmNew}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
