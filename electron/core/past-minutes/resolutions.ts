// Resolutions as minutes set them: a table (ردیف، عنوان، مفاد، مهلت اقدام، مسئول پیگیری — any of the
// columns, in any order, over several tables, the header repeated or not), or numbered paragraphs
// («۱-»، «2ـ»، «۳:») with their «مسئول پیگیری: …» and «مهلت: …» lines; clauses stay in the body.
import { deadlineInSentence, deadlineOfCell, type FoundDeadline } from './deadline-phrases';
import { looksLikeOrganization, splitAtAnd, splitEntries, splitRunTogether } from './entries';
import { matchText, tidy, trimPunctuation } from './match-text';
import type { Recognized, RecognizedResolution } from './recognized';
import { CLAUSE, listMarker, type Line } from './source-lines';

export interface Columns {
  row?: number;
  title?: number;
  body: number;
  deadline?: number;
  responsible?: number;
  count: number;
}

type Role = Exclude<keyof Columns, 'count'>;
function roleOf(cell: string): Role | null {
  const f = matchText(cell).trim();
  if (f === '') return null;
  if (/^(?:ردیف|شماره|ر|#|ش)\s*(?:مصوبه)?$/.test(f)) return 'row';
  if (
    /^(?:مهلت|زمان(?:\s*(?:اجرا|اقدام|انجام|بندی))?|زمانبندی|مدت|تاریخ\s*(?:اجرا|انجام))$|^(?:مهلت|زمان\s*(?:اجرا|اقدام|انجام))/.test(
      f,
    )
  )
    return 'deadline';
  if (/^(?:مسئول|مسوول|مسئولین|مسئولیت|پیگیری|مجری|دستگاه|اقدام\s*کننده|متولی)/.test(f) && f.split(/\s+/).length <= 4)
    return 'responsible';
  if (/^(?:عنوان|موضوع)$/.test(f)) return 'title';
  if (/^(?:مفاد|متن|شرح|مصوبه|مصوبات|تصمیم|تصمیمات)(?:\s*(?:مصوبه|مصوبات|تصمیم))?$/.test(f)) return 'body';
  return null;
}

/** The columns of a resolutions table's header row, or null when the row is not one. */
export function columnsOf(cells: readonly string[][]): Columns | null {
  const roles = cells.map((c) => roleOf(c.join(' ')));
  const cols: Partial<Columns> = { count: cells.length };
  roles.forEach((role, i) => {
    if (role && cols[role] === undefined) cols[role] = i;
  });
  // A «موضوع» column is the body only beside a deadline or responsible one: «ردیف | موضوع | ارائه دهنده» is an agenda.
  if (
    cols.body === undefined &&
    cols.title !== undefined &&
    (cols.deadline !== undefined || cols.responsible !== undefined)
  ) {
    cols.body = cols.title;
    delete cols.title;
  }
  const others = roles.filter((r) => r && r !== 'body').length;
  return cols.body !== undefined && others >= 1 ? (cols as Columns) : null;
}

const RESPONSIBLE_LABEL =
  /(?:^|[\s(،-])(?:مسئول(?:ین)?\s*(?:پیگیری|اجرا|اقدام|انجام)?|مسوول\s*(?:پیگیری|اجرا)?|دستگاه\s*(?:های\s*)?(?:مسئول|مجری)|مجری|متولی|(?<!مهلت\s*)اقدام(?:\s*کننده)?)\s*[:：]\s*/;
const DEADLINE_LABEL =
  /(?:^|[\s(،-])(?:مهلت(?:\s*(?:اقدام|اجرا|انجام))?|زمان\s*(?:اجرا|انجام|اقدام)|زمانبندی)\s*[:：]\s*/;

function responsibleOf(text: string, known: readonly string[]): string[] {
  return splitEntries(text, known).flatMap(splitAtAnd).flatMap(splitRunTogether).map(trimPunctuation).filter(Boolean);
}

function setDeadline(r: Recognized, res: RecognizedResolution, found: FoundDeadline, index: number): void {
  res.deadline = found.deadline;
  if (!found.sure)
    r.uncertain.push({
      path: `session.resolutions[${index}].deadline`,
      reason:
        found.deadline?.kind === 'text'
          ? `مهلت «${found.text}» در هیچ‌یک از انواع مهلت نگنجید و همان‌طور که نوشته شده نگه داشته شد`
          : `مهلت از «${found.text}» خوانده شد`,
      line: res.line,
    });
}

/** Rows of one table line; returns the columns in force after it. */
function tableRow(l: Line, cols: Columns, r: Recognized, sessionYear: number | null, known: readonly string[]): void {
  const cells = l.cells!;
  const cell = (i: number | undefined) => (i === undefined ? [] : (cells[i] ?? []).map(tidy).filter(Boolean));
  const body = cell(cols.body).join('\n');
  if (body === '') return;
  const rowText = cell(cols.row).join(' ');
  const rowNumber = /^[0-9]+/.exec(matchText(rowText));
  const index = r.resolutions.length;
  const res: RecognizedResolution = {
    row: rowNumber ? Number(rowNumber[0]) : index + 1,
    title: trimPunctuation(cell(cols.title).join(' ')) || null,
    body,
    deadline: null,
    responsible: cell(cols.responsible).flatMap((p) => responsibleOf(p, known)),
    line: l.n,
  };
  r.resolutions.push(res);
  if (cols.deadline !== undefined)
    setDeadline(r, res, deadlineOfCell(cell(cols.deadline).join(' '), sessionYear), index);
  else {
    const inside = deadlineInSentence(body, sessionYear);
    if (inside) setDeadline(r, res, inside, index);
  }
  r.used.add(l.n);
}

/** Where the bracket a text is inside of closes: the first «)» not matched by a «(» in the text. */
function closingBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Cuts a labelled «مسئول پیگیری: …» / «مهلت اقدام: …» out of a paragraph; returns what is left. */
function labelled(text: string): { rest: string; responsible: string | null; deadline: string | null } {
  let rest = text;
  let responsible: string | null = null;
  let deadline: string | null = null;
  for (;;) {
    const f = matchText(rest);
    const a = RESPONSIBLE_LABEL.exec(f);
    const b = DEADLINE_LABEL.exec(f);
    const first = a && (!b || a.index <= b.index) ? a : b;
    if (!first) break;
    const start = first.index + (/^[\s(،-]/.test(first[0]) ? 1 : 0);
    const valueFrom = first.index + first[0].length;
    const other = first === a ? b : a;
    const next = other && other.index > first.index ? other.index : rest.length;
    // «(مسئول اجرا: …)»: the label's own bracket closes it; a bracket inside the value («(ره)») does not.
    const opened =
      first[0].startsWith('(') ||
      rest
        .slice(0, first.index + 1)
        .trimEnd()
        .endsWith('(');
    const close = opened ? closingBracket(rest.slice(valueFrom, next)) : -1;
    const valueEnd = close >= 0 ? valueFrom + close : next;
    const value = trimPunctuation(rest.slice(valueFrom, valueEnd));
    if (first === a) responsible = value;
    else deadline = value;
    const cutEnd = close >= 0 ? valueEnd + 1 : valueEnd;
    rest = rest.slice(0, start).replace(/[\s(،\-–]+$/, '') + rest.slice(cutEnd);
  }
  // «… اقدام کنند. مهلت یک ماهه»: a deadline named at the paragraph's end without a colon.
  const trailing = deadline === null ? /(?:^|[\s.،])مهلت\s+([^.:]{2,40})$/.exec(matchText(rest.trimEnd())) : null;
  if (trailing) {
    deadline = trimPunctuation(rest.trimEnd().slice(trailing.index + trailing[0].length - trailing[1]!.length));
    rest = rest.trimEnd().slice(0, trailing.index + (/^[\s.،]/.test(trailing[0]) ? 1 : 0));
  }
  return { rest: tidy(rest), responsible, deadline };
}

export const DECIDED = /مقرر\s*(?:شد|گردید|می\s*شود|گرديد)|تصویب\s*(?:شد|گردید)|موافقت\s*(?:شد|گردید)/;
const ITEM = /^\s*(?:مصوبه|بند|تصمیم)\s*(?:شماره\s*)?([0-9]{1,3})\s*[-ـ.):]\s*/;

/** Numbered paragraphs (or, unnumbered, each paragraph) of the resolutions part. */
function paragraphs(lines: readonly Line[], r: Recognized, sessionYear: number | null, known: readonly string[]): void {
  const numbered = lines.some((l) => listMarker(l.text)?.number != null || ITEM.test(l.folded));
  type Item = RecognizedResolution & { lines: number[]; deadlineText: string | null; responsibleText: string | null };
  let current = null as Item | null;
  const items: Item[] = [];
  for (const l of lines) {
    if (tidy(l.text) === '' || l.cells) continue;
    const item = ITEM.exec(l.folded);
    const marker = item ? { number: Number(item[1]), rest: l.text.slice(item[0].length) } : listMarker(l.text);
    const clause = CLAUSE.test(l.folded);
    const { rest, responsible, deadline } = labelled(marker && !clause ? marker.rest : l.text);
    const starts =
      !clause && (numbered ? marker?.number != null || (marker !== null && current === null) : rest !== '');
    if (starts || !current) {
      if (rest === '' && current) {
        // A label line of its own («مسئول پیگیری: …») belongs to the item before it.
      } else {
        current = {
          row: marker?.number ?? items.length + 1,
          title: null,
          body: rest,
          deadline: null,
          responsible: [],
          line: l.n,
          lines: [l.n],
          deadlineText: null,
          responsibleText: null,
        };
        items.push(current);
        if (responsible) current.responsibleText = responsible;
        if (deadline) current.deadlineText = deadline;
        r.used.add(l.n);
        continue;
      }
    }
    if (rest !== '') current.body = current.body ? `${current.body}\n${rest}` : rest;
    if (responsible)
      current.responsibleText = current.responsibleText ? `${current.responsibleText}، ${responsible}` : responsible;
    if (deadline) current.deadlineText = deadline;
    current.lines.push(l.n);
    r.used.add(l.n);
  }
  for (const it of items) {
    if (it.body === '') continue;
    const index = r.resolutions.length;
    const res: RecognizedResolution = {
      row: it.row,
      title: null,
      body: it.body,
      deadline: null,
      responsible: [],
      line: it.line,
    };
    r.resolutions.push(res);
    if (it.deadlineText !== null) setDeadline(r, res, deadlineOfCell(it.deadlineText, sessionYear), index);
    else {
      const inside = deadlineInSentence(it.body, sessionYear);
      if (inside) setDeadline(r, res, inside, index);
    }
    if (it.responsibleText !== null) res.responsible = responsibleOf(it.responsibleText, known);
    else {
      const guessed = responsibleInSentence(it.body);
      if (guessed) {
        res.responsible = splitAtAnd(guessed);
        res.responsibleGuessed = true;
        r.uncertain.push({
          path: `session.resolutions[${index}].responsible`,
          reason: `مسئول پیگیری از متن مصوبه برداشته شد: «${guessed}»`,
          line: it.line,
        });
      }
    }
  }
}

/** «مقرر شد اداره کل آموزش و پرورش نسبت به …» → «اداره کل آموزش و پرورش». */
function responsibleInSentence(body: string): string | null {
  const f = matchText(body);
  // «… توسط سازمان مدیریت و برنامه ریزی …» names it after «توسط»; else right after «مقرر شد»; else the
  // sentence opens with it («شرکت آب و فاضلاب روستایی نسبت به …»), maybe after a «با توجه به …،».
  const starts = [
    /(?:توسط|از\s*سوی|از\s*طرف)\s+/.exec(f),
    new RegExp(`${DECIDED.source}\\s*[:،]?\\s*`).exec(f),
    /^\s*/.exec(f),
    /^[^،]{0,120}،\s*/.exec(f),
  ].filter((m): m is RegExpExecArray => m !== null);
  for (const m of starts) {
    const found = bodyNamedAt(body, f, m.index + m[0].length);
    if (found) return found;
  }
  return null;
}

function bodyNamedAt(body: string, f: string, from: number): string | null {
  // The body's name ends where the sentence goes on: a preposition, a verb, or the object of «را».
  const rest = f.slice(from);
  // An object noun after «و» is still the body's name («سازمان مدیریت و برنامه ریزی»).
  const stop = [
    ...rest.matchAll(
      /\s(?:نسبت|موظف|مکلف|ضمن|با|ظرف|حداکثر|تا|در|به|برای|جهت|اقدام|پیگیری|گزارش|طی|از|را|ارائه|هماهنگ|بررسی|طبق|براساس|بر|برنامه|برنامه\s*های|پرونده|پرونده\s*های|موارد|فهرست|طرح|آمار|اطلاعات|مستندات|پیشنهاد|لیست|کلیه|تمامی|موضوع|اعتبار|اعتبارات|مبلغ|نتایج|نتیجه|پیش\s*نویس)(?=\s|$)/g,
    ),
  ].find((x) => !/(?:^|\s)و$/.test(rest.slice(0, x.index)));
  if (!stop || stop.index > 90) return null;
  const phrase = trimPunctuation(body.slice(from, from + stop.index));
  return phrase && looksLikeOrganization(phrase) ? phrase : null;
}

/** The resolutions part: its table rows and paragraphs, in order. */
export function readResolutions(
  lines: readonly Line[],
  r: Recognized,
  sessionYear: number | null,
  known: readonly string[],
  carried: Columns | null = null,
): void {
  let cols = carried;
  const rest: Line[] = [];
  for (const l of lines) {
    if (l.cells && l.cells.length >= 2) {
      const header = columnsOf(l.cells);
      if (header) {
        cols = header;
        r.used.add(l.n);
        continue;
      }
      // A table after the first without its header row: the same columns, when the count agrees.
      if (cols && l.cells.length <= cols.count && l.cells.length > cols.body) {
        tableRow(l, cols, r, sessionYear, known);
        continue;
      }
    }
    rest.push(l);
  }
  if (r.resolutions.length === 0) paragraphs(rest, r, sessionYear, known);
  else if (rest.some((l) => tidy(l.text) !== '' && (listMarker(l.text)?.number != null || DECIDED.test(l.folded))))
    paragraphs(rest, r, sessionYear, known);
}
