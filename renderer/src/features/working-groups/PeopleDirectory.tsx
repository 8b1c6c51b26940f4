// The people directory (فهرست اشخاص): name, title and organisation of everyone who chairs, takes
// minutes, speaks or signs; every change autosaved. Pickers in the session editor offer these people.
// A refused change is said on its row; a refused add under the box, the typed name kept. Rows keep
// their place while the screen is open (a person added goes last; the directory's alphabetical
// order comes back the next time it is shown), and every label names the row's person.
import { useState } from 'react';
import { FieldError, Input, Label, TextField } from 'react-aria-components';
import type { Organization, Person } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { AutosaveField } from '../../components/AutosaveField';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormError } from '../../components/FormError';
import { PickOne } from '../../components/PickOne';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { useDraft } from '../sessions/use-draft';

interface Props {
  people: Person[];
  organizations: Organization[];
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** `people` in the order first shown: those known keep their place, those new go last. */
function useKeptOrder(people: Person[]): Person[] {
  const [shown, setShown] = useState<string[]>([]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const kept = shown.filter((id) => byId.has(id));
  const known = new Set(kept);
  const order = [...kept, ...people.filter((p) => !known.has(p.id)).map((p) => p.id)];
  // Adjusted while rendering (React's pattern for state derived from a prop): no extra pass.
  if (order.length !== shown.length || order.some((id, i) => id !== shown[i])) setShown(order);
  return order.map((id) => byId.get(id)!);
}

export function PeopleDirectory({ people, organizations }: Props) {
  const api = useApi();
  const [typed, setTyped, clear] = useDraft('people.new');
  const adding = useAction();
  const rows = useKeptOrder(people);
  const choices = [
    { id: '', label: fa.workingGroups.noOrganization },
    ...organizations.map((o) => ({ id: o.id, label: o.name })),
  ];

  async function add() {
    if (typed.trim() === '') return;
    const sent = typed;
    if (!(await adding.run(() => api.people.create({ name: sent })))) return;
    clear(sent);
  }

  return (
    <section className="people" aria-labelledby="people-heading">
      <h3 id="people-heading">
        {fa.workingGroups.people} ({faDigits(people.length)})
      </h3>
      {people.length === 0 && <p className="empty">{fa.workingGroups.noPeople}</p>}
      <ul className="people-list" aria-label={fa.workingGroups.people}>
        {rows.map((p) => (
          <PersonRow key={p.id} person={p} choices={choices} />
        ))}
      </ul>
      <TextField
        className="field"
        value={typed}
        onChange={setTyped}
        isInvalid={adding.error !== null}
        validationBehavior="aria"
      >
        <Label>{fa.workingGroups.addPerson}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
        <FieldError className="field-error">{adding.error}</FieldError>
      </TextField>
    </section>
  );
}

interface RowProps {
  person: Person;
  choices: { id: string; label: string }[];
}

function PersonRow({ person: p, choices }: RowProps) {
  const api = useApi();
  const action = useAction();
  return (
    <li className="person-row">
      <AutosaveField
        draftKey={`${p.id}.personName`}
        label={fa.workingGroups.personName}
        labelDetail={fa.workingGroups.whose(p.name)}
        serverValue={p.name}
        save={(v) => api.people.update({ id: p.id, name: v })}
      />
      <AutosaveField
        draftKey={`${p.id}.personTitle`}
        label={fa.workingGroups.personTitle}
        labelDetail={fa.workingGroups.whose(p.name)}
        serverValue={p.title ?? ''}
        save={(v) => api.people.update({ id: p.id, title: orNull(v) })}
      />
      <PickOne
        className="field"
        label={fa.workingGroups.personLabel(fa.workingGroups.personOrganization, p.name)}
        hideLabel
        choices={choices}
        value={p.organizationId ?? ''}
        onChange={(id) => void action.run(() => api.people.update({ id: p.id, organizationId: id || null }))}
      />
      <ConfirmButton
        className="secondary danger"
        label={fa.common.remove}
        ariaLabel={fa.workingGroups.personLabel(fa.common.remove, p.name)}
        title={fa.workingGroups.removePersonTitle(p.name)}
        confirmLabel={fa.common.removeSessionConfirm}
        onConfirm={() => api.people.remove({ id: p.id })}
      >
        <p>{fa.workingGroups.removePersonBody}</p>
      </ConfirmButton>
      <FormError message={action.error} />
    </li>
  );
}
