// Amendments (اصلاحیه) of a final session: the recorded ones, each shown on its own sheet, and a
// form to record a new one (what changes, why, its date). A recorded amendment never changes.
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Amendment } from '../../../../electron/contract';
import { refusal } from '../../api/field-errors';
import { useApi } from '../../api/use-api';
import { TextInput } from '../../components/TextInput';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { FormError } from '../../components/FormError';

interface Props {
  sessionId: string;
  amendments: Amendment[];
  onRecorded: (amendment: Amendment) => void;
}

export function AmendmentsPanel({ sessionId, amendments, onRecorded }: Props) {
  const api = useApi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    let recorded: Amendment | null = null;
    const problems = await refusal(
      async () => {
        recorded = await api.amendments.add({
          sessionId,
          date: form.amendmentDate ?? '',
          changes: form.amendmentChanges ?? '',
          reason: form.amendmentReason ?? '',
        });
      },
      { date: 'amendmentDate', changes: 'amendmentChanges', reason: 'amendmentReason' },
    );
    setBusy(false);
    // Refused: everything typed stays, with the message beside its field.
    if (problems) return setErrors(problems);
    setErrors({});
    setFormKey((k) => k + 1);
    if (recorded) onRecorded(recorded);
  }

  return (
    <section className="editor-section no-print" aria-labelledby="amendments-heading">
      <h4 id="amendments-heading">{fa.minutes.amendments}</h4>
      {amendments.length === 0 ? (
        <p>{fa.minutes.noAmendments}</p>
      ) : (
        <ol className="amendment-list">
          {amendments.map((a) => (
            <li key={a.id}>
              <strong>
                {fa.minutes.amendmentN(faDigits(a.number))} — {faDigits(a.date)}
              </strong>
              : {a.changes}
            </li>
          ))}
        </ol>
      )}
      {/* A field's refusal goes once it is edited: left standing, it would block the next try. */}
      <div
        className="contents"
        onInput={(e) => {
          const name = (e.target as HTMLInputElement).name;
          if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
        }}
      >
        <Form key={formKey} validationErrors={errors} onSubmit={(e) => void submit(e)} className="stack">
          <FormError message={errors['']} />
          <TextInput
            name="amendmentDate"
            label={fa.minutes.amendmentDate}
            defaultValue={faDigits(todayJalali())}
            isRequired
          />
          <TextInput name="amendmentChanges" label={fa.minutes.amendmentChanges} rows={3} isRequired />
          <TextInput name="amendmentReason" label={fa.minutes.amendmentReason} rows={2} isRequired />
          <Button type="submit" className="primary" isDisabled={busy}>
            {fa.minutes.addAmendment}
          </Button>
        </Form>
      </div>
    </section>
  );
}
