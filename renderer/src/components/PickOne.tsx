// A select of a few fixed choices (deadline kind, attendance status), keyboard-operable.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

interface Props<K extends string> {
  /** Shown as a visible label, or only to assistive technology when `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  choices: readonly { id: K; label: string }[];
  value: K;
  onChange: (value: K) => void;
  className?: string;
}

export function PickOne<K extends string>({ label, hideLabel, choices, value, onChange, className }: Props<K>) {
  return (
    <Select
      className={className}
      aria-label={hideLabel ? label : undefined}
      value={value}
      onChange={(key) => onChange(key as K)}
    >
      {!hideLabel && <Label>{label}</Label>}
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox items={choices}>{(c) => <ListBoxItem id={c.id}>{c.label}</ListBoxItem>}</ListBox>
      </Popover>
    </Select>
  );
}
