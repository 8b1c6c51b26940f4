// The Persian name of a field of the minutes from its path in the document: `session.date` is
// «تاریخ جلسه», `session.resolutions[2].deadline` «مصوبه ۳ — مهلت اقدام», `session.attendance[5]
// .organization` «حضور و غیاب، ردیف ۶ — دستگاه». A path it cannot name is shown as it is.
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

type FieldName = keyof typeof fa.pastMinutes.fields;
const t = fa.pastMinutes;

const isField = (name: string): name is FieldName => Object.hasOwn(t.fields, name);

/** `resolutions[2]` → «مصوبه ۳»; a list without an index → its own name. */
function partLabel(list: string, index: number | null): string | null {
  if (index === null) return isField(list) ? t.fields[list] : null;
  const n = faDigits(index + 1);
  switch (list) {
    case 'resolutions':
      return t.resolutionN(n);
    case 'attendance':
      return t.attendanceRow(n);
    case 'agenda':
      return t.agendaItem(n);
    case 'discussion':
      return t.speakerN(n);
    case 'points':
      return t.pointN(n);
    case 'signatories':
      return t.signatoryN(n);
    case 'responsible':
      return t.responsibleN(n);
    default:
      return null;
  }
}

export function fieldLabel(path: string): string {
  const steps = path.replace(/^session\.?/, '').split('.');
  const labels: string[] = [];
  for (const step of steps) {
    if (step === '') continue;
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return path;
    const label = partLabel(m[1]!, m[2] === undefined ? null : Number(m[2]));
    if (label === null) return path;
    labels.push(label);
  }
  return labels.length === 0 ? path : labels.join(t.fieldSeparator);
}

/**
 * The part of the editor a path names, for marking it there: `resolutions[2]`, `attendance[5]`, or
 * the header field (`date`); null for a whole list (`session.attendance`).
 */
export function editorPart(path: string): string | null {
  const m = /^session\.([A-Za-z]+)(\[\d+\])?/.exec(path);
  if (!m) return null;
  if (m[2]) return `${m[1]}${m[2]}`;
  return ['date', 'year', 'number', 'location', 'chair', 'secretary', 'startTime', 'endTime'].includes(m[1]!)
    ? m[1]!
    : null;
}
