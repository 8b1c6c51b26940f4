// «ذخیره پشتیبان»: a checked backup saved where the secretary chooses, encrypted with a passphrase
// Dabir makes (shown here once, in groups to write down) or one the secretary chooses (checked for
// strength by the core, which refuses a weak one in Persian before any dialog).
import { useState } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import type { BackupSummary } from '../../../../electron/contract';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { FormError } from '../../components/FormError';
import { SavedFile } from '../../components/SavedFile';
import { fa } from '../../i18n/fa';
import { kilobytes } from '../../i18n/moments';
import { BackupContents } from './BackupContents';

export function SaveBackup() {
  const api = useApi();
  const [own, setOwn] = useState(false);
  const [typed, setTyped] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ backup: BackupSummary; passphrase: string | null } | null>(null);

  async function save() {
    setError(null);
    setSaved(null);
    if (own && typed !== again) return setError(fa.backups.passphraseMismatch);
    setBusy(true);
    try {
      const r = await api.backups.create({ passphrase: own ? typed : null });
      if (r.saved) {
        setSaved({ backup: r.backup, passphrase: r.passphrase });
        setTyped('');
        setAgain('');
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="save-backup">
      <label className="check">
        <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} /> {fa.backups.ownPassphrase}
      </label>
      {own && (
        <div className="passphrase-fields">
          <TextField className="field" type="password" value={typed} onChange={setTyped}>
            <Label>{fa.backups.passphrase}</Label>
            <Input autoComplete="new-password" />
            <Text slot="description">{fa.backups.passphraseRule}</Text>
          </TextField>
          <TextField className="field" type="password" value={again} onChange={setAgain}>
            <Label>{fa.backups.passphraseAgain}</Label>
            <Input autoComplete="new-password" />
          </TextField>
        </div>
      )}
      <div className="record-toolbar" role="toolbar" aria-label={fa.backups.saveBackup}>
        <Button className="primary" isDisabled={busy} onPress={() => void save()}>
          {busy ? fa.common.preparing : fa.backups.saveBackup}
        </Button>
      </div>
      <FormError message={error} />
      {saved && (
        <SavedFile said={fa.backups.backupSaved} path={saved.backup.file}>
          <p>
            <BackupContents b={saved.backup} /> — {kilobytes(saved.backup.size)}
          </p>
          {saved.passphrase && (
            <>
              <p>{fa.backups.passphraseShownOnce}</p>
              <p className="passphrase" dir="ltr" aria-label={fa.backups.passphrase}>
                {saved.passphrase}
              </p>
              <p className="muted">{fa.backups.passphraseDigits}</p>
            </>
          )}
        </SavedFile>
      )}
    </div>
  );
}
