// The signatories (امضاکنندگان) of the minutes, in the order they sign.
import { useState } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import type { SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { ApiCallError } from '../../api/client';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from '../../components/AutosaveField';
import type { Directory } from './directory';
import { useDraft } from './use-draft';
import { PersonNameField } from '../../components/PersonNameField';

interface Props {
  sessionId: string;
  signatories: SessionDetail['signatories'];
  directory: Directory;
  onChanged: () => Promise<unknown>;
}

export function SignatoriesEditor({ sessionId, signatories, directory, onChanged }: Props) {
  const api = useApi();
  const [name, setName, clear] = useDraft(`${sessionId}.signatory`);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    try {
      await api.signatories.add({ sessionId, name, title: null });
      clear();
      setError(null);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  }

  return (
    <section className="editor-section" aria-labelledby="signatories-heading">
      <h4 id="signatories-heading">{fa.signatories}</h4>
      {signatories.map((s, index) => {
        const n = faDigits(index + 1);
        return (
          <div key={s.id} className="resolution-row">
            <span className="resolution-number">{n}</span>
            <PersonNameField
              draftKey={`${s.id}.name`}
              label={`${fa.signatoryName} ${n}`}
              serverValue={s.name}
              people={directory.people}
              save={(v) => api.signatories.update({ id: s.id, name: v })}
              onPick={(p) => api.signatories.update({ id: s.id, name: p.name, title: p.title }).then(onChanged)}
              onAddToDirectory={(name) => directory.add(name, s.title)}
            />
            <AutosaveField
              draftKey={`${s.id}.title`}
              label={`${fa.signatoryTitle} ${n}`}
              serverValue={s.title ?? ''}
              save={(v) => api.signatories.update({ id: s.id, title: v.trim() === '' ? null : v })}
            />
            <Button
              aria-label={`${fa.remove} — ${fa.signatoryName} ${n}`}
              onPress={() => void api.signatories.remove({ id: s.id }).then(onChanged)}
            >
              {fa.remove}
            </Button>
          </div>
        );
      })}
      <TextField className="field" value={name} onChange={setName} isInvalid={error !== null} validationBehavior="aria">
        <Label>{fa.addSignatory}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
    </section>
  );
}
