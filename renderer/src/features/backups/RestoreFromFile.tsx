// «بازگردانی از پرونده»: a backup file the secretary chooses (a saved one from a USB drive is
// encrypted: its passphrase is typed in the confirmation dialog), restored after the same checks
// as one from the list — the current content kept as a backup of its own.
import { useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { fa } from '../../i18n/fa';

export function RestoreFromFile({ onRestored }: { onRestored: (aside: string | null) => void }) {
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  return (
    <ConfirmButton
      label={fa.backups.restoreFromFile}
      className="secondary"
      title={fa.backups.restoreFromFileTitle}
      confirmLabel={fa.backups.restoreConfirm}
      onConfirm={() =>
        api.backups.restoreFile({ passphrase }).then((r) => {
          setPassphrase('');
          onRestored(r.chosen ? r.aside : null);
        })
      }
    >
      <p>{fa.backups.restoreFromFileExplain}</p>
      <TextField className="field" type="password" value={passphrase} onChange={setPassphrase}>
        <Label>{fa.backups.backupPassphrase}</Label>
        <Input autoComplete="off" />
      </TextField>
      <p>{fa.backups.restoreExplain}</p>
    </ConfirmButton>
  );
}
