// Picks one person of the directory (a working group's default chair, say). A typed name that is
// not in the directory gets a button that adds it there and picks it; an emptied box picks no one.
// A refused add is said under the box, the typed name kept.
import { useState } from 'react';
import { useAction } from '../api/use-action';
import { ComboBox, FieldError, Input, Label } from 'react-aria-components';
import type { Person } from '../../../electron/contract';
import { fa } from '../i18n/fa';
import { persianContains, sameText } from '../i18n/match';
import { AddToDirectoryButton, PeopleOptions } from './PeopleOptions';

interface Props {
  label: string;
  people: Person[];
  selectedId: string | null;
  onChange: (id: string | null) => Promise<unknown>;
  /** Adds a name to the directory and resolves to the new person. */
  onAddToDirectory: (name: string) => Promise<Person>;
  error?: string | null;
}

export function PersonPicker({ label, people, selectedId, onChange, onAddToDirectory, error: refused = null }: Props) {
  const adding = useAction();
  const error = refused ?? adding.error;
  const selected = people.find((p) => p.id === selectedId);
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? selected?.name ?? '';
  const known = shown.trim() === '' || people.some((p) => sameText(p.name, shown));
  return (
    <div className="person-field">
      <ComboBox
        className="field"
        allowsCustomValue
        menuTrigger="input"
        defaultFilter={persianContains}
        selectedKey={selectedId}
        inputValue={shown}
        onInputChange={(v) => {
          setTyped(v);
          if (v.trim() === '' && selectedId !== null) void onChange(null);
        }}
        onSelectionChange={(key) => {
          if (key === null || key === selectedId) return;
          setTyped(null);
          void onChange(String(key));
        }}
        isInvalid={error !== null}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <Input placeholder={fa.common.noOne} />
        <FieldError className="field-error">{error}</FieldError>
        <PeopleOptions people={people} />
      </ComboBox>
      {!known && (
        <AddToDirectoryButton
          label={label}
          onPress={() =>
            void adding.run(async () => {
              const p = await onAddToDirectory(shown.trim());
              setTyped(null);
              await onChange(p.id);
            })
          }
        />
      )}
    </div>
  );
}
