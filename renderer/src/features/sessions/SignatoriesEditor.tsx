// The signatories (امضاکنندگان) of the minutes, in the order they sign; a removed one comes back
// with Ctrl+Z in its place. A refused change is said on its row, a refused add under the box.
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import type { SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { useRemoval } from '../../components/use-removal';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from '../../components/AutosaveField';
import type { Directory } from './directory';
import { useDraft } from './use-draft';
import { PersonNameField } from '../../components/PersonNameField';
import { sessionParts, useDirectory, useSessionPart } from './use-session';

export function SignatoriesEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const [name, setName, clear] = useDraft(`${sessionId}.signatory`);
  const adding = useAction();
  const read = useSessionPart(sessionId, sessionParts.signatories);
  const directory = useDirectory();

  async function add() {
    if (await adding.run(() => api.signatories.add({ sessionId, name, title: null }))) clear();
  }
  if (read.state !== 'ready') return null;
  const signatories = read.value;

  return (
    <section className="editor-section" aria-labelledby="signatories-heading">
      <h4 id="signatories-heading">{fa.sessions.signatories}</h4>
      {signatories.map((s, index) => (
        <Signatory key={s.id} sessionId={sessionId} signatory={s} index={index} directory={directory} />
      ))}
      <TextField
        className="field"
        value={name}
        onChange={setName}
        isInvalid={adding.error !== null}
        validationBehavior="aria"
      >
        <Label>{fa.sessions.addSignatory}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
        <FieldError className="field-error">{adding.error}</FieldError>
      </TextField>
    </section>
  );
}

interface RowProps {
  sessionId: string;
  signatory: SessionDetail['signatories'][number];
  index: number;
  directory: Directory;
}

function Signatory({ sessionId, signatory: s, index, directory }: RowProps) {
  const api = useApi();
  const action = useAction();
  const removeUndoably = useRemoval();
  const n = faDigits(index + 1);
  return (
    <>
      <div className="resolution-row">
        <span className="resolution-number">{n}</span>
        <PersonNameField
          draftKey={`${s.id}.name`}
          label={`${fa.sessions.signatoryName} ${n}`}
          serverValue={s.name}
          people={directory.people}
          save={(v) => api.signatories.update({ id: s.id, name: v })}
          onPick={(p) => api.signatories.update({ id: s.id, name: p.name, title: p.title })}
          onAddToDirectory={(name) => directory.add(name, s.title)}
        />
        <AutosaveField
          draftKey={`${s.id}.title`}
          label={`${fa.sessions.signatoryTitle} ${n}`}
          serverValue={s.title ?? ''}
          save={(v) => api.signatories.update({ id: s.id, title: v.trim() === '' ? null : v })}
        />
        <Button
          aria-label={`${fa.common.remove} — ${fa.sessions.signatoryName} ${n}`}
          onPress={() =>
            void action.run(() =>
              removeUndoably({
                target: `${s.id}.name`,
                label: fa.sessions.removed(`${fa.sessions.signatoryName} ${n}`),
                remove: () => api.signatories.remove({ id: s.id }),
                restore: (was) => api.signatories.add({ sessionId, ...was }),
              }),
            )
          }
        >
          {fa.common.remove}
        </Button>
      </div>
      <FormError message={action.error} />
    </>
  );
}
