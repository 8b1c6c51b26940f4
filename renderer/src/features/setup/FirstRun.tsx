// First run: name the secretariat and its province, and create the first working group — or, when
// groups are already there (minutes imported from the command line), only the secretariat, the
// groups kept as they are; or, on headquarters' computer, name headquarters (chosen here once, or
// by starting with `--hq`).
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Role, WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { refusal } from '../../api/field-errors';
import { TextInput } from '../../components/TextInput';
import { fa } from '../../i18n/fa';
import { FormError } from '../../components/FormError';

interface Props {
  /** The working groups already there (e.g. imported from the command line): kept, not asked for. */
  groups: WorkingGroup[];
  /** Headquarters when started with `--hq`: then the choice is made. */
  presetRole: Role | null;
  onDone: () => void;
}

export function FirstRun({ groups, presetRole, onDone }: Props) {
  const hasGroups = groups.length > 0;
  const api = useApi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState<Role>(presetRole ?? 'province');
  const hq = role === 'headquarters';

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    const problems =
      (await refusal(
        () => api.secretariat.setup({ name: form.secretariatName ?? '', province: form.province ?? '', role }),
        { name: 'secretariatName', province: 'province' },
      )) ??
      (hasGroups || hq
        ? null
        : await refusal(
            () =>
              api.workingGroups.create({
                name: form.groupName ?? '',
                province: form.province ?? '',
                organization: form.groupOrganization || null,
              }),
            { name: 'groupName', province: 'province', organization: 'groupOrganization' },
          ));
    setBusy(false);
    // On a refusal the form keeps everything typed; only the messages change.
    if (problems) setErrors(problems);
    else onDone();
  }

  return (
    <main className="first-run">
      <h1>
        {fa.setup.firstRunTitle}
        {hq && ` — ${fa.common.headquarters}`}
      </h1>
      <p>{hq ? fa.setup.hqFirstRunIntro : hasGroups ? fa.setup.firstRunIntroWithGroups : fa.setup.firstRunIntro}</p>
      {hasGroups && !hq && (
        <ul className="existing-groups">
          {groups.map((g) => (
            <li key={g.id}>{g.name}</li>
          ))}
        </ul>
      )}
      <Form validationErrors={errors} onSubmit={(e) => void submit(e)} className="stack">
        <FormError message={errors['']} />
        <TextInput
          key={role}
          name="secretariatName"
          label={hq ? fa.setup.hqName : fa.setup.secretariatName}
          description={hq ? undefined : fa.setup.secretariatNameHint}
          isRequired
          autoFocus
        />
        <TextInput
          key={`province-${role}`}
          name="province"
          label={hq ? fa.setup.hqProvince : fa.common.province}
          defaultValue={hq ? undefined : groups[0]?.province}
          isRequired
        />
        {!hasGroups && !hq && (
          <fieldset>
            <legend>{fa.setup.firstGroup}</legend>
            <TextInput name="groupName" label={fa.common.groupName} description={fa.common.groupNameHint} isRequired />
            <TextInput
              name="groupOrganization"
              label={fa.common.groupOrganization}
              description={fa.common.groupOrganizationHint}
            />
          </fieldset>
        )}
        <Button type="submit" className="primary" isDisabled={busy}>
          {fa.setup.firstRunSubmit}
        </Button>
      </Form>
      {presetRole === null && (
        // The rarer choice, kept out of the secretary's way; made once for this data file.
        <Button
          className="link role-switch"
          onPress={() => {
            setErrors({});
            setRole(hq ? 'province' : 'headquarters');
          }}
        >
          {hq ? fa.setup.setUpAsProvince : fa.setup.setUpAsHeadquarters}
        </Button>
      )}
    </main>
  );
}
