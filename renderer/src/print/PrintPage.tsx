// The page a printer loads (`?print=minutes&session=ID[&amendment=ID]`): the document alone, then
// `data-print-ready` on <html> once its data and fonts are in, or `data-print-error` with why not.
// Its <title> is the printed title line, which Chromium's printing makes the PDF's Title.
import { useEffect, useState } from 'react';
import type { PrintableMinutes } from '../../../electron/contract';
import type { Api } from '../api/client';
import { faPrint } from '../i18n/fa-print';
import { printedTitle } from './format';
import { PrintedDocument } from './PrintedDocument';

interface Props {
  api: Api;
  sessionId: string;
  amendmentId: string | null;
}

export function PrintPage({ api, sessionId, amendmentId }: Props) {
  const [minutes, setMinutes] = useState<PrintableMinutes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.minutes.printable({ sessionId }).then(setMinutes, (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      setError(message);
      document.documentElement.dataset.printError = message;
    });
  }, [api, sessionId]);

  useEffect(() => {
    if (!minutes) return;
    const amendment = amendmentId ? minutes.amendments.find((a) => a.id === amendmentId) : null;
    if (amendment === undefined) {
      document.documentElement.dataset.printError = faPrint.notThisSessionsAmendment;
      return;
    }
    // The PDF's Title is the document's <title>: the title line as printed.
    document.title = printedTitle(minutes, amendment);
    // Painted with its own font, not a fallback: wait for the fonts the page uses.
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = 'true';
    });
  }, [minutes, amendmentId]);

  if (error) return <p role="alert">{error}</p>;
  if (!minutes) return null;
  return <PrintedDocument minutes={minutes} amendmentId={amendmentId} />;
}
