// «دعوتنامه» of a session, folded in its editor until wanted: one letter per member organisation or
// one with «رونوشت» (kept at once when chosen), the office's number and date for it (kept on
// «ذخیره»; a date refused is said beside it and what was typed stays), then PDF and Word. Without
// a letterhead it says so; the letterhead's settings open in place.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { InvitationMode, PrintableInvitation } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { failureOf, useRead } from '../../api/use-read';
import { CalendarButton } from '../../components/CalendarButton';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { LetterheadSettings } from '../letterhead/LetterheadSettings';
import { saveBlob, saveFile } from '../minutes/download';

const t = fa.invitation;

export function InvitationPanel({ sessionId }: { sessionId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="editor-section invitation-panel no-print" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.panel}</summary>
      {open && <InvitationBody sessionId={sessionId} />}
    </details>
  );
}

function InvitationBody({ sessionId }: { sessionId: string }) {
  const read = useRead('invitations.printable', { sessionId });
  const failure = failureOf(read);
  if (read.state !== 'ready') return failure ? <FormError message={failure} /> : <p>{fa.common.loading}</p>;
  return <InvitationForm invitation={read.value} />;
}

function InvitationForm({ invitation }: { invitation: PrintableInvitation }) {
  const api = useApi();
  const saving = useAction();
  const files = useAction();
  const [number, setNumber] = useState(invitation.mark?.number ?? '');
  const [date, setDate] = useState(invitation.mark?.date ? faDigits(invitation.mark.date) : '');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState<'pdf' | 'word' | null>(null);
  const { sessionId } = invitation;
  // Shown chosen at once; what is kept comes back with the invitation read again.
  const [mode, setMode] = useState<InvitationMode>(invitation.mode);
  const letterheadSet = invitation.letterhead.lines.length > 0 || invitation.letterhead.logo !== null;

  const keep = (next: { number: string; date: string; mode: InvitationMode }) =>
    void saving
      .run(async () => {
        const kept = await api.invitations.mark({ sessionId, ...next });
        // What is kept, shown as kept: the date canonical, in Persian digits.
        setNumber(kept.number ?? '');
        setDate(kept.date ? faDigits(kept.date) : '');
      })
      .then(setSaved);
  // A mode chosen is kept at once, with the number and date kept so far (not a date still refused).
  const choose = (next: InvitationMode) => {
    setMode(next);
    keep({ number: invitation.mark?.number ?? '', date: invitation.mark?.date ?? '', mode: next });
  };

  const pdf = () =>
    void files.run(async () => {
      setBusy('pdf');
      try {
        saveFile(await api.invitations.pdf({ sessionId, mode }));
      } finally {
        setBusy(null);
      }
    });
  const word = () =>
    void files.run(async () => {
      setBusy('word');
      try {
        // Loaded on demand: the Word library is large.
        const [{ Packer }, { invitationDocx }, { minutesDocxFonts }] = await Promise.all([
          import('docx'),
          import('../../print/invitation-docx'),
          import('../../print/minutes-docx-fonts'),
        ]);
        // Read afresh in the mode on screen: a mode just chosen may still be on its way to the file.
        const fresh = await api.invitations.printable({ sessionId, mode });
        const { year, number: n } = fresh.session;
        saveBlob(
          await Packer.toBlob(invitationDocx(fresh, minutesDocxFonts())),
          t.wordFileName(String(year), String(n).padStart(2, '0')),
        );
      } finally {
        setBusy(null);
      }
    });

  return (
    <div className="invitation-form">
      <p className="muted">{t.panelHint}</p>
      {invitation.agenda.length === 0 && (
        <p className="invitation-note" role="note">
          {t.noAgenda}
        </p>
      )}
      {!letterheadSet && (
        <p className="invitation-note" role="note">
          {t.noLetterhead}
        </p>
      )}
      {/* Always here, so a first save (the logo is kept as soon as it is chosen) leaves the form open. */}
      <details className="invitation-letterhead">
        <summary>{t.setLetterhead}</summary>
        <LetterheadSettings />
      </details>
      <fieldset className="invitation-mode">
        <legend>{t.mode}</legend>
        {(['each', 'copies'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`invitation-mode-${sessionId}`}
              value={m}
              checked={mode === m}
              disabled={saving.pending}
              onChange={() => choose(m)}
            />
            {m === 'each' ? t.modeEach : t.modeCopies}
            {m === 'each' && <span className="muted"> ({t.letters(faDigits(invitation.addressees.length))})</span>}
          </label>
        ))}
      </fieldset>
      <div className="invitation-fields">
        <div className="field">
          <label htmlFor={`invitation-number-${sessionId}`}>{t.number}</label>
          <input
            id={`invitation-number-${sessionId}`}
            type="text"
            value={number}
            onChange={(e) => {
              setNumber(e.currentTarget.value);
              setSaved(false);
            }}
          />
        </div>
        <div className="date-field">
          <div className="field" data-invalid={saving.error ? true : undefined}>
            <label htmlFor={`invitation-date-${sessionId}`}>{t.date}</label>
            <input
              id={`invitation-date-${sessionId}`}
              type="text"
              value={date}
              placeholder={t.datePlaceholder}
              aria-invalid={saving.error ? true : undefined}
              aria-describedby={saving.error ? `invitation-error-${sessionId}` : undefined}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                setSaved(false);
              }}
            />
          </div>
          <CalendarButton label={t.date} value={date} onPick={setDate} />
        </div>
      </div>
      <div id={`invitation-error-${sessionId}`}>
        <FormError message={saving.error} />
      </div>
      <div className="form-actions">
        <Button className="secondary" isDisabled={saving.pending} onPress={() => keep({ number, date, mode })}>
          {t.save}
        </Button>
        {saved && !saving.error && (
          <span role="status" className="saved-note">
            {t.saved}
          </span>
        )}
        <Button className="secondary" isDisabled={busy !== null} onPress={pdf}>
          {busy === 'pdf' ? fa.common.preparing : t.savePdf}
        </Button>
        <Button className="secondary" isDisabled={busy !== null} onPress={word}>
          {busy === 'word' ? fa.common.preparing : t.saveWord}
        </Button>
      </div>
      <FormError message={files.error} />
    </div>
  );
}
