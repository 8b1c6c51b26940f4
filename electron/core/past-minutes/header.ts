// The header of minutes — chair, secretary, date, time, place, number — wherever it is: lines
// «رئیس: …», several labels on one line, a table of label and value cells, or one sentence
// («… روز دوشنبه مورخ ۱۴۰۲/۰۵/۱۰ ساعت ۱۰ در محل … به ریاست … و دبیری … تشکیل شد»).
import { findDates } from '../domain/date-phrases';
import { readOrdinal } from '../domain/number-words';
import { matchText, tidy, trimPunctuation } from './match-text';
import { splitPerson } from './people';
import type { Recognized } from './recognized';

/** A piece of text with its line: a paragraph, or one cell paragraph of a table row. */
export interface Unit {
  n: number;
  text: string;
}

type Field = 'chair' | 'secretary' | 'date' | 'time' | 'location' | 'number' | 'subject';
const LABELS: [Field, string][] = [
  ['chair', '(?:رئیس|رییس|ریاست)(?:\\s*(?:جلسه|کارگروه|کار\\s*گروه|شورا|ستاد|کمیسیون))?'],
  ['secretary', 'دبیر(?:\\s*(?:جلسه|کارگروه|کار\\s*گروه|شورا|ستاد|کمیسیون))?'],
  ['date', '(?:تاریخ(?:\\s*(?:جلسه|برگزاری|تشکیل(?:\\s*جلسه)?))?|مورخ)'],
  ['time', '(?:ساعت(?:\\s*(?:جلسه|برگزاری|شروع|تشکیل))?|زمان(?:\\s*(?:جلسه|برگزاری))?)'],
  ['location', '(?:مکان|محل)(?:\\s*(?:جلسه|برگزاری|تشکیل(?:\\s*جلسه)?))?'],
  ['number', '(?:شماره(?:\\s*جلسه)?|جلسه\\s*شماره)'],
  ['subject', 'موضوع(?:\\s*جلسه)?'],
];
const LABEL = new RegExp(`(?:^|[\\s|،])(${LABELS.map(([, w]) => w).join('|')})\\s*[:：]`, 'g');
const BARE_LABEL = new RegExp(
  `^\\s*((?:رئیس|رییس|دبیر|مکان|محل|تاریخ)\\s*جلسه|تاریخ|ساعت|مکان|محل)(?:\\s{2,}|\\s+(?=[0-9]))`,
);
const LABEL_ALONE = new RegExp(`^\\s*(${LABELS.map(([, w]) => w).join('|')})\\s*[:：]?\\s*$`);

function fieldOf(label: string): Field | null {
  for (const [field, words] of LABELS) if (new RegExp(`^${words}$`).test(label.trim())) return field;
  return null;
}

const TIME = '([0-9]{1,2}(?:\\s*[:.]\\s*[0-9]{2})?)';
function time(t: string | undefined): string | null {
  if (!t) return null;
  const m = /^([0-9]{1,2})(?:\s*[:.]\s*([0-9]{2}))?$/.exec(t.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

function setTime(r: Recognized, folded: string): boolean {
  const m =
    new RegExp(`از\\s*ساعت\\s*${TIME}\\s*(?:الی|تا|لغایت|-)\\s*(?:ساعت\\s*)?${TIME}`).exec(folded) ??
    new RegExp(`(?:ساعت|^)\\s*[:：]?\\s*${TIME}(?:\\s*(?:الی|تا|لغایت|-)\\s*(?:ساعت\\s*)?${TIME})?`).exec(folded);
  const start = time(m?.[1]);
  if (!start) return false;
  r.startTime ??= start;
  r.endTime ??= time(m?.[2]);
  return true;
}

function setField(r: Recognized, field: Field, value: string, n: number): boolean {
  const v = trimPunctuation(value);
  if (v === '') return false;
  const f = matchText(v);
  if (field === 'chair' && !r.chair) r.chair = { value: splitPerson(v), line: n };
  else if (field === 'secretary' && !r.secretary) r.secretary = { value: splitPerson(v), line: n };
  // «سالن … (با رعایت پروتکل‌های بهداشتی)»: a note in brackets after the place is not the place.
  else if (field === 'location' && !r.location)
    r.location = { value: tidy(v.replace(/\s*\([^)]*\)\s*$/, '')) || tidy(v), line: n };
  else if (field === 'date' && !r.date) {
    const d = findDates(f)[0];
    if (!d) return false;
    r.date = { value: { year: d.year, month: d.month, day: d.day, shortYear: d.shortYear }, line: n };
  } else if (field === 'time') return setTime(r, `ساعت ${f}`);
  // «موضوع: …» is the agenda's one item; a letter's «موضوع: صورتجلسه …» is its title.
  else if (field === 'subject' && !/صور\s*ت\s*جلسه/.test(f)) r.agenda.push({ value: tidy(v), line: n });
  else if (field === 'number' && !r.number) {
    // «شماره جلسه: ۵» or «شماره جلسه: دوم».
    const m = /^([0-9]{1,4})(?![0-9/])/.exec(f);
    const word = /^((?:[آ-ی]+\s*و\s*)*[آ-ی]+)/.exec(f);
    const value = m ? Number(m[1]) : word ? (readOrdinal(`${word[1]!}ین`) ?? readOrdinal(word[1]!)) : null;
    if (value === null) return false;
    r.number = { value, line: n };
  } else return false;
  return true;
}

/** Labelled fields: «رئیس: …»، «تاریخ: … ساعت: … مکان: …» on one line, a label cell then its value. */
export function readLabels(units: readonly Unit[], r: Recognized): Set<number> {
  const used = new Set<number>();
  // A letter's head («شماره: … تاریخ: … پیوست: …») dates the letter, not the session.
  const letter = units.filter((u) => /^\s*(?:پیوست|شماره\s*نامه)\s*[:：]/.test(matchText(u.text))).map((u) => u.n);
  const inLetterHead = (n: number) => letter.some((l) => Math.abs(l - n) <= 3);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const folded = matchText(u.text);
    if (inLetterHead(u.n) && /^\s*(?:تاریخ|شماره|پیوست)\s*[:：]/.test(folded)) {
      used.add(u.n);
      continue;
    }
    const alone = LABEL_ALONE.exec(folded);
    const next = units[i + 1];
    if (alone && next && next.n === u.n) {
      // A label cell and its value in the next cell of the same row.
      const field = fieldOf(alone[1]!);
      if (field && setField(r, field, next.text, u.n)) used.add(u.n);
      i++;
      continue;
    }
    const labels = [...folded.matchAll(LABEL)];
    if (labels.length === 0) {
      // Typed without its colon («رئیس جلسه  مهندس …»، «تاریخ 1392/7/22  ساعت ۱۰»): a label that opens a short line.
      const bare = BARE_LABEL.exec(folded);
      const field = bare ? fieldOf(bare[1]!) : null;
      if (
        bare &&
        field &&
        folded.trim().split(/\s+/).length <= 14 &&
        setField(r, field, u.text.slice(bare[0].length), u.n)
      ) {
        used.add(u.n);
        const time = /ساعت\s+[0-9]/.exec(folded.slice(bare[0].length));
        if (field === 'date' && time) setTime(r, folded.slice(bare[0].length + time.index));
      }
      continue;
    }
    // Only a line that starts with its label (or a cell) is a header line; a label inside a sentence is not.
    if (labels[0]!.index > 2) continue;
    labels.forEach((m, k) => {
      const field = fieldOf(m[1]!);
      const from = m.index + m[0].length;
      const to = labels[k + 1]?.index ?? u.text.length;
      if (field && setField(r, field, u.text.slice(from, to), u.n)) used.add(u.n);
    });
  }
  return used;
}

// A person's title may hold commas («معاون سیاسی، امنیتی و اجتماعی»): only a place's phrase stops at one.
const PERSON_STOP =
  '(?=\\s*(?:(?:و\\s*)?به\\s*ریاست|و\\s*(?:به\\s*)?دبیری|و\\s*با\\s*حضور|با\\s*حضور|تشکیل|برگزار|در\\s*محل|در\\s*سالن|در\\s*تاریخ|با\\s*دستور|\\.|$))';
/** «… خانم فاطمه زارعی مدیرکل ورزش و جوانان و دبیر ستاد …»: the secretary named in a sentence. */
const SECRETARY_IN_SENTENCE =
  /((?:آقای|خانم|جناب|سرکار|دکتر|مهندس)\s+[^.:]{3,120}?)\s+(?:و\s*)?(دبیر\s*(?:ستاد|کارگروه|کار\s*گروه|جلسه|شورا|شورای|کمیسیون|کمیته))/;
const STOP =
  '(?=\\s*(?:(?:و\\s*)?به\\s*ریاست|و\\s*(?:به\\s*)?دبیری|و\\s*با\\s*حضور|با\\s*حضور|تشکیل|برگزار|در\\s*محل|در\\s*سالن|در\\s*تاریخ|با\\s*دستور|،|\\.|$))';

/** Fields inside the sentence that opens the minutes. */
export function readSentence(u: Unit, r: Recognized): boolean {
  const f = matchText(u.text);
  let found = false;
  const cut = (m: RegExpExecArray, g = 1) => {
    const at = m.index + m[0].indexOf(m[g]!);
    return u.text.slice(at, at + m[g]!.length);
  };
  let m: RegExpExecArray | null;
  if (!r.chair && (m = new RegExp(`به\\s*ریاست\\s*(.+?)${PERSON_STOP}`).exec(f))) {
    r.chair = { value: splitPerson(cut(m)), line: u.n };
    found = true;
  }
  if (!r.secretary && (m = new RegExp(`دبیری\\s*(.+?)${PERSON_STOP}`).exec(f))) {
    r.secretary = { value: splitPerson(cut(m)), line: u.n };
    found = true;
  }
  if (!r.secretary && (m = SECRETARY_IN_SENTENCE.exec(f))) {
    const at = m.index;
    const person = splitPerson(u.text.slice(at, at + m[1]!.length));
    // «مهندس رئیسی دبیر کارگروه»: with no title of its own, the person's title is the one the sentence gives.
    const title = person.title ?? tidy(u.text.slice(at + m[0].length - m[2]!.length, at + m[0].length));
    r.secretary = { value: { name: person.name, title }, line: u.n };
    r.uncertain.push({ path: 'session.secretary', reason: 'دبیر جلسه از میان یک جمله برداشته شد', line: u.n });
    found = true;
  }
  if (
    !r.location &&
    (m = new RegExp(
      `در\\s*(?:محل\\s*)?((?:سالن|محل|اتاق|دفتر|ساختمان|تالار|سرای|مجتمع|فرمانداری|استانداری|ساختمان)[^،.:]*?)${STOP}`,
    ).exec(f))
  ) {
    r.location = { value: tidy(cut(m)), line: u.n };
    found = true;
  }
  if (!r.date) {
    const dated = /(?:مورخ|تاریخ|روز)/.test(f) || /جلسه|برگزار|تشکیل/.test(f);
    const d = dated ? findDates(f)[0] : undefined;
    if (d) {
      r.date = { value: { year: d.year, month: d.month, day: d.day, shortYear: d.shortYear }, line: u.n };
      found = true;
    }
  }
  if (!r.startTime && /ساعت/.test(f) && setTime(r, f)) found = true;
  return found;
}
