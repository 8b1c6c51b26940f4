// Which working group the files go to: the one each file names (the default), one of the groups,
// or a new one typed here (made by the first file read).
import { Input, Label, TextField } from 'react-aria-components';
import type { WorkingGroup } from '../../../../electron/contract';
import { PickOne } from '../../components/PickOne';
import { fa } from '../../i18n/fa';

/** `text`: as the file says; `new`: the name typed; else a group's id. */
export interface GroupChoiceValue {
  pick: string;
  newName: string;
}

/** The `group` the service takes: a name, or null for the one the file names. */
export function groupToSend(choice: GroupChoiceValue, groups: readonly WorkingGroup[]): string | null {
  if (choice.pick === 'text') return null;
  if (choice.pick === 'new') return choice.newName.trim() || null;
  return groups.find((g) => g.id === choice.pick)?.name ?? null;
}

export function GroupChoice({
  groups,
  value,
  onChange,
}: {
  groups: readonly WorkingGroup[];
  value: GroupChoiceValue;
  onChange: (value: GroupChoiceValue) => void;
}) {
  const t = fa.pastMinutes;
  const choices = [
    { id: 'text', label: t.groupFromText },
    ...groups.map((g) => ({ id: g.id, label: g.name })),
    { id: 'new', label: t.groupNew },
  ];
  return (
    <div className="past-minutes-group">
      <PickOne
        label={t.group}
        className="react-aria-Select past-minutes-group-pick"
        choices={choices}
        value={value.pick}
        onChange={(pick) => onChange({ ...value, pick })}
      />
      {value.pick === 'new' && (
        <TextField className="field" value={value.newName} onChange={(newName) => onChange({ ...value, newName })}>
          <Label>{t.groupNewName}</Label>
          <Input />
        </TextField>
      )}
      {value.pick === 'text' && <p className="hint">{t.groupHint}</p>}
    </div>
  );
}
