// What one print job shows: the minutes or one amendment, with its page footer. Used by the
// print page (PDF, print dialog) and by the preview in the app.
import type { PrintableMinutes } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';
import { AmendmentSheet } from './AmendmentSheet';
import { referenceText, shortHash } from './format';
import { MinutesSheet } from './MinutesSheet';
import { usePageFooter } from './use-page-footer';
import './print.css';

interface Props {
  minutes: PrintableMinutes;
  amendmentId?: string | null;
}

export function PrintedDocument({ minutes, amendmentId = null }: Props) {
  const amendment = amendmentId ? (minutes.amendments.find((a) => a.id === amendmentId) ?? null) : null;
  const reference = referenceText(minutes.reference);
  usePageFooter(
    amendment
      ? {
          reference: t.amendmentReference(reference, faDigits(amendment.number)),
          mark: `${t.hash}: ${shortHash(amendment.contentHash)}`,
        }
      : {
          reference,
          mark: minutes.contentHash ? `${t.hash}: ${shortHash(minutes.contentHash)}` : t.draftMark,
        },
  );
  return amendment ? <AmendmentSheet minutes={minutes} amendment={amendment} /> : <MinutesSheet minutes={minutes} />;
}
