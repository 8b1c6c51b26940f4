// Puts the session's reference and hash (or the draft mark) in the page footer beside «صفحه x از y».
// Page margin boxes can only show CSS strings, so the values go into a constructed stylesheet,
// which the app's CSP allows (no inline <style>); it is removed when the sheet leaves the screen.
import { useEffect } from 'react';
import { faPrint as t } from '../i18n/fa-print';

/** A CSS string literal holding `s` as plain text. */
export const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;

const box = (where: string, text: string) =>
  `@${where} { content: ${cssString(text)}; font-family: 'Vazirmatn', sans-serif; font-size: 8pt; color: #333; }`;

export interface Footer {
  /** Printed at the start (right) of the line: the session reference (and amendment number). */
  reference: string;
  /** Printed at the end (left): the hash start for a final record, the draft mark otherwise. */
  mark: string;
}

export function footerCss(footer: Footer): string {
  return `@page { ${box('bottom-right', `${t.reference}: ${footer.reference}`)} ${box('bottom-left', footer.mark)} }`;
}

export function usePageFooter(footer: Footer | null): void {
  const css = footer ? footerCss(footer) : null;
  useEffect(() => {
    if (css === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
