// The people directory (فهرست اشخاص): name, title and organisation of everyone who chairs, takes
// minutes, speaks or signs; every change autosaved. Pickers in the session editor offer these people.
// A refused change is said on its row; a refused add under the box, the typed name kept.
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

export function PeopleDirectory({ people, organizations }: Props) {
  const api = useApi();
  const [typed, setTyped, clear] = useDraft('people.new');
  const adding = useAction();
  const choices = [
    { id: '', label: fa.workingGroups.noOrganization },
    ...organizations.map((o) => ({ id: o.id, label: o.name })),
  ];

  async function add() {
    if (typed.trim() === '') return;
    if (!(await adding.run(() => api.people.create({ name: typed })))) return;
    clear();
  }

  return (
    <section className="people" aria-labelledby="people-heading">
      <h3 id="people-heading">
        {fa.workingGroups.people} ({faDigits(people.length)})
      </h3>
      {people.length === 0 && <p className="empty">{fa.workingGroups.noPeople}</p>}
      <ul className="people-list" aria-label={fa.workingGroups.people}>
        {people.map((p, index) => (
          <PersonRow key={p.id} person={p} index={index} choices={choices} />
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
  index: number;
  choices: { id: string; label: string }[];
}

function PersonRow({ person: p, index, choices }: RowProps) {
  const api = useApi();
  const action = useAction();
  return (
    <li className="person-row">
      <AutosaveField
        draftKey={`${p.id}.personName`}
        label={`${fa.workingGroups.personName} ${faDigits(index + 1)}`}
        serverValue={p.name}
        save={(v) => api.people.update({ id: p.id, name: v })}
      />
      <AutosaveField
        draftKey={`${p.id}.personTitle`}
        label={`${fa.workingGroups.personTitle} ${faDigits(index + 1)}`}
        serverValue={p.title ?? ''}
        save={(v) => api.people.update({ id: p.id, title: orNull(v) })}
      />
      <PickOne
        className="field"
        label={`${fa.workingGroups.personOrganization} — ${p.name}`}
        hideLabel
        choices={choices}
        value={p.organizationId ?? ''}
        onChange={(id) => void action.run(() => api.people.update({ id: p.id, organizationId: id || null }))}
      />
      <ConfirmButton
        className="secondary danger"
        label={fa.common.remove}
        ariaLabel={`${fa.common.remove} — ${p.name}`}
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
