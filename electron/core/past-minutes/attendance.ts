// The attendance: «حاضرین در جلسه: …»، «نمایندگان: …»، «غایبین (۹ دستگاه): …»، «مدعوین: …», as lists
// or one run-on paragraph, entries like «فولادوند، اداره کل آموزش و پرورش»، «قنبری مدیر کل کانون …»،
// «آقای … نماینده …»، «… (معاون)»; or a table of name, title and body. Each entry: body, person, status.
import type { AttendanceStatus } from '../../contract';
import { looksLikeOrganization, splitEntries, startsOrganization } from './entries';
import { matchText, tidy, trimPunctuation } from './match-text';
import { titleStart, withoutHonorifics } from './people';
import { listMarker } from './source-lines';
import type { Recognized } from './recognized';

export interface AttendancePiece {
  status: AttendanceStatus;
  n: number;
  text: string;
}

const DEPUTY_MARK = /\(\s*(?:معاون|قائم\s*مقام|معاونت)\s*\)/;
const EXCUSED_MARK = /\(\s*(?:با\s*اطلاع|موجه|عذر\s*موجه|مرخصی|ماموریت)\s*\)/;
const REPRESENTATIVE_MARK = /\(\s*(?:نماینده|به\s*نمایندگی)\s*\)/;
const DEPUTIES_FROM_HERE = /\(\s*(?:معاونین|معاونان)[^)]*\)/;
const PRESENT_FROM_HERE = /\(\s*(?:مدیران\s*کل|روسای)[^)]*\)/;
/** Head-of-body titles dropped before the body's name: «مدیر کل ثبت احوال» → «ثبت احوال». */
const HEAD_TITLE =
  /^(?:مدیر\s*کل|مدیرکل|مدیرعامل|مدیر\s*عامل|مدیر|رئیس|رییس|سرپرست|دبیر|مسئول|فرمانده|دادستان|شهردار|فرماندار|بخشدار)(?:\s*محترم)?\s+/;

/** One entry: the body, the person if named, the status marked on it (or the part's). */
export function readEntry(
  raw: string,
  status: AttendanceStatus,
  province: string | null = null,
): { organization: string; person: string | null; status: AttendanceStatus } | null {
  let text = trimPunctuation(raw);
  let own = status;
  if (EXCUSED_MARK.test(matchText(text))) {
    if (status === 'absent') own = 'excused';
    text = text.replace(/\(\s*(?:با\s*اطلاع|موجه|عذر\s*موجه|مرخصی|ماموریت)\s*\)/, ' ');
  }
  const present = status === 'present' || status === 'deputy';
  if (DEPUTY_MARK.test(matchText(text))) {
    if (present) own = 'deputy';
    text = text.replace(/\(\s*(?:معاون|قائم\s*مقام|معاونت)\s*\)/, ' ');
  }
  if (REPRESENTATIVE_MARK.test(matchText(text))) {
    if (present) own = 'representative';
    text = text.replace(/\(\s*(?:نماینده|به\s*نمایندگی)\s*\)/, ' ');
  }
  text = trimPunctuation(withoutHonorifics(text));
  if (text === '') return null;
  // «اداره کل …: مهندس صالحی»: the body, then its person.
  const labelled = /^([^:：]{3,120})[:：]\s*(.+)$/.exec(text);
  if (labelled && looksLikeOrganization(labelled[1]!))
    return { organization: tidy(labelled[1]!), person: tidy(withoutHonorifics(labelled[2]!)), status: own };
  // «نوروزی به نمایندگی از اداره کل …»: a representative.
  const sent = /^(.*?)\s*به\s*نمایندگی\s*(?:از\s*)?(.+)$/.exec(text);
  if (sent && looksLikeOrganization(sent[2]!))
    return {
      organization: tidy(sent[2]!),
      person: sent[1] ? tidy(sent[1]) : null,
      status: present ? 'representative' : own,
    };
  let person: string | null = null;
  let org = text;
  const f = matchText(text);
  const comma = /[،,]/.exec(f);
  const at = titleStart(text);
  if (looksLikeOrganization(text)) {
    org = text;
  } else if (comma && (at < 0 || at > comma.index) && !looksLikeOrganization(text.slice(0, comma.index))) {
    person = trimPunctuation(text.slice(0, comma.index));
    org = trimPunctuation(text.slice(comma.index + 1));
  } else if (at > 0) {
    person = trimPunctuation(text.slice(0, at));
    org = trimPunctuation(text.slice(at));
  } else if (at < 0) {
    const words = text.split(/\s+/);
    const second = words.slice(1).join(' ');
    if (words.length >= 3 && looksLikeOrganization(second)) {
      person = words[0]!;
      org = second;
    }
  }
  // The title says who the person is to the body: «معاون اداره کل …» sent a deputy, «نماینده …» a representative.
  const of = matchText(org);
  let m: RegExpExecArray | null;
  if ((m = /^(?:نماینده|به\s*نمایندگی\s*از)\s+/.exec(of))) {
    if (present || status === 'guest') own = status === 'guest' ? 'guest' : 'representative';
    org = org.slice(m[0].length);
  } else if ((m = /^(?:معاون|قائم\s*مقام|جانشین)\s+/.exec(of)) && organizationAfter(org, m[0].length) >= 0) {
    // «معاون پرورشی اداره کل آموزش و پرورش»: a deputy of the body named after the title.
    if (present) own = 'deputy';
    org = org.slice(organizationAfter(org, m[0].length));
  } else if ((m = /^(?:استاندار|فرماندار|شهردار|بخشدار)(?![آ-ی])(?:\s*محترم)?/.exec(of))) {
    // «استاندار و رئیس شورا»: the body the title heads («استانداری گیلان»).
    const place = /^\s+(?!و\s)([آ-ی]+(?:\s+[آ-ی]+)?)/.exec(matchText(org.slice(m[0].length)));
    const where =
      place && !/^(?:و|محترم|رئیس)/.test(place[1]!)
        ? org
            .slice(m[0].length)
            .trim()
            .split(/\s+و\s+/)[0]!
        : province;
    org = `${m[0].replace(/\s*محترم$/, '')}ی${where ? ` ${where}` : ''}`;
  } else if ((m = /^(?:معاون|قائم\s*مقام)\s+مدیر\s*کل\s+/.exec(of))) {
    // «معاون مدیرکل صنعت، معدن و تجارت»: a deputy of that «اداره کل».
    if (present) own = 'deputy';
    org = `اداره کل ${org.slice(m[0].length)}`;
  } else if ((m = /^(?:معاون|قائم\s*مقام)\s+(شهردار|فرماندار|بخشدار)(?![آ-ی])/.exec(of))) {
    // «معاون شهردار بروجرد»: a deputy of «شهرداری بروجرد».
    if (present) own = 'deputy';
    org = `${org.slice(m[0].length - m[1]!.length, m[0].length)}ی${org.slice(m[0].length)}`;
  } else if ((m = /^معاون\s+/.exec(of))) {
    org = `معاونت ${org.slice(m[0].length)}`;
  } else if ((m = HEAD_TITLE.exec(of)) && org.length > m[0].length) {
    org = org.slice(m[0].length);
  }
  org = trimPunctuation(org);
  if (org === '') {
    if (!person) return null;
    org = person;
    person = null;
  }
  return { organization: tidy(org), person: person ? tidy(person) : null, status: own };
}

/** Where a body's name starts after `from` words in `text` («معاون پرورشی |اداره کل …»), or -1. */
function organizationAfter(text: string, from: number): number {
  const words = [...text.slice(from).matchAll(/\S+/g)];
  // «معاون … استانداری» (or فرمانداری) heads a معاونت of it: a member of its own, not a deputy.
  for (const w of words.slice(0, 6))
    if (startsOrganization(text.slice(from + w.index)) && !/^(?:استانداری|فرمانداری)/.test(matchText(w[0])))
      return from + w.index;
  return -1;
}

/** Reads the pieces of the attendance parts into entries, with the doubtful ones marked. */
export function readAttendance(pieces: readonly AttendancePiece[], r: Recognized, known: readonly string[]): void {
  let mode: AttendanceStatus | null = null;
  let lastStatus: AttendanceStatus | null = null;
  for (const piece of pieces) {
    if (piece.status !== lastStatus) mode = null;
    lastStatus = piece.status;
    let text = piece.text;
    // «(بهدیر)، …»: words in brackets before the first entry are not an entry; they are shown, not dropped.
    const lead = /^\s*[(]([^)]{0,40})[)]\s*[،,:-]?/.exec(text);
    if (lead && !DEPUTY_MARK.test(lead[0]) && !DEPUTIES_FROM_HERE.test(matchText(lead[0]))) {
      r.uncertain.push({
        path: 'session.attendance',
        reason: `«(${tidy(lead[1]!)})» در فهرست حاضرین خوانده نشد`,
        line: piece.n,
      });
      text = text.slice(lead[0].length);
    }
    // A list item («۱- …»، «- …») is one entry: its comma is between the person and the body; its
    // dashes, if any, between the person, the title and the body («۳- پورمحمدی - معاون … - اداره کل …»).
    const item = listMarker(text);
    if (item && /\s[-–]\s/.test(matchText(item.rest))) {
      const parts = item.rest.split(/\s+[-–]\s+/).map(trimPunctuation);
      const [who, what, body] = parts;
      if (parts.length === 3 && !looksLikeOrganization(who!) && looksLikeOrganization(body!)) {
        attendanceRow([[who!], [what!], [body!]], { person: 0, title: 1, organization: 2 }, piece.n, r, piece.status);
        r.used.add(piece.n);
        continue;
      }
      if (parts.length === 2 && !looksLikeOrganization(who!) && looksLikeOrganization(what!)) {
        attendanceRow([[who!], [what!]], { person: 0, organization: 1 }, piece.n, r, piece.status);
        r.used.add(piece.n);
        continue;
      }
    }
    const entries = item && !/\s[-–]\s/.test(matchText(item.rest)) ? [item.rest] : splitEntries(text, known);
    for (let entry of entries) {
      // «… برق (معاونین دستگاه‌ها)، دانشگاه …»: from the mark on, entries are deputies.
      const fe = matchText(entry);
      const switchTo = DEPUTIES_FROM_HERE.exec(fe) ? 'deputy' : PRESENT_FROM_HERE.exec(fe) ? 'present' : null;
      const following: string[] = [];
      if (switchTo) {
        const m = (DEPUTIES_FROM_HERE.exec(fe) ?? PRESENT_FROM_HERE.exec(fe))!;
        const after = trimPunctuation(entry.slice(m.index + m[0].length));
        entry = entry.slice(0, m.index);
        if (after) following.push(after);
      }
      const status = mode ?? piece.status;
      const read = trimPunctuation(entry) ? readEntry(entry, status, r.province) : null;
      if (read) add(r, read, piece.n, entry);
      if (switchTo && (piece.status === 'present' || piece.status === 'deputy')) mode = switchTo;
      for (const f of following) {
        const next = readEntry(f, mode ?? piece.status, r.province);
        if (next) add(r, next, piece.n, f);
      }
    }
    r.used.add(piece.n);
  }
}

function add(r: Recognized, e: NonNullable<ReturnType<typeof readEntry>>, n: number, source: string): void {
  r.attendance.push({ ...e, line: n });
  const index = r.attendance.length - 1;
  if (/(?:\.\.\.|…)\s*$/.test(source))
    r.uncertain.push({
      path: `session.attendance[${index}].organization`,
      reason: `«${tidy(source)}» ناتمام به نظر می‌رسد`,
      line: n,
    });
  else if (!looksLikeOrganization(e.organization) && e.organization.split(/\s+/).length === 1 && !e.person)
    r.uncertain.push({
      path: `session.attendance[${index}].organization`,
      reason: `«${e.organization}» شاید نام شخص باشد، نه دستگاه`,
      line: n,
    });
}

type Role = 'person' | 'title' | 'organization' | 'status';
/** The columns of an attendance table's header row («نام و نام خانوادگی | سمت | دستگاه | امضا»), or null. */
export function attendanceColumns(cells: readonly string[][]): Partial<Record<Role, number>> | null {
  const cols: Partial<Record<Role, number>> = {};
  cells.forEach((c, i) => {
    const f = matchText(c.join(' ')).trim();
    const role: Role | null =
      /^(?:نام(?:\s*و)?\s*نام\s*خانوادگی|نام|اسامی|نام\s*حاضرین|نام\s*و\s*(?:نام\s*خانوادگی\s*و\s*)?سمت)$/.test(f)
        ? 'person'
        : /^(?:سمت|عنوان|سمت\s*(?:و|\/|،|-)\s*دستگاه)$/.test(f)
          ? 'title'
          : /^(?:دستگاه|سازمان|نام\s*دستگاه|دستگاه\s*(?:اجرایی|عضو|متبوع)|محل\s*خدمت|اداره|نام\s*دستگاه\s*عضو)$/.test(f)
            ? 'organization'
            : /^(?:وضعیت|وضعیت\s*حضور|حضور)$/.test(f)
              ? 'status'
              : null;
    if (role && cols[role] === undefined) cols[role] = i;
  });
  return cols.organization !== undefined || (cols.person !== undefined && cols.title !== undefined) ? cols : null;
}

/** One row of an attendance table. */
export function attendanceRow(
  cells: readonly string[][],
  cols: Partial<Record<Role, number>>,
  n: number,
  r: Recognized,
  base: AttendanceStatus = 'present',
): void {
  const cell = (i: number | undefined) => (i === undefined ? '' : trimPunctuation((cells[i] ?? []).join(' ')));
  // «نام و سمت» in one cell: «مهندس عباسی - معاون شهردار».
  const both = cols.title === undefined ? /^(.+?)\s+[-–،,]\s+(.+)$/.exec(cell(cols.person)) : null;
  const person = (both ? trimPunctuation(both[1]!) : cell(cols.person)) || null;
  const title = both ? trimPunctuation(both[2]!) : cell(cols.title);
  const organization = cell(cols.organization) || title;
  if (!organization && !person) return;
  const s = matchText(cell(cols.status));
  const row = matchText(cells.map((c) => c.join(' ')).join(' '));
  const t = matchText(title);
  const status: AttendanceStatus = /غایب|غیبت/.test(s)
    ? 'absent'
    : /مدعو/.test(s) || /\(\s*مدعو\s*\)/.test(row)
      ? 'guest'
      : /نماینده/.test(s) || /^نماینده/.test(t) || REPRESENTATIVE_MARK.test(row)
        ? 'representative'
        : /معاون/.test(s) || DEPUTY_MARK.test(row)
          ? 'deputy'
          : base;
  // The body named, and what the title says of the person: «معاون …» of a body sent a deputy;
  // «معاون … استاندار» heads a معاونت of the governorate.
  const marks = /\s*\(\s*(?:مدعو|معاون|نماینده|قائم\s*مقام)\s*\)/g;
  const named = organization ? organization.replace(marks, '') : person!.replace(marks, '');
  const deputyTitle = cols.organization !== undefined && /^(?:معاون|قائم\s*مقام|جانشین)(?![آ-ی])/.test(t);
  // «معاون عمرانی» of «استانداری هرمزگان» heads «معاونت عمرانی استانداری».
  const governorate = /^(?:استانداری|فرمانداری)(?:\s|$)/.exec(matchText(named).trim());
  const read = !deputyTitle
    ? readEntry(named, status, r.province)
    : governorate
      ? readEntry(
          /استاندار|فرماندار/.test(t) ? title : `${title} ${matchText(named).trim().split(/\s/)[0]!}`,
          status,
          r.province,
        )
      : { organization: named, person: null, status: status === 'present' ? ('deputy' as const) : status };
  if (!read) return;
  r.attendance.push({ organization: read.organization, person: person ?? read.person, status: read.status, line: n });
  r.used.add(n);
}
