// A labelled text field whose every change is autosaved; a refusal shows beside it. Plain
// <label>, <input>/<textarea> and an error linked by aria-describedby: an editor holds a few
// hundred of these, and the plain elements render in a fraction of a react-aria TextField's time.
import { useId } from 'react';
import { CalendarButton } from './CalendarButton';
import { useAutosave } from './use-autosave';

interface Props {
  /** Unique per session and field: the draft's key in localStorage. */
  draftKey: string;
  label: string;
  /** Said after the label to assistive technology only (whose row it is: «— علی اکرمی»). */
  labelDetail?: string;
  serverValue: string;
  save: (value: string) => Promise<unknown>;
  placeholder?: string;
  className?: string;
  /** A multi-line text at least this many rows high, growing with its text (styles.css: field-sizing);
   *  a resolution's body, a discussion point. Enter starts a new line. */
  rows?: number;
  /** A Jalali date: a calendar button beside the box picks the day. */
  date?: boolean;
}

export function AutosaveField({
  draftKey,
  label,
  labelDetail,
  serverValue,
  save,
  placeholder,
  className,
  rows,
  date,
}: Props) {
  const field = useAutosave(draftKey, serverValue, save, labelDetail ? `${label}${labelDetail}` : label);
  const id = useId();
  const invalid = field.error !== null;
  const control = {
    id,
    value: field.value,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
    'data-edit-target': draftKey,
    onChange: (e: { currentTarget: { value: string } }) => field.change(e.currentTarget.value),
    onBlur: () => void field.flush(),
  };
  const box = (
    <div className={`field ${className ?? ''}`} data-invalid={invalid || undefined}>
      <label htmlFor={id}>
        {label}
        {labelDetail && <span className="visually-hidden">{labelDetail}</span>}
      </label>
      {rows ? <textarea rows={rows} {...control} /> : <input type="text" {...control} />}
      {invalid && (
        <span id={`${id}-error`} className="field-error">
          {field.error}
        </span>
      )}
    </div>
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
