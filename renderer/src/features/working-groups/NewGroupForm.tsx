// «کارگروه تازه»: another working group of the same secretariat (an office often runs several).
// Name, province (the secretariat's to start with) and organising body; its members, officers and
// people are set up next, on its setup screen.
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { fieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { TextInput } from '../../components/TextInput';
import { fa } from '../../i18n/fa';

interface Props {
  province: string;
  onCreated: (group: WorkingGroup) => void;
  onCancel: () => void;
}

export function NewGroupForm({ province, onCreated, onCancel }: Props) {
  const api = useApi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    try {
      onCreated(
        await api.workingGroups.create({
          name: form.groupName ?? '',
          province: form.groupProvince ?? '',
          organization: form.groupOrganization || null,
        }),
      );
    } catch (error) {
      // The form keeps what was typed; the message shows beside its field.
      setErrors(
        fieldErrors(error, { name: 'groupName', province: 'groupProvince', organization: 'groupOrganization' }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="new-group" aria-labelledby="new-group-title">
      <h2 id="new-group-title">{fa.workingGroups.newGroupTitle}</h2>
      <Form validationErrors={errors} onSubmit={(e) => void submit(e)} className="stack">
        <FormError message={errors['']} />
        <TextInput
          name="groupName"
          label={fa.common.groupName}
          description={fa.common.groupNameHint}
          isRequired
          autoFocus
        />
        <TextInput name="groupProvince" label={fa.common.province} defaultValue={province} isRequired />
        <TextInput
          name="groupOrganization"
          label={fa.common.groupOrganization}
          description={fa.common.groupOrganizationHint}
        />
        <div className="form-actions">
          <Button type="submit" className="primary" isDisabled={busy}>
            {fa.workingGroups.newGroupSubmit}
          </Button>
          <Button className="secondary" onPress={onCancel}>
            {fa.common.cancel}
          </Button>
        </div>
      </Form>
    </section>
  );
}
