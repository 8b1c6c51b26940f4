// One amendment (اصلاحیه) on its own sheet: which final minutes it refers to (reference, date,
// full hash), what changes and why, signed by the same signatories as the original; typed text as
// the minutes print it (format.ts textOf).
import type { Amendment, PrintableMinutes } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';
import { printedTitle, referenceText, textOf } from './format';
import { Signatures } from './Signatures';

export function AmendmentSheet({ minutes, amendment }: { minutes: PrintableMinutes; amendment: Amendment }) {
  const s = minutes.document.session;
  const show = textOf(minutes);
  return (
    <article className="sheet amendment" lang="fa" dir="rtl">
      <h1 className="sheet-title">{printedTitle(minutes, amendment)}</h1>
      <p className="amendment-of">{t.amendmentOf}:</p>
      <dl className="sheet-header">
        <div>
          <dt>{t.originalReference}:</dt>
          <dd>{referenceText(minutes.reference)}</dd>
        </div>
        <div>
          <dt>{t.originalDate}:</dt>
          <dd>{faDigits(s.date)}</dd>
        </div>
        <div className="wide">
          <dt>{t.originalHash}:</dt>
          <dd className="hash">{amendment.originalHash}</dd>
        </div>
        <div>
          <dt>{t.amendmentDate}:</dt>
          <dd>{faDigits(amendment.date)}</dd>
        </div>
      </dl>
      <section>
        <h2>{t.changes}:</h2>
        <p className="sheet-text">{show(amendment.changes)}</p>
      </section>
      <section>
        <h2>{t.reason}:</h2>
        <p className="sheet-text">{show(amendment.reason)}</p>
      </section>
      <dl className="sheet-header">
        <div className="wide">
          <dt>{t.amendmentHash}:</dt>
          <dd className="hash">{amendment.contentHash}</dd>
        </div>
      </dl>
      <Signatures signatories={s.signatories} show={show} />
    </article>
  );
}
