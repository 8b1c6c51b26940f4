// The deadline (مهلت اقدام) of a resolution: none («بدون مهلت», first) or every kind of
// minutes-format.md, with its value.
import { useState } from 'react';
import { FieldError, Input, Label, TextField } from 'react-aria-components';
import type { Deadline, DeadlineKind } from '../../../../electron/contract';
import { faDigits, latinDigits } from '../../i18n/digits';
import { PickOne } from '../../components/PickOne';
import { fa } from '../../i18n/fa';
import { deadlineKinds } from '../../../../electron/contract/vocabulary';

/** A kind, or 'none': the resolution has no deadline. */
type Choice = DeadlineKind | 'none';

const kindLabels: Record<Choice, string> = {
  none: fa.sessions.deadlineNone,
  days: fa.sessions.deadlineDays,
  weeks: fa.sessions.deadlineWeeks,
  months: fa.sessions.deadlineMonths,
  date: fa.sessions.deadlineDate,
  continuous: fa.sessions.deadlineContinuous,
  immediate: fa.sessions.deadlineImmediate,
  text: fa.sessions.deadlineText,
};
/** No deadline first, then every kind of the contract, in its order (the labels are a Record: none can be left out). */
const kinds = (['none', ...deadlineKinds] as const).map((id) => ({ id, label: kindLabels[id] }));

/** The deadline from a kind and the value as typed (null: none), or a Persian message saying what is missing. */
export function toDeadline(kind: Choice, typed: string): Deadline | null | string {
  switch (kind) {
    case 'none':
      return null;
    case 'days':
    case 'weeks':
    case 'months': {
      const n = Number(latinDigits(typed.trim()));
      return Number.isInteger(n) && n > 0 ? { kind, value: n } : fa.sessions.deadlineNeedsCount;
    }
    case 'date':
      return typed.trim() === '' ? fa.sessions.deadlineNeedsDate : { kind, value: typed };
    case 'text':
      return typed.trim() === '' ? fa.sessions.deadlineNeedsText : { kind, value: typed };
    case 'continuous':
    case 'immediate':
      return { kind };
  }
}

const shownValue = (d: Deadline | null) =>
  d !== null && 'value' in d
    ? typeof d.value === 'number'
      ? faDigits(d.value)
      : d.kind === 'date'
        ? faDigits(d.value)
        : d.value
    : '';

interface Props {
  label: string;
  /** null: no deadline. */
  deadline: Deadline | null;
  /** Saves a complete deadline (null: none); resolves to the refusal message, or null. */
  onChange: (deadline: Deadline | null) => Promise<string | null>;
}

export function DeadlinePicker({ label, deadline, onChange }: Props) {
  const [kind, setKind] = useState<Choice>(deadline?.kind ?? 'none');
  const [typed, setTyped] = useState(shownValue(deadline));
  const [error, setError] = useState<string | null>(null);
  const needsValue = kind !== 'none' && kind !== 'continuous' && kind !== 'immediate';

  async function commit(nextKind: Choice, nextTyped: string) {
    const d = toDeadline(nextKind, nextTyped);
    if (typeof d === 'string') return setError(d);
    setError(await onChange(d));
  }

  return (
    <div className="deadline">
      <PickOne
        className="field"
        label={label}
        choices={kinds}
        value={kind}
        onChange={(next) => {
          setKind(next);
          // No deadline keeps no value: a kind chosen after it starts from an empty box.
          const nextTyped = next === 'none' ? '' : typed;
          setTyped(nextTyped);
          void commit(next, nextTyped);
        }}
      />
      {needsValue && (
        <TextField
          className="field"
          value={typed}
          onChange={setTyped}
          isInvalid={error !== null}
          validationBehavior="aria"
        >
          <Label>
            {kind === 'date'
              ? fa.sessions.deadlineDateValue
              : kind === 'text'
                ? fa.sessions.deadlineTextValue
                : fa.sessions.deadlineCount}
          </Label>
          <Input
            onBlur={() => void commit(kind, typed)}
            placeholder={kind === 'date' ? fa.calendar.datePlaceholder : undefined}
          />
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      )}
    </div>
  );
}
