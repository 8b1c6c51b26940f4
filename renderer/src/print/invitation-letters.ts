// The invitation's letters as words, before any layout: one per member organisation (mode
// 'each'), or one to the members with every organisation in «رونوشت» ('copies'). The printed
// sheet (InvitationSheet.tsx) and the Word copy (invitation-docx.ts) both lay out these, so they
// say the same. No DOM, no React.
import type { PrintableInvitation } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faInvitation as t } from '../i18n/fa-invitation';
import type { LetterMark } from './Letterhead';
import { textOf, timeRange } from './format';

export interface InvitationLetter {
  /** React key / Word bookmark: the organisation's id, or 'copies'. */
  key: string;
  mark: LetterMark;
  to: string;
  subject: string;
  greeting: string;
  body: string;
  agenda: string[];
  closing: string;
  signatory: { name: string; title: string };
  /** The distribution list: every member organisation (mode 'copies' only). */
  copies: string[] | null;
}

/** The PDF's and the Word file's title: «دعوتنامه اولین جلسه کار گروه … در سال ۱۳۹۹». */
export function invitationTitle(p: PrintableInvitation): string {
  const show = textOf(p);
  return t.documentTitle(p.session.ordinal, show(p.workingGroup), faDigits(p.session.year));
}

export function invitationLetters(p: PrintableInvitation): InvitationLetter[] {
  const show = textOf(p);
  const group = show(p.workingGroup);
  const year = faDigits(p.session.year);
  const time = timeRange(p.session.startTime, p.session.endTime);
  const place = show(p.session.location).trim();
  const when = [t.on(p.session.longDate), ...(time ? [t.at(time)] : []), ...(place ? [t.in(place)] : [])].join(' ');
  const agenda = p.agenda.map((a) => show(a));
  const common = {
    mark: { number: p.mark?.number ?? null, date: p.mark?.date ?? null, attachments: t.noAttachments },
    subject: t.subjectLine(p.session.ordinal, group, year),
    greeting: t.greeting,
    body: t.body(p.session.ordinal, group, year, when, agenda.length > 0),
    agenda,
    signatory: {
      name: show(p.signatory?.name ?? ''),
      title: show(p.signatory?.title ?? '') || t.secretaryTitle,
    },
  };
  if (p.mode === 'copies')
    return [
      {
        ...common,
        key: 'copies',
        to: t.members(group),
        closing: t.closing.copies,
        copies: p.members.map((m) => show(m.name)),
      },
    ];
  return p.addressees.map((a) => ({
    ...common,
    key: a.organizationId,
    to: show(a.name),
    closing: t.closing.each,
    copies: null,
  }));
}
