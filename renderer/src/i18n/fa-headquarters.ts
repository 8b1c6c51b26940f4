// Headquarters: the provinces side by side, importing bundles, registered secretariats, in Persian; part of `fa`.
import { ltr } from './bidi';
import { bundleTooLarge } from '../../../electron/contract/limit-messages';

export const faHeadquarters = {
  resolutionsCount: 'مصوبات',
  hqSections: 'بخش‌های ستاد',
  hqOverview: 'استان‌ها',
  hqImport: 'ورود بسته',
  hqSecretariats: 'دبیرخانه‌ها',
  emptyYearAll: 'سال را خالی بگذارید تا همه سال‌ها را ببینید',
  workingGroup: 'کارگروه',
  sessionsFinal: 'جلسات (قطعی)',
  attendanceRate: 'حضور',
  nationalTotals: 'جمع کشور',
  noImports: 'هنوز بسته‌ای وارد نشده است. از «ورود بسته» بسته‌های استان‌ها را وارد کنید.',
  chooseBundles: `انتخاب پرونده‌های بسته (${ltr('.dabir')})`,
  importIntro:
    'هر بسته یکجا وارد می‌شود یا هیچ بخشی از آن؛ بسته تکراری چیزی را تغییر نمی‌دهد. بسته‌های هر استان را به ترتیب وارد کنید.',
  importing: 'در حال ورود…',
  imported: (name: string, province: string, records: string) => `وارد شد: ${name} (${province})، ${records} رکورد`,
  alreadyImported: (name: string) => `این بسته از ${name} پیش‌تر وارد شده است؛ چیزی تغییر نکرد.`,
  newSecretariat: 'دبیرخانه تازه:',
  confirmNew: 'اثر انگشت را تلفنی مقایسه کردم و یکی است؛ دبیرخانه را ثبت و بسته را وارد کن',
  registeredAt: 'ثبت',
  lastImport: 'آخرین ورود',
  bundlesCount: 'بسته‌ها',
  sessionsOf: (group: string, province: string) => `جلسات ${group} — ${province}`,
  readOnlyNotice: 'این صورتجلسه از بسته استان وارد شده است و در ستاد فقط خواندنی است.',
  backToOverview: 'بازگشت به استان‌ها',
  searchedSession: 'صورتجلسه استان (از جستجو)',
  bundleTooLarge: `${bundleTooLarge}؛ از استان بخواهید بسته‌های کوچک‌تر (افزایشی) بفرستد.`,
} as const;
