// A labelled text field whose every change is autosaved; a refusal shows beside it.
import { FieldError, Input, Label, TextArea, TextField } from 'react-aria-components';
import { CalendarButton } from './CalendarButton';
import { useAutosave } from './use-autosave';

interface Props {
  /** Unique per session and field: the draft's key in localStorage. */
  draftKey: string;
  label: string;
  serverValue: string;
  save: (value: string) => Promise<unknown>;
  placeholder?: string;
  className?: string;
  /** A multi-line text of this many rows (a resolution's body, a discussion point); Enter starts a new line. */
  rows?: number;
  /** A Jalali date: a calendar button beside the box picks the day. */
  date?: boolean;
}

export function AutosaveField({ draftKey, label, serverValue, save, placeholder, className, rows, date }: Props) {
  const field = useAutosave(draftKey, serverValue, save, label);
  const box = (
    <TextField
      className={`field ${className ?? ''}`}
      value={field.value}
      onChange={field.change}
      isInvalid={field.error !== null}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      {rows ? (
        <TextArea placeholder={placeholder} onBlur={() => void field.flush()} rows={rows} data-edit-target={draftKey} />
      ) : (
        <Input placeholder={placeholder} onBlur={() => void field.flush()} data-edit-target={draftKey} />
      )}
      <FieldError className="field-error">{field.error}</FieldError>
    </TextField>
  );
  if (!date) return box;
  return (
    <div className={`date-field ${className ?? ''}`}>
      {box}
      <CalendarButton
        label={label}
        value={field.value}
        onPick={(text) => {
          field.change(text);
          void field.flush();
        }}
      />
    </div>
  );
}
