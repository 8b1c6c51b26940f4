// A select of a few fixed choices (deadline kind, attendance status), keyboard-operable. Drawn as a
// plain button until first used (use-activation.ts), then react-aria's Select.
import { useId, useLayoutEffect, useRef } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useActivation } from './use-activation';

interface Props<K extends string> {
  /** Shown as a visible label, or only to assistive technology when `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  choices: readonly { id: K; label: string }[];
  value: K;
  onChange: (value: K) => void;
  className?: string;
}

export function PickOne<K extends string>(props: Props<K>) {
  const { state, trigger } = useActivation();
  return state === 'idle' ? <LookAlike {...props} trigger={trigger} /> : <RealSelect {...props} opened={state} />;
}

function RealSelect<K extends string>({
  label,
  hideLabel,
  choices,
  value,
  onChange,
  className,
  opened,
}: Props<K> & { opened: 'focus' | 'open' }) {
  // Made real by the focus: the button takes it over, before the next key.
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (opened === 'focus') button.current?.focus();
  }, [opened]);
  return (
    <Select
      className={className}
      aria-label={hideLabel ? label : undefined}
      value={value}
      onChange={(key) => onChange(key as K)}
      // Made real by a press: open, as react-aria opens it on press.
      defaultOpen={opened === 'open'}
    >
      {!hideLabel && <Label>{label}</Label>}
      <Button ref={button} className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox items={choices}>{(c) => <ListBoxItem id={c.id}>{c.label}</ListBoxItem>}</ListBox>
      </Popover>
    </Select>
  );
}

/** The closed select as react-aria draws it: the button named by the value and the label. */
function LookAlike<K extends string>({
  label,
  hideLabel,
  choices,
  value,
  className,
  trigger,
}: Props<K> & { trigger: ReturnType<typeof useActivation>['trigger'] }) {
  const id = useId();
  return (
    <div className={className ?? 'react-aria-Select'}>
      {!hideLabel && (
        // As react-aria's Label inside a Select: a span (a <label> would be styled as a field's).
        <span className="react-aria-Label" id={`${id}-label`}>
          {label}
        </span>
      )}
      <button
        type="button"
        id={id}
        className="select-button"
        aria-haspopup="listbox"
        aria-expanded="false"
        aria-label={hideLabel ? label : undefined}
        aria-labelledby={`${id}-value ${hideLabel ? id : `${id}-label`}`}
        {...trigger}
      >
        <span className="react-aria-SelectValue" id={`${id}-value`}>
          {choices.find((c) => c.id === value)?.label}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
    </div>
  );
}
