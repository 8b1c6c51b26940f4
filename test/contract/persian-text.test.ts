// Digit conversion and the search key: Arabic vs Persian letters, ZWNJ, tatweel, diacritics, digits.
import { describe, expect, it } from 'vitest';
import {
  ltrIsolate,
  normalizeForSearch,
  sameText,
  toLatinDigits,
  toPersianDigits,
  withoutIsolates,
} from '../../electron/contract/persian-text';

describe('toPersianDigits', () => {
  it('converts Latin digits in strings and numbers', () => {
    expect(toPersianDigits('1399/02/02')).toBe('۱۳۹۹/۰۲/۰۲');
    expect(toPersianDigits(1234567890)).toBe('۱۲۳۴۵۶۷۸۹۰');
    expect(toPersianDigits(0)).toBe('۰');
  });

  it('converts Arabic-Indic digits and leaves other text alone', () => {
    expect(toPersianDigits('٠١٢٣٤٥٦٧٨٩')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits('ردیف 3 از ۵')).toBe('ردیف ۳ از ۵');
  });
});

describe('toLatinDigits', () => {
  it('converts Persian and Arabic-Indic digits', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۱۳۹۹/٠٢/02')).toBe('1399/02/02');
  });

  it('leaves letters and Latin digits unchanged', () => {
    expect(toLatinDigits('جلسه 12')).toBe('جلسه 12');
  });

  it('is the inverse of toPersianDigits', () => {
    expect(toLatinDigits(toPersianDigits('09:30 - 1403/12/30'))).toBe('09:30 - 1403/12/30');
  });
});

describe('normalizeForSearch', () => {
  it('maps Arabic yeh, alef maksura and kaf to Persian letters', () => {
    expect(normalizeForSearch('علي')).toBe('علی');
    expect(normalizeForSearch('موسى')).toBe('موسی');
    expect(normalizeForSearch('كارگروه')).toBe('کارگروه');
    expect(normalizeForSearch('يك')).toBe('یک');
  });

  it('maps teh marbuta, heh with yeh above and heh + hamza to heh', () => {
    expect(normalizeForSearch('مدرسة')).toBe('مدرسه');
    expect(normalizeForSearch('جلسۀ')).toBe('جلسه');
    expect(normalizeForSearch('جلسه\u0654')).toBe('جلسه');
  });

  it('removes ZWNJ, so the half-space and no space at all compare equal', () => {
    expect(normalizeForSearch('حوزه\u200cهای')).toBe('حوزههای');
    expect(normalizeForSearch('حوزههای')).toBe('حوزههای');
    expect(normalizeForSearch('می\u200cشود')).toBe(normalizeForSearch('میشود'));
  });

  it('removes other zero-width and bidi controls', () => {
    for (const c of [
      '\u200b',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\ufeff',
    ]) {
      expect(normalizeForSearch(`اداره${c}کل`)).toBe('ادارهکل');
    }
  });

  it('removes tatweel', () => {
    expect(normalizeForSearch('مصـــوبات')).toBe('مصوبات');
  });

  it('removes Arabic diacritics and superscript alef', () => {
    expect(normalizeForSearch('مُصَوَّبات')).toBe('مصوبات');
    expect(normalizeForSearch('کتابً')).toBe('کتاب');
    expect(normalizeForSearch('رحمٰن')).toBe('رحمن');
    expect(normalizeForSearch('\u064b\u065f')).toBe('');
  });

  it('turns every digit into Latin', () => {
    expect(normalizeForSearch('مصوبه ۱۲ و ٣٤')).toBe('مصوبه 12 و 34');
  });

  it('collapses whitespace runs to one space and trims', () => {
    expect(normalizeForSearch('  اداره \t کل\n\nآموزش\u00a0و پرورش  ')).toBe('اداره کل آموزش و پرورش');
  });

  it('lower-cases Latin letters', () => {
    expect(normalizeForSearch('ICT و IT')).toBe('ict و it');
  });

  it('does not touch letters outside the mapping', () => {
    expect(normalizeForSearch('مسئول أحمد')).toBe('مسئول أحمد');
  });
});

describe('sameText', () => {
  it('equates texts that differ only in keyboard, spacing and marks', () => {
    expect(sameText('اداره كل آموزش و پرورش', 'اداره کل آموزش  و پرورش ')).toBe(true);
    expect(sameText('حوزه‌های علمیه', 'حوزههاي علميه')).toBe(true);
    expect(sameText('جلسۀ ۱۲', 'جلسه 12')).toBe(true);
  });

  it('keeps different words different', () => {
    expect(sameText('حاضرین', 'غایبین')).toBe(false);
    expect(sameText('مصوبه ۱', 'مصوبه ۲')).toBe(false);
  });

  it('treats ZWNJ as no space at all, not as a space', () => {
    expect(sameText('اداره\u200cکل', 'ادارهکل')).toBe(true);
    expect(sameText('اداره\u200cکل', 'اداره کل')).toBe(false);
  });
});

describe('ltrIsolate', () => {
  const LRI = '\u2066';
  const RLI = '\u2067';
  const PDI = '\u2069';

  it('isolates a Latin value left to right', () => {
    expect(ltrIsolate('--trust-new')).toBe(`${LRI}--trust-new${PDI}`);
    expect(ltrIsolate('/tmp/dabir/backups')).toBe(`${LRI}/tmp/dabir/backups${PDI}`);
  });

  it('isolates each run of Persian words inside it right to left, the separators and digits left out', () => {
    expect(ltrIsolate('/tmp/bundles/بسته-مرکزی-1405-09-10-تا-159-کامل.dabir')).toBe(
      `${LRI}/tmp/bundles/${RLI}بسته${PDI}-${RLI}مرکزی${PDI}-1405-09-10-${RLI}تا${PDI}-159-${RLI}کامل${PDI}.dabir${PDI}`,
    );
    // Words of one name, with a space or a half-space between them, stay one run.
    expect(ltrIsolate('صورتجلسه امضاشده.png')).toBe(`${LRI}${RLI}صورتجلسه امضاشده${PDI}.png${PDI}`);
    expect(ltrIsolate('پرونده‌ها')).toBe(`${LRI}${RLI}پرونده‌ها${PDI}${PDI}`);
  });

  it('comes off again for a terminal, leaving the value as it was', () => {
    const value = 'C:\\Users\\علی\\دبیر-پشتیبان-1405-09-10.sqlite.age';
    expect(withoutIsolates(`پرونده «${ltrIsolate(value)}» پیدا نشد`)).toBe(`پرونده «${value}» پیدا نشد`);
  });
});
