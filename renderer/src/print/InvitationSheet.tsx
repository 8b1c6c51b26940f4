// A session's invitation as printed (`?print=invitation&session=ID[&organization=ID][&mode=…]`):
// each letter on the letterhead, on its own page — one per member organisation, or one with the
// «رونوشت» of every member — then `data-print-ready` once its data and fonts are in.
import { useEffect, useState } from 'react';
import type { InvitationMode, PrintableInvitation } from '../../../electron/contract';
import type { Api } from '../api/client';
import { faInvitation as t } from '../i18n/fa-invitation';
import { LetterheadBlock } from './Letterhead';
import { invitationLetters, invitationTitle, type InvitationLetter } from './invitation-letters';
import './print.css';

interface PageProps {
  api: Api;
  sessionId: string;
  organizationId: string | null;
  mode: string | null;
}

const modeOf = (mode: string | null): InvitationMode | undefined =>
  mode === 'each' || mode === 'copies' ? mode : undefined;

export function InvitationPrintPage({ api, sessionId, organizationId, mode }: PageProps) {
  const [invitation, setInvitation] = useState<PrintableInvitation | null>(null);
  useEffect(() => {
    api.invitations
      .printable({ sessionId, organizationId: organizationId ?? undefined, mode: modeOf(mode) })
      .then(setInvitation, (e: unknown) => {
        document.documentElement.dataset.printError = e instanceof Error ? e.message : String(e);
      });
  }, [api, sessionId, organizationId, mode]);
  useEffect(() => {
    if (!invitation) return;
    // The PDF's Title is the document's <title>.
    document.title = invitationTitle(invitation);
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = 'true';
    });
  }, [invitation]);
  return invitation ? <InvitationSheets invitation={invitation} /> : null;
}

export function InvitationSheets({ invitation }: { invitation: PrintableInvitation }) {
  return (
    <>
      {invitationLetters(invitation).map((letter) => (
        <InvitationSheet key={letter.key} letterhead={invitation.letterhead} letter={letter} />
      ))}
    </>
  );
}

function InvitationSheet({
  letterhead,
  letter,
}: {
  letterhead: PrintableInvitation['letterhead'];
  letter: InvitationLetter;
}) {
  return (
    <article className="sheet invitation-letter" lang="fa" dir="rtl">
      <LetterheadBlock letterhead={letterhead} mark={letter.mark} />
      <dl className="letter-address">
        <div>
          <dt>{t.to}:</dt>
          <dd>{letter.to}</dd>
        </div>
        <div>
          <dt>{t.subject}:</dt>
          <dd>{letter.subject}</dd>
        </div>
      </dl>
      <p className="letter-greeting">{letter.greeting}</p>
      <p className="letter-body">{letter.body}</p>
      {letter.agenda.length > 0 && (
        <>
          <p className="letter-agenda-heading">{t.agenda}</p>
          <ol className="letter-agenda">
            {letter.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </>
      )}
      <p className="letter-closing">{letter.closing}</p>
      <div className="letter-signature">
        {letter.signatory.name && <p className="signatory-name">{letter.signatory.name}</p>}
        <p className="signatory-title">{letter.signatory.title}</p>
      </div>
      {letter.copies && (
        <section className="letter-copies">
          <p className="letter-copies-heading">{t.copies}:</p>
          <ul className="sheet-dash">
            {letter.copies.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
