// A long session for print tests and benchmarks: the fixture with 60 resolutions of one line to
// about a dozen (so page breaks fall where a row would be cut) and 80 attendance lines.
import { numberToWords } from '../../electron/core/domain/ordinals';
import { fixture } from './fixtures';

const clause = 'دستگاه‌های عضو کارگروه موظفند گزارش اقدامات انجام‌شده را به صورت مستند به دبیرخانه ارسال نمایند';
const statuses = ['present', 'present', 'present', 'deputy', 'representative', 'absent', 'excused', 'guest'];

/** Organisation names told apart by words, not digits (pdftotext may reorder digit runs). */
export const longOrganization = (i: number): string => `اداره کل ${numberToWords(i)} استان`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same free-form document as fixture()
export function longMinutes(groupName: string): any {
  const doc = fixture();
  // A group of its own: members brought in by another import would count as absent here.
  doc.workingGroup.name = groupName;
  doc.session.resolutions = Array.from({ length: 60 }, (_, i) => ({
    row: i + 1,
    title: i % 4 === 0 ? `عنوان ${i + 1}` : null,
    // Letters between numbers: pdftotext may reorder digit runs that touch across punctuation.
    body: `مصوبه شماره ${i + 1} درباره ${Array.from({ length: 1 + ((i * 7) % 12) }, (_, k) => `بند ${k + 1} ${clause}`).join(' و ')}.`,
    deadline: [{ kind: 'days', value: 10 }, { kind: 'continuous' }, { kind: 'months', value: 1 }][i % 3],
    responsible: i % 2 === 0 ? ['دبیرخانه کارگروه', 'اداره کل بهزیستی'] : ['دستگاه‌های اجرایی مرتبط'],
  }));
  doc.session.attendance = Array.from({ length: 80 }, (_, i) => ({
    organization: longOrganization(i + 1),
    person: i % 3 === 0 ? null : `نماینده ${i + 1}`,
    status: statuses[i % statuses.length],
  }));
  return doc;
}
