// Deadlines as written, into the kinds of minutes-format.md: a cell's words, and a deadline inside a sentence.
import { describe, expect, it } from 'vitest';
import { deadlineInSentence, deadlineOfCell } from '../../../electron/core/past-minutes/deadline-phrases';

describe('a «مهلت اقدام» cell', () => {
  it.each([
    ['۱۰ روز', { kind: 'days', value: 10 }, true],
    ['یکماه', { kind: 'months', value: 1 }, true],
    ['دو هفته', { kind: 'weeks', value: 2 }, true],
    ['سه ماهه', { kind: 'months', value: 3 }, true],
    ['مستمر', { kind: 'continuous' }, true],
    ['فوری', { kind: 'immediate' }, true],
    ['حداکثر تا تاریخ ۱۳۹۸/۰۲/۱۲', { kind: 'date', value: '1398/02/12' }, true],
    ['تا پایان خرداد ماه سال جاری', { kind: 'date', value: '1401/03/31' }, true],
    ['تا پایان سال', { kind: 'date', value: '1401/12/29' }, true],
    ['۱۵ روز پس از ابلاغ صورتجلسه', { kind: 'days', value: 15 }, false],
    ['در اسرع وقت', { kind: 'text', value: 'در اسرع وقت' }, false],
    ['در جلسه بعدی', { kind: 'text', value: 'در جلسه بعدی' }, false],
  ])('«%s»', (cell, deadline, sure) => {
    expect(deadlineOfCell(cell, 1401)).toMatchObject({ deadline, sure });
  });

  it('is no deadline when empty or a dash', () => {
    expect(deadlineOfCell('', 1401).deadline).toBeNull();
    expect(deadlineOfCell(' - ', 1401).deadline).toBeNull();
  });

  it('gives a two-digit year its century', () => {
    expect(deadlineOfCell('تا ۹۹/۳/۱', 1399).deadline).toEqual({ kind: 'date', value: '1399/03/01' });
    expect(deadlineOfCell('تا ۰۳/۳/۱', 1403).deadline).toEqual({ kind: 'date', value: '1403/03/01' });
  });
});

describe('a deadline inside a resolution’s sentence', () => {
  it.each([
    ['مقرر شد اداره کل ظرف مدت ۱۵ روز گزارش دهد.', { kind: 'days', value: 15 }],
    ['مقرر شد اداره کل ظرف دو هفته گزارش دهد.', { kind: 'weeks', value: 2 }],
    ['مقرر شد شرکت حداکثر تا تاریخ ۱۴۰۱/۰۳/۱۵ برنامه را ارائه نماید.', { kind: 'date', value: '1401/03/15' }],
    ['مقرر شد تا پایان خرداد ماه سال جاری اقدام نمایند.', { kind: 'date', value: '1401/03/31' }],
    ['مقرر شد دستگاه‌ها به صورت مستمر ثبت نمایند.', { kind: 'continuous' }],
    ['مقرر شد شهرداری در اسرع وقت اقدام نماید.', { kind: 'text', value: 'در اسرع وقت' }],
  ])('«%s»', (body, deadline) => {
    expect(deadlineInSentence(body, 1401)).toMatchObject({ deadline, sure: false });
  });

  it('finds none where there is none, and reads no «ده» out of «شده»', () => {
    expect(deadlineInSentence('مقرر شد گزارش عملکرد به دبیرخانه ارسال شود.', 1401)).toBeNull();
    expect(deadlineInSentence('مقرر شد موارد ارائه شده روز به روز پیگیری شود.', 1401)).toBeNull();
  });
});
