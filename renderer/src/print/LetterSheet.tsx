// Letters to responsible bodies on the secretariat's letterhead (`?print=letters&letter=…`): one
// sheet, and so one page at least, per organisation; then `data-print-ready` once data and fonts
// are in, as the minutes' print page does. The words are letter-text.ts's, shared with Word.
import { useEffect, useState } from 'react';
import type { LetterEntry, PrintableLetters, WhichLetters } from '../../../electron/contract';
import type { Api } from '../api/client';
import { LetterheadBlock } from './Letterhead';
import { letterText, lettersTitle, markOf } from './letter-text';
import './print.css';

export function LettersPrintPage({ api, which }: { api: Api; which: WhichLetters }) {
  const [letters, setLetters] = useState<PrintableLetters | null>(null);
  // The query's letters as text: a fresh object of the same fields asks nothing again.
  const asked = JSON.stringify(which);
  useEffect(() => {
    api.letters.printable(JSON.parse(asked) as WhichLetters).then(setLetters, (e: unknown) => {
      document.documentElement.dataset.printError = e instanceof Error ? e.message : String(e);
    });
  }, [api, asked]);
  useEffect(() => {
    if (!letters) return;
    // The PDF's Title is the document's <title>.
    document.title = lettersTitle(letters);
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = 'true';
    });
  }, [letters]);
  return letters ? (
    <>
      {letters.letters.map((entry) => (
        <LetterSheet key={entry.key} letters={letters} entry={entry} />
      ))}
    </>
  ) : null;
}

export function LetterSheet({ letters, entry }: { letters: PrintableLetters; entry: LetterEntry }) {
  const text = letterText(letters, entry);
  // The text of the resolution reads from the right; the short cells (dates, counts) are centred.
  const bodyColumn = letters.kind === 'notification' ? 1 : 2;
  return (
    <article className="sheet letter-sheet" lang="fa" dir="rtl" data-organization={entry.organization}>
      <LetterheadBlock letterhead={letters.letterhead} mark={markOf(entry)} />
      <p className="letter-to">{text.to}</p>
      <p className="letter-subject">{text.subject}</p>
      <p className="letter-greeting">{text.greeting}</p>
      <p className="letter-body">{text.body}</p>
      <table className={`resolutions letter-table letter-${letters.kind}`}>
        <colgroup>
          {text.columns.map((c, i) => (
            <col key={c} className={`c-letter-${i}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {text.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {text.rows.map((row, i) => (
            <tr key={entry.resolutions[i]!.resolutionId}>
              {row.map((cell, j) => (
                <td key={j} className={j === 0 ? 'sheet-num' : j === bodyColumn ? undefined : 'letter-center'}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="letter-closing">{text.closing}</p>
      {text.signatory && (
        <div className="letter-signature">
          <div className="sign-space" />
          {text.signatory.name && <p className="signatory-name">{text.signatory.name}</p>}
          {text.signatory.title && <p className="signatory-title">{text.signatory.title}</p>}
          <p className="signatory-title">{text.signatory.role}</p>
        </div>
      )}
    </article>
  );
}
