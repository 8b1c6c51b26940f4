// «پشتیبان‌گیری»: this data file's backups with what each holds and which has the latest work, a
// backup saved (encrypted) where the secretary chooses, and restoring one — from the list or from a
// chosen file — after a confirmation: the current content is kept as a backup of its own, and the
// app starts again on the restored file.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ListedBackup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SavedFile } from '../../components/SavedFile';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { jalaliMoment } from '../../i18n/moments';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import { BackupContents as Contents } from './BackupContents';
import { RestoreFromFile } from './RestoreFromFile';
import { SaveBackup } from './SaveBackup';

/** Which backup holds the latest work, and what the others lack. */
function Work({ b }: { b: ListedBackup }) {
  if (b.latest) return <strong className="ok backup-work">{fa.backups.backupLatest}</strong>;
  return (
    <span className="muted backup-work">
      {b.missing === null ? fa.backups.backupAhead : fa.backups.backupMissing(faDigits(b.missing))}
    </span>
  );
}

function RestoreButton({ backup, onRestored }: { backup: ListedBackup; onRestored: (aside: string) => void }) {
  const api = useApi();
  return (
    <ConfirmButton
      label={fa.backups.restore}
      ariaLabel={`${fa.backups.restore} ${jalaliMoment(backup.createdAt)}`}
      className="secondary"
      isDisabled={!backup.intact}
      title={fa.backups.restoreTitle(jalaliMoment(backup.createdAt))}
      confirmLabel={fa.backups.restoreConfirm}
      onConfirm={() => api.backups.restore({ name: backup.name }).then((r) => onRestored(r.aside))}
    >
      <p>
        <Contents b={backup} />
      </p>
      <p>{fa.backups.restoreExplain}</p>
    </ConfirmButton>
  );
}

export function Backups() {
  // Backups are made on a schedule too, and any change makes the latest one older: read as the screen opens.
  const read = useRead('backups.list', {}, { fresh: true });
  const list = read.state === 'ready' ? read.value : null;
  const [restoredAside, setRestoredAside] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const restored = (aside: string | null) => {
    setNote(aside === null ? fa.backups.noFileChosen : null);
    setRestoredAside(aside);
  };

  return (
    <section aria-labelledby="backups-heading" className="send-bundle">
      <h2 id="backups-heading">{fa.app.sectionBackups}</h2>
      <p>{fa.backups.backupsIntro}</p>
      <SaveBackup />
      <div className="record-toolbar" role="toolbar" aria-label={fa.backups.restoreFromFile}>
        <RestoreFromFile onRestored={restored} />
      </div>
      <FormError message={problemOf(read)} />
      {note && <p role="status">{note}</p>}
      {restoredAside && (
        <SavedFile said={`${fa.backups.restored} ${fa.backups.restoredAside}`} path={restoredAside}>
          <Button className="primary" onPress={() => window.location.reload()}>
            {fa.backups.continueWork}
          </Button>
        </SavedFile>
      )}
      {list?.lastChangeAt && !list.backups.some((b) => b.latest) && (
        <p className="form-error">{fa.backups.noBackupLatest(jalaliMoment(list.lastChangeAt))}</p>
      )}
      {list && (
        <table className="session-table">
          <caption>
            {fa.backups.automaticBackups} <Ltr value={list.folder} kind="path" className="muted" />
          </caption>
          <thead>
            <tr>
              <th scope="col">{fa.backups.backupDate}</th>
              <th scope="col">{fa.backups.backupReason}</th>
              <th scope="col">{fa.backups.backupHolds}</th>
              <th scope="col">{fa.backups.lastChange}</th>
              <th scope="col">{fa.backups.backupState}</th>
              <th scope="col">
                <span className="visually-hidden">{fa.backups.restore}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{jalaliMoment(b.createdAt)}</th>
                <td>{b.reason ? fa.backups.backupReasons[b.reason] : '—'}</td>
                <td>{b.intact ? <Contents b={b} /> : '—'}</td>
                <td>
                  {b.lastChangeAt ? jalaliMoment(b.lastChangeAt) : '—'}
                  {b.intact && <Work b={b} />}
                </td>
                <td className={b.intact ? 'ok' : 'form-error'}>
                  {b.intact ? fa.backups.backupIntact : `${fa.backups.backupDamaged} (${b.problem ?? ''})`}
                </td>
                <td>
                  <RestoreButton backup={b} onRestored={restored} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
