// An autosaved person's name that offers the people directory as it is typed: picking someone
// fills their title too; a name not in the directory gets a button to add it there.
import { ComboBox, FieldError, Input, Label } from 'react-aria-components';
import type { Person } from '../../../electron/contract';
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
  const field = useAutosave(draftKey, serverValue, save);
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
          if (person) void onPick(person);
        }}
        isInvalid={field.error !== null}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <Input onBlur={() => void field.flush()} />
        <FieldError className="field-error">{field.error}</FieldError>
        <PeopleOptions people={people} />
      </ComboBox>
      {!known && <AddToDirectoryButton label={label} onPress={() => void onAddToDirectory(typed)} />}
    </div>
  );
}
