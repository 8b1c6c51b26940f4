// The deadline (مهلت اقدام) of a resolution: none («بدون مهلت», first) or every kind of
// minutes-format.md, with its value. A count reads as Persian says it, «[۱۰] روز»: the box comes
// first (to the right of the unit), and takes the focus when its kind is chosen. A missing or
// wrong value is said when the box is left, and unsaid as soon as what is typed is right.
import { useRef, useState } from 'react';
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

const valueLabels: Partial<Record<Choice, string>> = {
  days: fa.sessions.deadlineDaysCount,
  weeks: fa.sessions.deadlineWeeksCount,
  months: fa.sessions.deadlineMonthsCount,
  date: fa.sessions.deadlineDateValue,
  text: fa.sessions.deadlineTextValue,
};

interface Props {
  label: string;
  /** null: no deadline. */
  deadline: Deadline | null;
  /** Saves a complete deadline (null: none); resolves to the refusal message, or null. */
  onChange: (deadline: Deadline | null) => Promise<string | null>;
  /** What null means where it is not «بدون مهلت» (a province's deadline: the resolution's own). */
  noneLabel?: string;
}

export function DeadlinePicker({ label, deadline, onChange, noneLabel }: Props) {
  const [kind, setKind] = useState<Choice>(deadline?.kind ?? 'none');
  const [typed, setTyped] = useState(shownValue(deadline));
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  // The value box is wanted next: the closing list gives the focus back to the kind's button (a
  // frame or so later), and it is passed on from there.
  const focusBox = useRef(false);
  const passFocus = () => {
    if (!focusBox.current || box.current === null) return;
    focusBox.current = false;
    box.current.focus();
  };
  const valueLabel = valueLabels[kind];

  async function commit(nextKind: Choice, nextTyped: string) {
    const d = toDeadline(nextKind, nextTyped);
    if (typeof d === 'string') return setError(d);
    setError(await onChange(d));
  }

  return (
    <div
      className="deadline"
      onFocus={(e) => {
        if (e.target !== box.current) passFocus();
      }}
    >
      {valueLabel !== undefined && (
        <TextField
          className={`field deadline-value ${kind}`}
          value={typed}
          onChange={(next) => {
            setTyped(next);
            // Said when the box was left; gone the moment the value is right (saved when left).
            if (error !== null && typeof toDeadline(kind, next) !== 'string') setError(null);
          }}
          isInvalid={error !== null}
          validationBehavior="aria"
        >
          <Label>{valueLabel}</Label>
          <Input
            ref={box}
            inputMode={kind === 'text' ? undefined : 'numeric'}
            onBlur={() => void commit(kind, typed)}
            placeholder={kind === 'date' ? fa.calendar.datePlaceholder : undefined}
          />
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      )}
      <PickOne
        className="field"
        label={label}
        choices={noneLabel === undefined ? kinds : kinds.map((k) => (k.id === 'none' ? { ...k, label: noneLabel } : k))}
        value={kind}
        onChange={(next) => {
          setKind(next);
          setError(null);
          // No deadline keeps no value: a kind chosen after it starts from an empty box.
          const nextTyped = next === 'none' ? '' : typed;
          setTyped(nextTyped);
          const d = toDeadline(next, nextTyped);
          // Complete (none, «فوری», a count kept from the kind before): saved now. Otherwise the
          // value is asked for in its box, which takes the focus once the list has given it back.
          if (typeof d !== 'string') void onChange(d).then(setError);
          else {
            focusBox.current = true;
            requestAnimationFrame(() => requestAnimationFrame(passFocus));
          }
        }}
      />
    </div>
  );
}
