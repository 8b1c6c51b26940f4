// Picks an organisation from the directory or takes a typed name: Enter adds the highlighted
// option, or what was typed; matching ignores Arabic ي/ك and ZWNJ differences. Drawn as a plain
// input until first focused (use-activation.ts), then react-aria's ComboBox. The list opens on
// focus; after an add the box keeps the focus for the next name, and the list stays closed until
// the secretary types or presses ArrowDown (it was popping open over the card).
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import type { Organization } from '../../../electron/contract';
import { normalizeForSearch, persianContains } from '../i18n/match';
import { isEnterOnTyped } from './combo-keys';
import { useActivation } from './use-activation';

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

export function OrganizationPicker(props: Props) {
  const { state, trigger } = useActivation();
  return state === 'idle' ? <LookAlike {...props} onFocus={trigger.onFocus} /> : <Picker {...props} />;
}

function Picker({ label, options, exclude = [], typed, onTyped, onAdd, error = null }: Props) {
  // The list is built (and filtered) only while the field has the focus.
  const [active, setActive] = useState(false);
  // Just added: react-aria reopens the list whenever the input's value changes ('focus' and
  // 'input' alike), the emptied box included; 'manual' keeps it shut until typing or ArrowDown.
  const [justAdded, setJustAdded] = useState(false);
  const added = (name?: string) => {
    setJustAdded(true);
    onAdd(name);
  };
  // Made real by the focus: take it over (the look-alike it replaces had it), before the next key.
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);
  const offered = () => {
    const chosen = new Set(exclude.map(normalizeForSearch));
    return options.filter((o) => !chosen.has(normalizeForSearch(o.name)));
  };
  return (
    <ComboBox
      onFocusChange={(focused) => {
        setActive(focused);
        if (!focused) setJustAdded(false);
      }}
      defaultFilter={persianContains}
      className="field"
      allowsCustomValue
      menuTrigger={justAdded ? 'manual' : 'focus'}
      inputValue={typed}
      onInputChange={onTyped}
      isInvalid={error !== null}
      validationBehavior="aria"
      onKeyDown={(e) => isEnterOnTyped(e) && added()}
      onSelectionChange={(key) => key !== null && added(options.find((o) => o.id === key)?.name)}
    >
      <Label>{label}</Label>
      {/* Typing (a key, a paste, an input method) offers the list again; ArrowDown opens it anyway. */}
      <Input ref={input} onInput={() => setJustAdded(false)} />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox items={active ? offered() : []}>{(o) => <ListBoxItem id={o.id}>{o.name}</ListBoxItem>}</ListBox>
      </Popover>
    </ComboBox>
  );
}

/** The closed combo box as react-aria draws it: a labelled input with the combobox role. */
function LookAlike({ label, typed, onTyped, error = null, onFocus }: Props & { onFocus: () => void }) {
  const id = useId();
  return (
    <div className="field" data-invalid={error !== null || undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        autoComplete="off"
        value={typed}
        onChange={(e) => onTyped(e.currentTarget.value)}
        onFocus={onFocus}
      />
      {error !== null && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
