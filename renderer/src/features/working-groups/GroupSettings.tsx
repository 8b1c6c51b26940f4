// A working group's own details: name, province, organising body, the days an «فوری» deadline
// gives, the default chair and secretary new sessions start with, and whether its minutes print
// exactly as typed. Every change autosaved.
import { useState } from 'react';
import type { Person, WorkingGroup } from '../../../../electron/contract';
import { toLatinDigits } from '../../../../electron/contract/persian-text';
import { useApi } from '../../api/use-api';
import { fieldErrors } from '../../api/field-errors';
import { AutosaveField } from '../../components/AutosaveField';
import { PersonPicker } from '../../components/PersonPicker';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

interface Props {
  group: WorkingGroup;
  people: Person[];
}

const officers = [
  { field: 'defaultChairId', label: fa.workingGroups.defaultChair },
  { field: 'defaultSecretaryId', label: fa.workingGroups.defaultSecretary },
] as const;

export function GroupSettings({ group, people }: Props) {
  const api = useApi();
  const id = group.id;
  const [officerErrors, setOfficerErrors] = useState<Record<string, string>>({});
  const [printError, setPrintError] = useState<string | null>(null);
  // What was just ticked, shown at once until the group read again says the same (null: as it says).
  const [asTyped, setAsTyped] = useState<boolean | null>(null);
  if (asTyped !== null && asTyped === group.printAsTyped) setAsTyped(null);
  const save = (patch: Omit<Parameters<typeof api.workingGroups.update>[0], 'id'>) =>
    api.workingGroups.update({ id, ...patch });

  async function setOfficer(field: (typeof officers)[number]['field'], personId: string | null) {
    try {
      await save({ [field]: personId });
      setOfficerErrors(({ [field]: _gone, ...rest }) => rest);
    } catch (e) {
      setOfficerErrors((errs) => ({ ...errs, [field]: Object.values(fieldErrors(e, {}))[0] ?? fa.common.error }));
    }
  }

  async function setPrintAsTyped(printAsTyped: boolean) {
    setAsTyped(printAsTyped);
    try {
      await save({ printAsTyped });
      setPrintError(null);
    } catch (e) {
      setAsTyped(null);
      setPrintError(Object.values(fieldErrors(e, {}))[0] ?? fa.common.error);
    }
  }

  return (
    <section className="editor-section header-grid" aria-labelledby="group-details-heading">
      <h3 id="group-details-heading" className="wide">
        {fa.workingGroups.groupDetails}
      </h3>
      <AutosaveField
        draftKey={`${id}.groupName`}
        label={fa.common.groupName}
        className="wide"
        serverValue={group.name}
        save={(v) => save({ name: v })}
      />
      <AutosaveField
        draftKey={`${id}.groupProvince`}
        label={fa.common.province}
        serverValue={group.province}
        save={(v) => save({ province: v })}
      />
      <AutosaveField
        draftKey={`${id}.groupOrganization`}
        label={fa.common.groupOrganization}
        serverValue={group.organization ?? ''}
        save={(v) => save({ organization: v.trim() === '' ? null : v })}
      />
      <AutosaveField
        draftKey={`${id}.immediateDays`}
        label={fa.workingGroups.immediateDays}
        serverValue={faDigits(group.immediateDays)}
        save={(v) => {
          const days = toLatinDigits(v.trim());
          if (!/^\d+$/.test(days)) return Promise.reject(new Error(fa.workingGroups.notANumber));
          return save({ immediateDays: Number(days) });
        }}
      />
      {officers.map(({ field, label }) => (
        <PersonPicker
          key={field}
          label={label}
          people={people}
          selectedId={group[field]}
          error={officerErrors[field] ?? null}
          onChange={(personId) => setOfficer(field, personId)}
          onAddToDirectory={(name) => api.people.create({ name })}
        />
      ))}
      <div className="wide">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={asTyped ?? group.printAsTyped}
            aria-describedby={`${id}-print-as-typed-hint`}
            onChange={(e) => void setPrintAsTyped(e.target.checked)}
          />
          {fa.workingGroups.printAsTyped}
        </label>
        <p id={`${id}-print-as-typed-hint`} className="hint">
          {fa.workingGroups.printAsTypedHint}
        </p>
        {printError && (
          <p role="alert" className="field-error">
            {printError}
          </p>
        )}
      </div>
    </section>
  );
}
