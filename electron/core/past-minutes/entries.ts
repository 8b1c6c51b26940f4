// Lists of bodies and people as minutes run them together: «الف - ب - ج»، «الف، ب و …»، one a line.
// A comma inside a body's name («سازمان صنعت، معدن و تجارت») is not a separator: names the group
// already has, and the common ones, are kept whole.
import { matchText, nameKey, trimPunctuation } from './match-text';

/** Bodies whose names hold a comma, as they are commonly written. */
const COMMA_NAMES = [
  'صنعت، معدن و تجارت',
  'تعاون، کار و رفاه اجتماعی',
  'میراث فرهنگی، صنایع دستی و گردشگری',
  'سیاسی، امنیتی و اجتماعی',
  'اجتماعی، فرهنگی، سلامت، زنان و خانواده',
  'زندان ها و اقدامات تأمینی و تربیتی',
  'ورزش و جوانان',
];

/** Words a body's name starts with: a list item that starts so is a body, not a person. */
const ORG_START = new RegExp(
  `^\\s*(?:${[
    'اداره\\s*کل',
    'ادارات\\s*کل',
    'اداره',
    'ادارات',
    'سازمان',
    'سازمانهای',
    'دانشگاه',
    'شهرداری',
    'فرمانداری',
    'فرمانداریها',
    'بخشداری',
    'استانداری',
    'دفتر',
    'معاونت',
    'شرکت',
    'بنیاد',
    'جمعیت',
    'کانون',
    'کمیته',
    'ستاد',
    'حوزه',
    'مدیریت',
    'دبیرخانه',
    'شورای',
    'شورا',
    'نیروی',
    'فرماندهی',
    'سپاه',
    'بسیج',
    'هلال',
    'بهزیستی',
    'آموزش',
    'جهاد',
    'صندوق',
    'بانک',
    'مرکز',
    'مراکز',
    'انجمن',
    'هیئت',
    'هیات',
    'دادگستری',
    'دادسرا',
    'پلیس',
    'قرارگاه',
    'اتاق',
    'امور',
    'تبلیغات',
    'فرهنگ',
    'میراث',
    'ورزش',
    'تعاون',
    'صنعت',
    'راه',
    'راهداری',
    'منابع',
    'محیط',
    'حفاظت',
    'کتابخانه',
    'کتابخانه\\s*های',
    'ثبت',
    'دامپزشکی',
    'اوقاف',
    'استاندارد',
    'زندان',
    'آب',
    'برق',
    'گاز',
    'مخابرات',
    'نهاد',
    'سمن',
    'اطلاعات',
    'ناحیه',
    'نمایندگی',
    'دیوان',
    'کلیه',
    'دستگاه',
    'دستگاه\\s*های',
    'اعضای',
    'اعضاء',
    'رسانه',
    'صدا\\s*و\\s*سیمای?',
    'تامین',
    'تأمین',
    'بیمه',
    'پارک',
    'پژوهشگاه',
    'پست',
    'گمرک',
    'شیلات',
    'نظام',
    'دانشکده',
    'هواشناسی',
    'کمیساریا',
    'امداد',
    'کمیته\\s*امداد',
    'مجمع',
    'روابط\\s*عمومی',
    'خبرگزاری',
  ].join('|')})(?![آ-ی])`,
);

export const looksLikeOrganization = (text: string) => ORG_START.test(matchText(text));

/** Words only a body's name starts with («اداره کل»، «سازمان»…), unlike «امور» or «فرهنگ» that also run inside one. */
const STRONG_ORG =
  /^\s*(?:آموزش\s*و\s*پرورش|اداره\s*کل|ادارات\s*کل|اداره|سازمان|شهرداری|فرمانداری|بخشداری|استانداری|دانشگاه|دبیرخانه|بنیاد|جمعیت|شرکت|کمیته|ستاد|شورای|کانون|دانشکده|مرکز|صندوق|بانک|نیروی|فرماندهی|سپاه|دادگستری|مدیریت|معاونت|حوزه|جهاد|هلال|بهزیستی)(?![آ-ی])/;
export const startsOrganization = (text: string) => STRONG_ORG.test(matchText(text));

/** Words that only open a body's name, never run inside one. */
const OPENS_BODY = /^(?:اداره\s*کل|ادارات\s*کل|اداره|سازمان|شرکت|شهرداری|فرمانداری|بنیاد|جمعیت|دبیرخانه)(?![آ-ی])/;

/**
 * Bodies of one table cell run together when it is pasted as text («شرکت آب منطقه ای سازمان جهاد
 * کشاورزی»): split before a word that only opens a name, when what comes before is a body already.
 */
export function splitRunTogether(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let from = 0;
  for (let i = 2; i < words.length; i++) {
    const before = words.slice(from, i).join(' ');
    if (
      OPENS_BODY.test(matchText(words.slice(i, i + 2).join(' '))) &&
      !/^(?:و|،|,)$/.test(words[i - 1]!) &&
      looksLikeOrganization(before)
    ) {
      parts.push(before);
      from = i;
    }
  }
  parts.push(words.slice(from).join(' '));
  return parts.filter(Boolean);
}

/** «سازمان جهاد کشاورزی و اداره کل منابع طبیعی» → two bodies; «آموزش و پرورش» stays one. */
export function splitAtAnd(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const f = matchText(rest);
    const m = [...f.matchAll(/\s+و\s+/g)].find((x) => startsOrganization(rest.slice(x.index + x[0].length)));
    if (!m) break;
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return [...parts, rest].map((p) => p.trim()).filter(Boolean);
}

const PLACEHOLDER = '\u0001';

/** Splits `text` into entries; `known`: names that hold a comma and must stay whole. */
export function splitEntries(text: string, known: readonly string[] = []): string[] {
  let t = text;
  // Protect commas inside known names, matched on the folded text so ي/ك and half-spaces do not matter.
  for (const name of [...COMMA_NAMES, ...known].filter((n) => /[،,]/.test(n))) {
    const parts = name.split(/\s*[،,]\s*/).map((p) => nameKey(p).replace(/ /g, '\\s*'));
    const re = new RegExp(parts.join('\\s*[،,]\\s*'), 'g');
    const f = matchText(t).replace(/[\u064b-\u065f\u0670\u0640]/g, ' ');
    let out = '';
    let last = 0;
    for (const m of f.matchAll(re)) {
      out += t.slice(last, m.index) + t.slice(m.index, m.index + m[0].length).replace(/[،,]/g, PLACEHOLDER);
      last = m.index + m[0].length;
    }
    t = out + t.slice(last);
  }
  const f = matchText(t);
  const dashes = (f.match(/(?:^|\s)[-–—]\s/g) ?? []).length;
  // Dashes or semicolons between entries leave the commas to the entries («احمدی، مدیرکل …؛ …»).
  const pieces =
    dashes >= 1
      ? t.split(/(?:^|\s+)[-–—ـ]\s+|\s*\n\s*|\s*؛\s*/)
      : /؛/.test(t)
        ? t.split(/\s*[؛\n]\s*/)
        : t.split(/\s*[،,\n]\s*/);
  return pieces.map((p) => trimPunctuation(p.replace(new RegExp(PLACEHOLDER, 'g'), '،'))).filter((p) => p !== '');
}
