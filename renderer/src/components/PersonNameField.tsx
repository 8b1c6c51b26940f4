// An autosaved person's name that offers the people directory as it is typed: picking someone
// fills their title too; a name not in the directory gets a button to add it there. A refused
// pick or add is said under the field, like a refused name.
import { ComboBox, FieldError, Input, Label } from 'react-aria-components';
import type { Person } from '../../../electron/contract';
import { useAction } from '../api/use-action';
import { persianContains, sameText } from '../i18n/match';
import { AddToDirectoryButton, PeopleOptions } from './PeopleOptions';
import { useAutosave } from './use-autosave';

interface Props {
  draftKey: string;
  label: string;
  serverValue: string;
  people: Person[];
  save: (name: string) => Promise<unknown>;
  /** Someone picked from the directory: save their name and title together. */
  onPick: (person: Person) => Promise<unknown>;
  /** Adds the typed name to the directory. */
  onAddToDirectory: (name: string) => Promise<unknown>;
}

export function PersonNameField({ draftKey, label, serverValue, people, save, onPick, onAddToDirectory }: Props) {
  const field = useAutosave(draftKey, serverValue, save, label);
  const action = useAction();
  const error = field.error ?? action.error;
  const typed = field.value.trim();
  const known = typed === '' || people.some((p) => sameText(p.name, typed));
  return (
    <div className="person-field">
      <ComboBox
        className="field"
        allowsCustomValue
        menuTrigger="input"
        defaultFilter={persianContains}
        inputValue={field.value}
        onInputChange={field.change}
        onSelectionChange={(key) => {
          const person = people.find((p) => p.id === key);
          if (person) void action.run(() => onPick(person));
        }}
        isInvalid={error !== null}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <Input onBlur={() => void field.flush()} data-edit-target={draftKey} />
        <FieldError className="field-error">{error}</FieldError>
        <PeopleOptions people={people} />
      </ComboBox>
      {!known && <AddToDirectoryButton label={label} onPress={() => void action.run(() => onAddToDirectory(typed))} />}
    </div>
  );
}
