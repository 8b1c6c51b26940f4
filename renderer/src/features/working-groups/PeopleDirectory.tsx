// The people directory (فهرست اشخاص): name, title and organisation of everyone who chairs, takes
// minutes, speaks or signs; every change autosaved. Pickers in the session editor offer these people.
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { Organization, Person } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { AutosaveField } from '../../components/AutosaveField';
import { PickOne } from '../../components/PickOne';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { useDraft } from '../sessions/use-draft';

interface Props {
  people: Person[];
  organizations: Organization[];
  onChanged: () => Promise<unknown>;
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function PeopleDirectory({ people, organizations, onChanged }: Props) {
  const api = useApi();
  const [typed, setTyped, clear] = useDraft('people.new');
  const choices = [{ id: '', label: fa.noOrganization }, ...organizations.map((o) => ({ id: o.id, label: o.name }))];

  async function add() {
    if (typed.trim() === '') return;
    await api.people.create({ name: typed });
    clear();
    await onChanged();
  }

  return (
    <section className="people" aria-labelledby="people-heading">
      <h3 id="people-heading">
        {fa.people} ({faDigits(people.length)})
      </h3>
      {people.length === 0 && <p className="empty">{fa.noPeople}</p>}
      <ul className="people-list" aria-label={fa.people}>
        {people.map((p, index) => (
          <li key={p.id} className="person-row">
            <AutosaveField
              draftKey={`${p.id}.personName`}
              label={`${fa.personName} ${faDigits(index + 1)}`}
              serverValue={p.name}
              save={(v) => api.people.update({ id: p.id, name: v })}
            />
            <AutosaveField
              draftKey={`${p.id}.personTitle`}
              label={`${fa.personTitle} ${faDigits(index + 1)}`}
              serverValue={p.title ?? ''}
              save={(v) => api.people.update({ id: p.id, title: orNull(v) })}
            />
            <PickOne
              className="field"
              label={`${fa.personOrganization} — ${p.name}`}
              hideLabel
              choices={choices}
              value={p.organizationId ?? ''}
              onChange={(id) => void api.people.update({ id: p.id, organizationId: id || null }).then(onChanged)}
            />
            <Button
              aria-label={`${fa.remove} — ${p.name}`}
              onPress={() => void api.people.remove({ id: p.id }).then(onChanged)}
            >
              {fa.remove}
            </Button>
          </li>
        ))}
      </ul>
      <TextField className="field" value={typed} onChange={setTyped}>
        <Label>{fa.addPerson}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
      </TextField>
    </section>
  );
}
