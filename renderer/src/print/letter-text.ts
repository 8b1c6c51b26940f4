// What a letter to a responsible body says, line by line: the same words on paper (LetterSheet.tsx)
// and in Word (letter-docx.ts). Plain TypeScript: no DOM, no docx.
import type { LetterEntry, PrintableLetters } from '../../../electron/contract';
import { normalizeForSearch } from '../../../electron/contract/persian-text';
import { faDigits } from '../i18n/digits';
import { faLetters as t } from '../i18n/fa-letters';
import { deadlineText, typeset } from './format';

/** The group as it reads after «مصوبات …»: its name, with «کارگروه» before it where it has none. */
export function groupPhrase(name: string): string {
  const key = normalizeForSearch(name).replace(/\s+/g, '');
  const shownName = typeset(name);
  return key.startsWith(normalizeForSearch(t.groupWord)) ? shownName : `${t.groupWord} ${shownName}`;
}

export interface LetterText {
  to: string;
  subject: string;
  greeting: string;
  body: string;
  columns: readonly string[];
  rows: string[][];
  closing: string;
  signatory: { name: string; title: string; role: string } | null;
}

export function letterText(p: PrintableLetters, entry: LetterEntry): LetterText {
  const group = groupPhrase(p.workingGroup.name);
  const session = p.session ? t.sessionOf(faDigits(p.session.number), faDigits(p.session.date)) : '';
  const due = (d: string | null) => (d ? faDigits(d) : t.noDueDate);
  const notification = p.kind === 'notification';
  const rows = entry.resolutions.map((r, i) =>
    notification
      ? [faDigits(r.row), typeset(r.body), deadlineText(r.deadline, typeset), due(r.dueDate)]
      : [
          faDigits(i + 1),
          t.sessionCell(faDigits(r.session.number), faDigits(r.session.date), faDigits(r.row)),
          typeset(r.body),
          deadlineText(r.deadline, typeset),
          due(r.dueDate),
          r.daysOverdue === null ? '' : faDigits(r.daysOverdue),
        ],
  );
  return {
    to: `${t.to}: ${typeset(entry.organization)}`,
    subject: `${t.subject}: ${notification ? t.notificationSubject(session, group) : t.followUpSubject(group)}`,
    greeting: t.greeting,
    body: notification
      ? t.notificationBody(session, group)
      : t.followUpBody(group, faDigits(entry.reportBy ?? p.today)),
    columns: notification ? t.notificationColumns : t.followUpColumns,
    rows,
    closing: t.closing,
    signatory: p.signatory
      ? { name: typeset(p.signatory.name), title: typeset(p.signatory.title), role: t.secretaryOf(group) }
      : null,
  };
}

/** The letter's head: its kept number and date, or dots for the office to fill in. */
export const markOf = (entry: LetterEntry) => ({
  number: entry.letter?.number ?? null,
  date: entry.letter?.date ?? null,
  attachments: null,
});

/** The PDF's and Word copy's title: «نامه ابلاغ مصوبات — جلسه شماره ۱ …» or the follow-up's. */
export function lettersTitle(p: PrintableLetters): string {
  const one = p.letters.length === 1 ? ` — ${typeset(p.letters[0]!.organization)}` : '';
  return p.kind === 'notification' && p.session
    ? `${t.notificationTitle} ${t.sessionOf(faDigits(p.session.number), faDigits(p.session.date))}${one}`
    : `${t.followUpTitle} ${groupPhrase(p.workingGroup.name)}${one}`;
}
