// The minutes as they print, page by page: the PDF the app makes («ذخیره PDF» makes the same one),
// drawn by PDF.js into one image a page, so page breaks, the repeated table header and the footers
// («صفحه ۱ از ۳») show as on paper. The browser lays out print pages only when printing, so the
// sheet beside it cannot show them. PDF.js is loaded when first shown; it runs in its worker, a
// file of the app, and draws glyphs as paths (no fonts or styles added to the page: the CSP holds).
import { useEffect, useRef, useState } from 'react';
import type { PrintRequest } from '../../../../electron/contract';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { bytesOf } from './download';

/** Width of a page on screen, in CSS pixels: A4 at 96 dpi, as the sheet is shown. */
const PAGE_CSS_WIDTH = 794;

async function drawPages(data: Uint8Array, into: HTMLElement, cancelled: () => boolean): Promise<number> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const loading = pdfjs.getDocument({ data, disableFontFace: true, useWasm: false, enableXfa: false });
  const pdf = await loading.promise;
  try {
    for (let n = 1; n <= pdf.numPages && !cancelled(); n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({
        scale: (PAGE_CSS_WIDTH / base.width) * Math.max(window.devicePixelRatio, 1),
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      canvas.className = 'preview-page';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', fa.minutes.pageOf(faDigits(n), faDigits(pdf.numPages)));
      await page.render({ canvas, viewport }).promise;
      if (!cancelled()) into.append(canvas);
    }
    return pdf.numPages;
  } finally {
    // Ends its worker too.
    void loading.destroy();
  }
}

export function PagedPreview({ request }: { request: PrintRequest }) {
  const api = useApi();
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ drawn: number | null; error: string | null }>({ drawn: null, error: null });
  const { sessionId, amendmentId } = request;

  useEffect(() => {
    const into = pages.current;
    if (!into) return;
    let cancelled = false;
    into.replaceChildren();
    setState({ drawn: null, error: null });
    api.minutes
      .pdf({ sessionId, amendmentId })
      .then((file) => drawPages(bytesOf(file.data), into, () => cancelled))
      .then(
        (drawn) => !cancelled && setState({ drawn, error: null }),
        (e: unknown) => !cancelled && setState({ drawn: null, error: errorText(e) }),
      );
    return () => {
      cancelled = true;
    };
  }, [api, sessionId, amendmentId]);

  return (
    <section className="paged-preview" aria-label={fa.minutes.pagesAsPrinted} aria-busy={state.drawn === null}>
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      ) : (
        state.drawn === null && <p>{fa.common.preparing}</p>
      )}
      <div ref={pages} className="preview-pages" />
    </section>
  );
}
