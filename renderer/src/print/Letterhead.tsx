// The head of every letter the secretariat prints (invitation, notification, follow-up): its logo
// and heading lines on the right, «بسمه تعالی» in the middle, the letter's number, date and
// attachments on the left, as on an Iranian office's paper. A number or date not typed yet prints
// as dots, for the office to write in by hand.
import type { Letterhead } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faLetters as t } from '../i18n/fa-letters';
import { typeset } from './format';

/** What one letter says in its head: as typed, or null where the office has not given it yet. */
export interface LetterMark {
  number: string | null;
  /** Jalali, canonical (YYYY/MM/DD). */
  date: string | null;
  attachments?: string | null;
}

export const logoSource = (logo: NonNullable<Letterhead['logo']>) => `data:${logo.mediaType};base64,${logo.data}`;

export function LetterheadBlock({ letterhead, mark }: { letterhead: Letterhead; mark: LetterMark }) {
  return (
    <header className="letterhead">
      <div className="letterhead-own">
        {letterhead.logo && <img className="letterhead-logo" src={logoSource(letterhead.logo)} alt={t.logoAlt} />}
        {letterhead.lines.map((line, i) => (
          <p key={i}>{typeset(line)}</p>
        ))}
      </div>
      <p className="letterhead-invocation">{t.invocation}</p>
      <dl className="letterhead-mark">
        <div>
          <dt>{t.number}:</dt>
          <dd>{mark.number ? typeset(mark.number) : t.notYet}</dd>
        </div>
        <div>
          <dt>{t.date}:</dt>
          <dd>{mark.date ? faDigits(mark.date) : t.notYet}</dd>
        </div>
        <div>
          <dt>{t.attachments}:</dt>
          <dd>{mark.attachments ? typeset(mark.attachments) : t.notYet}</dd>
        </div>
      </dl>
    </header>
  );
}
