// The minutes as they will print: preview (the print view itself, or the PDF's pages with their
// breaks and footers), print, PDF and Word; for a draft the «قطعی کردن» step, for a final session
// its hash, amendments and signed copy.
import { useState } from 'react';
import { Button, ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { useRead, useReadAgain } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { jalaliMoment } from '../../i18n/moments';
import { printedTitle } from '../../print/format';
import { PrintedDocument } from '../../print/PrintedDocument';
import { AmendmentsPanel } from './AmendmentsPanel';
import { saveBlob, saveFile } from './download';
import { errorText } from '../../api/error-text';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import { FinalizeButton } from './FinalizeButton';
import { PagedPreview } from './PagedPreview';
import { SignedCopies } from './SignedCopies';
import { VerificationReport } from './VerificationReport';

interface Props {
  sessionId: string;
  /** Headquarters' copy of a province's minutes: preview, print, PDF, Word and checks only. */
  readOnly?: boolean;
  /** Read-only because it is headquarters' national minutes, at a province. */
  national?: boolean;
}

export function MinutesRecord({ sessionId, readOnly = false, national = false }: Props) {
  const api = useApi();
  const printable = useRead('minutes.printable', { sessionId });
  const minutes = printable.state === 'ready' ? printable.value : null;
  const [shown, setShown] = useState<string>('minutes');
  const [busy, setBusy] = useState<string | null>(null);
  const [paged, setPaged] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // A final session's record is checked as it opens: a file changed behind Dabir's back shows at
  // once; «بررسی» checks it again.
  const checked = useRead('sessions.verify', minutes?.status === 'final' ? { id: sessionId } : null);
  const verification = checked.state === 'ready' ? checked.value : null;
  const readAgain = useReadAgain();
  const verifying = useAction();

  if (!minutes)
    return printable.state === 'failed' ? <p role="alert">{printable.message}</p> : <p>{fa.common.loading}</p>;
  const said = message ?? (printable.state === 'ready' ? printable.failure : null);
  const amendmentId = shown === 'minutes' ? null : shown;

  async function work(what: string, job: () => Promise<void>) {
    setBusy(what);
    setMessage(null);
    try {
      await job();
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  // The system dialog's «Save as PDF» takes its Title from the window's title while it is open.
  const printWindow = () => {
    const before = document.title;
    document.title = printedTitle(minutes, minutes.amendments.find((a) => a.id === amendmentId) ?? null);
    try {
      window.print();
    } finally {
      document.title = before;
    }
  };

  const savePdf = () =>
    work('pdf', async () => saveFile(await api.minutes.pdf({ sessionId, amendmentId: amendmentId ?? undefined })));
  const saveWord = () =>
    work('word', async () => {
      // Loaded on demand: the Word library is large and most sessions never need it.
      const [{ Packer }, { minutesDocx }, { minutesDocxFonts }] = await Promise.all([
        import('docx'),
        import('../../print/minutes-docx'),
        import('../../print/minutes-docx-fonts'),
      ]);
      const { year, number } = minutes.document.session;
      const name = fa.minutes.wordFileName(String(year), String(number).padStart(2, '0'));
      saveBlob(await Packer.toBlob(minutesDocx(minutes, minutesDocxFonts())), name);
    });

  return (
    <div className="minutes-record">
      <div className="record-toolbar no-print" role="toolbar" aria-label={fa.common.previewMinutes}>
        <Button className="secondary" onPress={printWindow}>
          {fa.common.print}
        </Button>
        <Button className="secondary" isDisabled={busy !== null} onPress={() => void savePdf()}>
          {busy === 'pdf' ? fa.common.preparing : fa.common.savePdf}
        </Button>
        {amendmentId === null && (
          <Button className="secondary" isDisabled={busy !== null} onPress={() => void saveWord()}>
            {busy === 'word' ? fa.common.preparing : fa.minutes.saveWord}
          </Button>
        )}
        <ToggleButton className="secondary" isSelected={paged} onChange={setPaged}>
          {fa.minutes.pagesAsPrinted}
        </ToggleButton>
        {minutes.status === 'draft' && !readOnly && <FinalizeButton sessionId={sessionId} />}
      </div>
      {said && (
        <p role="alert" className="form-error no-print">
          {said}
        </p>
      )}
      {minutes.status === 'final' && minutes.contentHash && (
        <section className="final-notice no-print" aria-label={fa.common.final}>
          <p>
            {national
              ? fa.minutes.finalNoticeNational
              : readOnly
                ? fa.minutes.finalNoticeReadOnly
                : fa.minutes.finalNotice}
          </p>
          <p>
            {fa.minutes.contentHash}: <Ltr value={minutes.contentHash} kind="hash" />
          </p>
          {minutes.finalizedAt && (
            <p>
              {fa.minutes.finalizedAt}: {jalaliMoment(minutes.finalizedAt)}
            </p>
          )}
          <Button
            className="secondary"
            onPress={() => void verifying.run(() => readAgain('sessions.verify', { id: sessionId }))}
          >
            {fa.minutes.verify}
          </Button>
          <FormError message={verifying.error ?? (checked.state === 'ready' ? checked.failure : null)} />
          {verification && <VerificationReport verification={verification} />}
        </section>
      )}
      {minutes.amendments.length > 0 && (
        <ToggleButtonGroup
          className="sheet-choice no-print"
          aria-label={fa.minutes.showing}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[shown]}
          onSelectionChange={(keys: Set<Key>) => setShown(String([...keys][0] ?? 'minutes'))}
        >
          <ToggleButton id="minutes">{fa.minutes.theMinutes}</ToggleButton>
          {minutes.amendments.map((a) => (
            <ToggleButton key={a.id} id={a.id}>
              {fa.minutes.amendmentN(faDigits(a.number))}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
      {paged && <PagedPreview request={{ sessionId, amendmentId: amendmentId ?? undefined }} />}
      {/* Kept while the pages show: it is what «چاپ» (the window's print) prints. */}
      <div className={paged ? 'print-area print-only' : 'print-area'}>
        <PrintedDocument minutes={minutes} amendmentId={amendmentId} />
      </div>
      {minutes.status === 'final' && !readOnly && (
        <AmendmentsPanel sessionId={sessionId} amendments={minutes.amendments} onRecorded={(a) => setShown(a.id)} />
      )}
      <SignedCopies sessionId={sessionId} readOnly={readOnly} />
    </div>
  );
}
