// Persian typography of printed text: Persian digits in Persian text, Latin digits kept inside Latin
// text, Arabic ي/ك/ى printed as ی/ک, punctuation between digits as typed.
import { describe, expect, it } from 'vitest';
import { persianTypography as p } from '../../electron/contract/print-typography';

describe('persianTypography', () => {
  it('prints Latin digits in Persian text as Persian digits', () => {
    expect(p('سال 98 - 16 جلسه')).toBe('سال ۹۸ - ۱۶ جلسه');
    expect(p('ردیف 3 از 12')).toBe('ردیف ۳ از ۱۲');
    expect(p('0')).toBe('۰');
    expect(p('مبلغ 1500000 ریال')).toBe('مبلغ ۱۵۰۰۰۰۰ ریال');
  });

  it('changes only the digits of dates, times, decimals and thousands, never the marks between them', () => {
    expect(p('تا تاریخ 1398/02/12')).toBe('تا تاریخ ۱۳۹۸/۰۲/۱۲');
    expect(p('99/2/2')).toBe('۹۹/۲/۲');
    expect(p('ساعت 09:30 تا 11:00')).toBe('ساعت ۰۹:۳۰ تا ۱۱:۰۰');
    expect(p('رشد 2.5 درصد')).toBe('رشد ۲.۵ درصد');
    expect(p('1,000 نفر')).toBe('۱,۰۰۰ نفر');
    expect(p('بند 2.1 مصوبه')).toBe('بند ۲.۱ مصوبه');
    expect(p('50%')).toBe('۵۰%');
  });

  it('keeps digits inside Latin words, URLs, e-mails and version numbers', () => {
    expect(p('COVID-19')).toBe('COVID-19');
    expect(p('مقابله با COVID-19 در سال 1399')).toBe('مقابله با COVID-19 در سال ۱۳۹۹');
    expect(p('گواهی ISO9001 و ISO 14001')).toBe('گواهی ISO9001 و ISO 14001');
    expect(p('نسخه v2.1 سامانه')).toBe('نسخه v2.1 سامانه');
    expect(p('چاپ 3D')).toBe('چاپ 3D');
    expect(p('4G و 5G')).toBe('4G و 5G');
    expect(p('نشانی https://behdasht.gov.ir/news?id=4521 را ببینید')).toBe(
      'نشانی https://behdasht.gov.ir/news?id=4521 را ببینید',
    );
    expect(p('رایانامه info2@qazvin.ir')).toBe('رایانامه info2@qazvin.ir');
  });

  it('runs Latin text on through words after spaces that start with a Latin letter or digit', () => {
    expect(p('برنامه HIV/AIDS 2 در 3 شهرستان')).toBe('برنامه HIV/AIDS 2 در ۳ شهرستان');
    expect(p('Windows 10 Pro روی 40 رایانه')).toBe('Windows 10 Pro روی ۴۰ رایانه');
    expect(p('COVID 19')).toBe('COVID 19');
    // A number before Latin text is Persian text's number.
    expect(p('98 COVID')).toBe('۹۸ COVID');
    // A line break ends Latin text.
    expect(p('HIV\n25 نفر')).toBe('HIV\n۲۵ نفر');
    // Latin text in brackets or quotes: the brackets end it.
    expect(p('(COVID-19) 12 مورد')).toBe('(COVID-19) ۱۲ مورد');
  });

  it('handles a mixed sentence as a whole', () => {
    expect(p('مقرر شد تا 1399/03/15 گزارش طرح HIV/AIDS و COVID-19 در 16 جلسه با 78 مصوبه ارائه شود.')).toBe(
      'مقرر شد تا ۱۳۹۹/۰۳/۱۵ گزارش طرح HIV/AIDS و COVID-19 در ۱۶ جلسه با ۷۸ مصوبه ارائه شود.',
    );
  });

  it('prints Arabic-Indic digits as Persian ones, Latin text included', () => {
    expect(p('سال ٩٩')).toBe('سال ۹۹');
    expect(p('١٣٩٩/٠٢/٠٢')).toBe('۱۳۹۹/۰۲/۰۲');
    expect(p('COVID-١٩')).toBe('COVID-۱۹');
  });

  it('never turns Persian digits into Latin ones', () => {
    expect(p('COVID-۱۹')).toBe('COVID-۱۹');
    expect(p('سال ۱۳۹۹')).toBe('سال ۱۳۹۹');
  });

  it('prints Arabic ي, ى and ك as Persian ی and ک, and leaves the rest as typed', () => {
    expect(p('كارگروه علمي')).toBe('کارگروه علمی');
    expect(p('مصطفى')).toBe('مصطفی');
    expect(p('يكم')).toBe('یکم');
    // ة, ۀ, ZWNJ, diacritics and bidi marks are not typography's business.
    expect(p('دایرة‌المعارف خانۀ مُعلّم\u200f')).toBe('دایرة‌المعارف خانۀ مُعلّم\u200f');
  });

  it('leaves text with nothing to change the same, empty included', () => {
    expect(p('')).toBe('');
    expect(p('اداره کل بهزیستی')).toBe('اداره کل بهزیستی');
    expect(p('WHO')).toBe('WHO');
  });
});
