// The filters the board, the search box and the reports share: a labelled choice (working group,
// organisation, status), a Jalali year typed in any digits, and yes/no ones («فقط گذشته از مهلت»).
import { toLatinDigits } from '../../../electron/contract/persian-text';
import { fa } from '../i18n/fa';
import { resolutionStatuses } from '../../../electron/contract/vocabulary';

interface ChoiceProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly { id: string; name: string }[];
  /** The first option, meaning «no filter»; left out, one of the choices must be picked. */
  anyLabel?: string;
}

export function ChoiceFilter({ label, value, onChange, choices, anyLabel }: ChoiceProps) {
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A four-digit Jalali year as typed (any digits), or undefined while it is not one. */
export function yearOf(typed: string): number | undefined {
  const y = Number(toLatinDigits(typed.trim()));
  return typed.trim() !== '' && Number.isInteger(y) && y >= 1300 && y <= 1600 ? y : undefined;
}

export function YearFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      {fa.common.year}
      <input value={value} onChange={(e) => onChange(e.target.value)} inputMode="numeric" size={6} />
    </label>
  );
}

/** A yes/no filter: «فقط گذشته از مهلت», and the board's «فقط سررسید تا ۷ روز آینده» and the like. */
export function CheckFilter({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function OverdueFilter({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return <CheckFilter label={fa.common.onlyOverdue} checked={checked} onChange={onChange} />;
}

export const statusChoices = resolutionStatuses.map((id) => ({
  id,
  name: fa.common.statuses[id],
}));
