// The letters of a final session or of a group's overdue resolutions: one row per organisation
// with its resolutions count, the office's number and date of its letter (kept on «ثبت»; a
// refusal said beside the field, the text left as typed), and its PDF and Word; all in one PDF.
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import type { InputOf, LetterEntry, WhichLetters } from '../../../../electron/contract';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { faLetters as t } from '../../i18n/fa-letters';
import { fa } from '../../i18n/fa';
import { saveLettersPdf, saveLettersWord } from './letter-files';

type Mark = InputOf<'letters.mark'>;

interface Props {
  entries: LetterEntry[];
  /** The letters these rows are: a session's notifications or a group's follow-ups. */
  which: WhichLetters;
  /** The mark's input for one organisation, without its number and date. */
  markOf: (key: string) => Omit<Mark, 'number' | 'date'>;
  /** Shown when there is no letter to write. */
  none: string;
}

export function LetterRows({ entries, which, markOf, none }: Props) {
  const api = useApi();
  const all = useAction();
  if (entries.length === 0) return <p>{none}</p>;
  return (
    <>
      <ul className="letter-rows">
        {entries.map((e) => (
          <LetterRow key={e.key} entry={e} which={{ ...which, key: e.key }} mark={markOf(e.key)} />
        ))}
      </ul>
      <div className="letter-files">
        <Button
          className="secondary"
          isDisabled={all.pending}
          onPress={() => void all.run(() => saveLettersPdf(api, which))}
        >
          {all.pending ? fa.common.preparing : t.allInOnePdf}
        </Button>
        <FormError message={all.error} />
      </div>
    </>
  );
}

function LetterRow({
  entry,
  which,
  mark,
}: {
  entry: LetterEntry;
  which: WhichLetters;
  mark: Omit<Mark, 'number' | 'date'>;
}) {
  const api = useApi();
  const files = useAction();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `letter-${entry.key}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    setSaved(false);
    try {
      await api.letters.mark({ ...mark, number: data.number ?? '', date: data.date ?? '' } as Mark);
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(err, { number: 'number', date: 'date' }));
    } finally {
      setBusy(false);
    }
  }

  const count = faDigits(entry.resolutions.length);
  return (
    <li className="letter-row" aria-labelledby={`${id}-name`}>
      <div className="letter-row-head">
        <strong id={`${id}-name`}>{entry.organization}</strong>
        <span className="muted">{t.resolutionsCount(count)}</span>
        {entry.lastLetter && entry.letter === null && (
          <span className="muted">{t.lastLetter(entry.lastLetter.number, faDigits(entry.lastLetter.date))}</span>
        )}
      </div>
      {/* Keyed by the kept letter: a mark answered shows its canonical date in place of the typed one. */}
      <form
        key={`${entry.letter?.number ?? ''}|${entry.letter?.date ?? ''}`}
        className="letter-row-form"
        onSubmit={(e) => void submit(e)}
        aria-label={`${t.keep} — ${entry.organization}`}
      >
        <label className="field">
          {t.letterNumber}
          <input
            name="number"
            defaultValue={entry.letter?.number ?? ''}
            aria-invalid={errors.number ? true : undefined}
            onChange={() => setSaved(false)}
          />
          {errors.number && <span className="field-error">{errors.number}</span>}
        </label>
        <label className="field">
          {t.letterDate}
          <input
            name="date"
            defaultValue={entry.letter ? faDigits(entry.letter.date) : ''}
            aria-invalid={errors.date ? true : undefined}
            onChange={() => setSaved(false)}
          />
          {errors.date && <span className="field-error">{errors.date}</span>}
        </label>
        <Button type="submit" className="secondary" isDisabled={busy}>
          {t.keep}
        </Button>
        {saved && (
          <span role="status" className="muted">
            {t.kept}
          </span>
        )}
        <FormError message={errors[''] ?? null} />
      </form>
      <div className="letter-files">
        <Button
          className="secondary"
          aria-label={t.pdfOf(entry.organization)}
          isDisabled={files.pending}
          onPress={() => void files.run(() => saveLettersPdf(api, which))}
        >
          {t.pdf}
        </Button>
        <Button
          className="secondary"
          aria-label={t.wordOf(entry.organization)}
          isDisabled={files.pending}
          onPress={() => void files.run(() => saveLettersWord(api, which))}
        >
          {t.word}
        </Button>
        <FormError message={files.error} />
      </div>
    </li>
  );
}
