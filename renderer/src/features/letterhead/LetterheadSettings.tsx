// The letterhead (سربرگ), set once: the heading lines and the logo that invitations and letters are
// printed on, with a preview of the letter's head as it prints. The logo goes to the core as soon
// as it is chosen (the core measures it and says in Persian what it refuses); the heading is kept
// on «ذخیره سربرگ».
import { useState } from 'react';
import { Button, FileTrigger, Label, TextArea, TextField } from 'react-aria-components';
import type { Letterhead } from '../../../../electron/contract';
import { MAX_LOGO_BYTES } from '../../../../electron/contract/limits';
import { logoTooLarge } from '../../../../electron/contract/limit-messages';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { failureOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { fa } from '../../i18n/fa';
import { LetterheadBlock } from '../../print/Letterhead';
import { base64Of } from '../minutes/download';
import '../../print/print.css';

const t = fa.letters;

export function LetterheadSettings() {
  const read = useRead('letterhead.get', {});
  const failure = failureOf(read);
  if (failure) return <FormError message={failure} />;
  if (read.state !== 'ready') return <p className="loading">{fa.common.loading}</p>;
  // Keyed by the saved row: a save elsewhere (another window) starts the form again from it.
  return <LetterheadForm key={read.value.updatedAt ?? 'unset'} saved={read.value} />;
}

function LetterheadForm({ saved }: { saved: Letterhead }) {
  const api = useApi();
  const action = useAction();
  const [heading, setHeading] = useState(saved.lines.join('\n'));
  const [done, setDone] = useState(false);
  const preview: Letterhead = { ...saved, lines: heading.split('\n').filter((l) => l.trim() !== '') };

  const save = (logo?: string | null) =>
    void action
      .run(() => api.letterhead.set(logo === undefined ? { heading } : { heading, logo }))
      .then((ok) => setDone(ok));

  async function chooseLogo(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    // Said at once, before reading it; the core checks again, and measures it.
    if (file.size > MAX_LOGO_BYTES) {
      await action.run(() => Promise.reject(new Error(logoTooLarge)));
      return;
    }
    save(await base64Of(file));
  }

  return (
    <section className="letterhead-settings" aria-labelledby="letterhead-heading">
      <h3 id="letterhead-heading">{t.letterhead}</h3>
      <p className="muted">{t.letterheadHint}</p>
      <TextField
        className="field"
        value={heading}
        onChange={(v) => {
          setHeading(v);
          setDone(false);
        }}
      >
        <Label>{t.heading}</Label>
        <TextArea rows={4} placeholder={t.headingPlaceholder} />
      </TextField>
      <div className="field">
        <span className="field-label">{t.logo}</span>
        <div className="letterhead-logo-actions">
          {!saved.logo && <span className="muted">{t.noLogo}</span>}
          <FileTrigger acceptedFileTypes={['image/png', 'image/jpeg']} onSelect={(f) => void chooseLogo(f)}>
            <Button className="secondary">{t.chooseLogo}</Button>
          </FileTrigger>
          {saved.logo && (
            <Button className="secondary" onPress={() => save(null)}>
              {t.removeLogo}
            </Button>
          )}
        </div>
      </div>
      <FormError message={action.error} />
      <div className="form-actions">
        <Button className="primary" isDisabled={action.pending} onPress={() => save()}>
          {t.saveLetterhead}
        </Button>
        {done && !action.error && (
          <span role="status" className="saved-note">
            {t.saved}
          </span>
        )}
      </div>
      <figure className="letterhead-preview" aria-label={t.preview}>
        <figcaption>{t.preview}</figcaption>
        <div className="sheet">
          <LetterheadBlock letterhead={preview} mark={{ number: null, date: null }} />
        </div>
      </figure>
    </section>
  );
}
