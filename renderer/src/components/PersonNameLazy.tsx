// A PersonNameField for long lists (an attendance line each): drawn as a plain autosaved input with
// the combobox role until first focused or pointed at (use-activation.ts), then the real picker,
// which takes the focus over. The typed text lives under the same draft key in both.
import { useId, useLayoutEffect, useRef } from 'react';
import { useActivation } from './use-activation';
import { useAutosave } from './use-autosave';
import { PersonNameField } from './PersonNameField';

type Props = Parameters<typeof PersonNameField>[0] & { className?: string };

export function PersonNameLazy(props: Props) {
  const { state, trigger } = useActivation();
  return state === 'idle' ? <LookAlike {...props} onFocus={trigger.onFocus} /> : <Real {...props} />;
}

function Real({ className, ...props }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Made real by the focus: the real input takes it over, before the next key.
  useLayoutEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <div ref={box} className={className}>
      <PersonNameField {...props} />
    </div>
  );
}

/** The closed combo box as react-aria draws it: a labelled input with the combobox role, autosaved. */
function LookAlike({ draftKey, label, serverValue, save, className, onFocus }: Props & { onFocus: () => void }) {
  const field = useAutosave(draftKey, serverValue, save, label);
  const id = useId();
  const invalid = field.error !== null;
  return (
    <div className={className}>
      <div className="person-field">
        <div className="field" data-invalid={invalid || undefined}>
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded="false"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            autoComplete="off"
            data-edit-target={draftKey}
            value={field.value}
            onChange={(e) => field.change(e.currentTarget.value)}
            onBlur={() => void field.flush()}
            onFocus={onFocus}
          />
          {invalid && (
            <span id={`${id}-error`} className="field-error">
              {field.error}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}
