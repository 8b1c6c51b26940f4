// Picks an organisation from the directory or takes a typed name: Enter adds the highlighted
// option, or what was typed; matching ignores Arabic ي/ك and ZWNJ differences.
import { useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import type { Organization } from '../../../electron/contract';
import { normalizeForSearch, persianContains } from '../i18n/match';
import { isEnterOnTyped } from './combo-keys';

interface Props {
  label: string;
  /** The organisations offered (those already chosen left out by the caller). */
  options: Organization[];
  /** Names already chosen, left out of the list (compared ignoring ي/ك and ZWNJ). */
  exclude?: string[];
  typed: string;
  onTyped: (value: string) => void;
  /** Adds a name: the picked organisation's, or the typed text. */
  onAdd: (name?: string) => void;
  error?: string | null;
}

export function OrganizationPicker({ label, options, exclude = [], typed, onTyped, onAdd, error = null }: Props) {
  // The list is built (and filtered) only while the field has the focus: an editor holds one
  // picker per resolution, and each closed one building a hundred options made opening it slow.
  const [active, setActive] = useState(false);
  const offered = () => {
    const chosen = new Set(exclude.map(normalizeForSearch));
    return options.filter((o) => !chosen.has(normalizeForSearch(o.name)));
  };
  return (
    <ComboBox
      onFocusChange={setActive}
      defaultFilter={persianContains}
      className="field"
      allowsCustomValue
      menuTrigger="focus"
      inputValue={typed}
      onInputChange={onTyped}
      isInvalid={error !== null}
      validationBehavior="aria"
      onKeyDown={(e) => isEnterOnTyped(e) && onAdd()}
      onSelectionChange={(key) => key !== null && onAdd(options.find((o) => o.id === key)?.name)}
    >
      <Label>{label}</Label>
      <Input />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox items={active ? offered() : []}>{(o) => <ListBoxItem id={o.id}>{o.name}</ListBoxItem>}</ListBox>
      </Popover>
    </ComboBox>
  );
}
