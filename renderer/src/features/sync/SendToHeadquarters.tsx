// «ارسال به ستاد»: the key's fingerprint to read out by phone, what the next bundle holds, the
// bundle written where the secretary chooses (the save dialog; the browser host's outbox folder),
// what it held, and the bundles sent so far.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BundleWritten, Secretariat } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useRead } from '../../api/use-read';
import { SavedFile } from '../../components/SavedFile';
import { faDigits } from '../../i18n/digits';
import { isSyncedEntity } from '../../../../electron/contract/synced-entities';
import { fa } from '../../i18n/fa';
import { jalaliMoment, kilobytes } from '../../i18n/moments';
import { errorText } from '../../api/error-text';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import { ReceiveDirectives } from '../national/ReceiveDirectives';

type Counts = Record<string, { upserts: number; deletes: number }>;

export function CountsTable({ counts, caption }: { counts: Counts; caption: string }) {
  return (
    <table className="session-table counts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{fa.sync.entityKind}</th>
          <th scope="col">{fa.sync.upserts}</th>
          <th scope="col">{fa.sync.deletes}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts).map(([entity, c]) => (
          <tr key={entity}>
            <th scope="row">{isSyncedEntity(entity) ? fa.sync.entities[entity] : entity}</th>
            <td>{faDigits(c.upserts)}</td>
            <td>{faDigits(c.deletes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SendToHeadquarters({ secretariat }: { secretariat: Secretariat }) {
  const api = useApi();
  const read = useRead('bundle.status', {});
  const [written, setWritten] = useState<BundleWritten | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(full: boolean) {
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      setWritten(await api.bundle.export({ full }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  if (read.state !== 'ready')
    return read.state === 'failed' ? <p role="alert">{read.message}</p> : <p>{fa.common.loading}</p>;
  const status = read.value;
  const nothing = !status.pending.full && status.pending.changes === 0;
  return (
    <section aria-labelledby="send-heading" className="send-bundle">
      <h2 id="send-heading">{fa.app.sectionSend}</h2>
      <p>{fa.sync.sendIntro}</p>
      <dl className="identity">
        <dt>{fa.common.secretariat}</dt>
        <dd>
          {secretariat.name} ({secretariat.province})
        </dd>
        <dt>{fa.common.keyFingerprint}</dt>
        <dd>
          <Ltr value={status.fingerprint} kind="fingerprint" />
          <span className="muted"> — {fa.sync.fingerprintHint}</span>
        </dd>
      </dl>

      <h3>{fa.sync.nextBundle}</h3>
      {status.pending.full && <p>{fa.sync.nextBundleFull}</p>}
      {nothing ? (
        <p>{fa.sync.nothingToSend}</p>
      ) : (
        <CountsTable counts={status.pending.counts} caption={fa.sync.nextBundle} />
      )}
      <div className="record-toolbar" role="toolbar" aria-label={fa.app.sectionSend}>
        <Button className="primary" isDisabled={busy || nothing} onPress={() => void send(false)}>
          {busy ? fa.common.preparing : fa.sync.sendBundle}
        </Button>
        {status.exports.length > 0 && (
          <Button className="secondary" isDisabled={busy} onPress={() => void send(true)}>
            {fa.sync.sendFullBundle}
          </Button>
        )}
      </div>
      <FormError message={error ?? read.failure} />
      {written && !written.saved && <p role="status">{fa.sync.bundleCancelled}</p>}
      {written?.saved && (
        <SavedFile said={fa.sync.bundleSaved} path={written.path}>
          <p>
            {fa.sync.bundleKind(written.full)} —{' '}
            {fa.sync.bundleRange(faDigits(written.fromSeq), faDigits(written.toSeq))} — {fa.sync.bundleSize}:{' '}
            {kilobytes(written.size)} — {fa.sync.attachmentsCount}: {faDigits(written.attachments)}
          </p>
          <p>
            {fa.sync.bundleHash}: <Ltr value={written.hash} kind="hash" />
          </p>
          <CountsTable counts={written.counts} caption={fa.sync.bundleKind(written.full)} />
        </SavedFile>
      )}

      {status.exports.length > 0 && (
        <table className="session-table">
          <caption>{fa.sync.sentBundles}</caption>
          <thead>
            <tr>
              <th scope="col">{fa.sync.sentAt}</th>
              <th scope="col">{fa.sync.entityKind}</th>
              <th scope="col">{fa.common.changesRange}</th>
              <th scope="col">{fa.sync.bundleHash}</th>
            </tr>
          </thead>
          <tbody>
            {status.exports.map((e) => (
              <tr key={e.hash}>
                <td>{jalaliMoment(e.createdAt)}</td>
                <td>{fa.sync.bundleKind(e.full)}</td>
                <td>
                  {faDigits(e.fromSeq)}–{faDigits(e.toSeq)}
                </td>
                <td>
                  <Ltr value={e.hash.slice(0, 16)} kind="hash" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReceiveDirectives />
    </section>
  );
}
