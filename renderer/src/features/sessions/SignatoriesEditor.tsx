// The signatories (امضاکنندگان) of the minutes, in the order they sign; a removed one comes back
// with Ctrl+Z in its place. A refused change is said on its row, a refused add under the box. A new
// one is picked from the people directory (name and title), or typed when the directory has no match.
import { useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label } from 'react-aria-components';
import type { Person, SessionDetail } from '../../../../electron/contract';
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
import { PeopleOptions } from '../../components/PeopleOptions';
import { isEnterOnTyped } from '../../components/combo-keys';
import { persianContains, sameText } from '../../i18n/match';
import { sessionParts, useDirectory, useSessionPart } from './use-session';

export function SignatoriesEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const [name, setName, clear] = useDraft(`${sessionId}.signatory`);
  const adding = useAction();
  const read = useSessionPart(sessionId, sessionParts.signatories);
  const directory = useDirectory();
  const [ambiguous, setAmbiguous] = useState(false);
  // Each add starts the box afresh (its list closed, nothing picked), the focus kept in it.
  const [added, setAdded] = useState(0);

  async function add(person: Person | null) {
    setAmbiguous(false);
    const sent = name;
    const signatory = person ? { name: person.name, title: person.title } : { name, title: null };
    // A name typed while this one was on its way is the next one: kept, and the box not started afresh.
    if ((await adding.run(() => api.signatories.add({ sessionId, ...signatory }))) && clear(sent)) {
      setAdded((n) => n + 1);
    }
  }
  /** Enter on what was typed: the one person it names, else a name the directory does not have. */
  function addTyped() {
    const typed = name.trim();
    if (typed === '') return;
    const exact = directory.people.find((p) => sameText(p.name, typed));
    const matches = directory.people.filter((p) => persianContains(p.name, typed));
    if (exact || matches.length === 1) return void add(exact ?? matches[0]!);
    // A half-typed name of several people is not a signatory: one of them is picked.
    if (matches.length > 1) return setAmbiguous(true);
    void add(null);
  }
  const error = ambiguous ? fa.attendance.pickOne : adding.error;
  if (read.state !== 'ready') return null;
  const signatories = read.value;

  return (
    <section className="editor-section" aria-labelledby="signatories-heading">
      <h4 id="signatories-heading">{fa.sessions.signatories}</h4>
      {signatories.map((s, index) => (
        <Signatory key={s.id} sessionId={sessionId} signatory={s} index={index} directory={directory} />
      ))}
      <ComboBox
        key={added}
        className="field"
        allowsCustomValue
        menuTrigger="input"
        defaultFilter={persianContains}
        selectedKey={null}
        inputValue={name}
        onInputChange={(v) => {
          setAmbiguous(false);
          setName(v);
        }}
        onKeyDown={(e) => isEnterOnTyped(e) && addTyped()}
        onSelectionChange={(key) => {
          const person = directory.people.find((p) => p.id === key);
          if (person) void add(person);
        }}
        isInvalid={error !== null}
        validationBehavior="aria"
      >
        <Label>{fa.sessions.addSignatory}</Label>
        <Input autoFocus={added > 0} />
        <FieldError className="field-error">{error}</FieldError>
        <PeopleOptions people={directory.people} />
      </ComboBox>
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
