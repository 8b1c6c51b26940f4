// A labelled text field (react-aria-components) with its Persian error shown beside it.
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { fa } from '../i18n/fa';

interface Props {
  name: string;
  label: string;
  description?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  defaultValue?: string;
  /** Several lines (a TextArea) instead of one. */
  rows?: number;
}

export function TextInput({ name, label, description, isRequired, autoFocus, defaultValue, rows }: Props) {
  return (
    <TextField
      name={name}
      className="field"
      isRequired={isRequired}
      autoFocus={autoFocus}
      defaultValue={defaultValue}
      // Our own Persian message, not the browser's: the secretary's Chromium may speak English.
      validate={(value) => (isRequired && value.trim() === '' ? fa.common.required : null)}
    >
      <Label>{label}</Label>
      {rows ? <TextArea rows={rows} /> : <Input />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error" />
    </TextField>
  );
}
