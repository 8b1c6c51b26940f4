// First run: name the secretariat and its province, and create the first working group.
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useApi } from '../../app/api-context';
import { refusal } from '../../api/field-errors';
import { TextInput } from '../../components/TextInput';
import { fa } from '../../i18n/fa';

interface Props {
  /** Whether a working group already exists (e.g. imported from the command line). */
  hasGroups: boolean;
  onDone: () => void;
}

export function FirstRun({ hasGroups, onDone }: Props) {
  const api = useApi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    const problems =
      (await refusal(() => api.secretariat.setup({ name: form.secretariatName ?? '', province: form.province ?? '' }), {
        name: 'secretariatName',
        province: 'province',
      })) ??
      (hasGroups
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
      <h1>{fa.firstRunTitle}</h1>
      <p>{fa.firstRunIntro}</p>
      <Form validationErrors={errors} onSubmit={(e) => void submit(e)} className="stack">
        {errors[''] && (
          <p role="alert" className="form-error">
            {errors['']}
          </p>
        )}
        <TextInput
          name="secretariatName"
          label={fa.secretariatName}
          description={fa.secretariatNameHint}
          isRequired
          autoFocus
        />
        <TextInput name="province" label={fa.province} isRequired />
        {!hasGroups && (
          <fieldset>
            <legend>{fa.firstGroup}</legend>
            <TextInput name="groupName" label={fa.groupName} description={fa.groupNameHint} isRequired />
            <TextInput name="groupOrganization" label={fa.groupOrganization} description={fa.groupOrganizationHint} />
          </fieldset>
        )}
        <Button type="submit" className="primary" isDisabled={busy}>
          {fa.firstRunSubmit}
        </Button>
      </Form>
    </main>
  );
}
